import { PartnerType } from '@hub/common';
import { cachedPartnerTypes } from './partner-organisations';

const GGZ = '3f0c1d2e-0000-4000-8000-000000000001';
const UNKNOWN = '3f0c1d2e-0000-4000-8000-00000000ffff';

/** The gateway asks the database about an organisation once per few minutes, about an unknown one once per 30 s. */
describe('cached partner types', () => {
  let asked: string[];
  let time: number;
  let table: Record<string, PartnerType>;
  let failing: boolean;
  const clock = { now: () => time };
  const lookup = () =>
    cachedPartnerTypes(async (id) => {
      asked.push(id);
      if (failing) throw new Error('database unavailable');
      return table[id] ?? null;
    }, clock);

  beforeEach(() => {
    asked = [];
    time = 1_000_000;
    table = { [GGZ]: PartnerType.GGZ };
    failing = false;
  });

  it('asks once for a known organisation within five minutes, again after', async () => {
    const types = lookup();
    expect(await types(GGZ)).toBe(PartnerType.GGZ);
    time += 4 * 60_000;
    expect(await types(GGZ.toUpperCase())).toBe(PartnerType.GGZ);
    expect(asked).toEqual([GGZ]);
    table[GGZ] = PartnerType.HOUSING;
    time += 2 * 60_000;
    expect(await types(GGZ)).toBe(PartnerType.HOUSING);
    expect(asked).toEqual([GGZ, GGZ]);
  });

  it('remembers an unknown organisation for 30 s only', async () => {
    const types = lookup();
    expect(await types(UNKNOWN)).toBeNull();
    time += 20_000;
    expect(await types(UNKNOWN)).toBeNull();
    expect(asked).toEqual([UNKNOWN]);
    table[UNKNOWN] = PartnerType.UWV;
    time += 15_000;
    expect(await types(UNKNOWN)).toBe(PartnerType.UWV);
    expect(asked).toEqual([UNKNOWN, UNKNOWN]);
  });

  it('does not remember a failed lookup', async () => {
    const types = lookup();
    failing = true;
    await expect(types(GGZ)).rejects.toThrow('database unavailable');
    failing = false;
    expect(await types(GGZ)).toBe(PartnerType.GGZ);
    expect(asked).toEqual([GGZ, GGZ]);
  });
});
