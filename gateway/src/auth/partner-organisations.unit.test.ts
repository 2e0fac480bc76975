import { PartnerType } from '@hub/common/light';
import { cachedPartnerTypes, type PartnerStanding } from './partner-organisations';

const GGZ = '3f0c1d2e-0000-4000-8000-000000000001';
const UNKNOWN = '3f0c1d2e-0000-4000-8000-00000000ffff';
const standing = (partnerType: PartnerType, active = true): PartnerStanding => ({ partnerType, active });

/** The gateway asks the database about an organisation once a minute, about an unknown one once per 30 s. */
describe('cached partner types', () => {
  let asked: string[];
  let time: number;
  let table: Record<string, PartnerStanding>;
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
    table = { [GGZ]: standing(PartnerType.GGZ) };
    failing = false;
  });

  it('asks once for a known organisation within a minute, again after: a deactivation reaches the gateway within a minute', async () => {
    const types = lookup();
    expect(await types(GGZ)).toEqual(standing(PartnerType.GGZ));
    time += 50_000;
    expect(await types(GGZ.toUpperCase())).toEqual(standing(PartnerType.GGZ));
    expect(asked).toEqual([GGZ]);
    table[GGZ] = standing(PartnerType.GGZ, false);
    time += 15_000;
    expect(await types(GGZ)).toEqual(standing(PartnerType.GGZ, false));
    expect(asked).toEqual([GGZ, GGZ]);
  });

  it('remembers an unknown organisation for 30 s only', async () => {
    const types = lookup();
    expect(await types(UNKNOWN)).toBeNull();
    time += 20_000;
    expect(await types(UNKNOWN)).toBeNull();
    expect(asked).toEqual([UNKNOWN]);
    table[UNKNOWN] = standing(PartnerType.UWV);
    time += 15_000;
    expect(await types(UNKNOWN)).toEqual(standing(PartnerType.UWV));
    expect(asked).toEqual([UNKNOWN, UNKNOWN]);
  });

  it('does not remember a failed lookup', async () => {
    const types = lookup();
    failing = true;
    await expect(types(GGZ)).rejects.toThrow('database unavailable');
    failing = false;
    expect(await types(GGZ)).toEqual(standing(PartnerType.GGZ));
    expect(asked).toEqual([GGZ, GGZ]);
  });
});
