import { addDays, startOfDay, type Caller } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { Client, FormOfAbuse, RiskLevel } from './client.entity';
import { clientsSubgraph } from './subgraph';

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on MunicipalityStatistics {
  municipalityCode year
  clientsRegisteredByRiskLevel { cells { label value suppressed } total { value suppressed } }
  clientsRegisteredByFormOfAbuse { cells { label value suppressed } total { value suppressed } } } } }`;

const ref = (municipalityCode: string, year: number) => ({ __typename: 'MunicipalityStatistics', municipalityCode, year });

/** Registered clients per municipality and year, protected like every municipal figure. */
describe('municipal client statistics', () => {
  let hub: TestSubgraphs;
  const read = (caller: Caller, code: string, year: number) => hub.query('clients', ENTITIES, { r: [ref(code, year)] }, caller);
  const cells = (group: any) => Object.fromEntries(group.cells.map((c: any) => [c.label, c.value]));

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph]);
    const em = hub.servers.clients!.orm.em.fork();
    let n = 0;
    const add = (riskLevel: RiskLevel, forms: FormOfAbuse[], createdAt: Date, municipalityCode = 'GM0141') =>
      em.create(Client, {
        name: `Statistiek ${n}`,
        dateOfBirth: `19${60 + (n % 30)}-01-${String(1 + (n++ % 27)).padStart(2, '0')}`,
        municipalityCode,
        confidentialAddress: 'Teststraat 1, 7607 Almelo',
        riskLevel,
        formsOfAbuse: forms,
        createdAt,
        updatedAt: createdAt,
      } as never);
    const in2019 = (i: number) => startOfDay(addDays('2019-02-01', i));
    for (let i = 0; i < 12; i += 1) add(RiskLevel.RED, [FormOfAbuse.PARTNER_ABUSE, FormOfAbuse.CHILD_ABUSE], in2019(i));
    for (let i = 0; i < 3; i += 1) add(RiskLevel.ORANGE, [FormOfAbuse.HUMAN_TRAFFICKING], in2019(i));
    for (let i = 0; i < 15; i += 1) add(RiskLevel.GREEN, [FormOfAbuse.PARTNER_ABUSE], in2019(i));
    // The last instant of 2018 in Amsterdam (23:59:59.999 CET): not in 2019.
    add(RiskLevel.RED, [FormOfAbuse.PARTNER_ABUSE], new Date('2018-12-31T22:59:59.999Z'));
    add(RiskLevel.RED, [FormOfAbuse.PARTNER_ABUSE], startOfDay('2019-06-01'), 'GM0164');
    await em.flush();
  });
  afterAll(() => hub?.stop());

  it('hides the 3 and the next smallest cell, rounds the rest, and lists every label', async () => {
    const { data, errors } = await read(testCallers.staff, 'GM0141', 2019);
    expect(errors).toBeUndefined();
    const stats = data._entities[0];
    expect(cells(stats.clientsRegisteredByRiskLevel)).toEqual({ RED: null, ORANGE: null, GREEN: 15 });
    expect(stats.clientsRegisteredByRiskLevel.total).toEqual({ value: 30, suppressed: false });
    const forms = cells(stats.clientsRegisteredByFormOfAbuse);
    expect(Object.keys(forms).sort()).toEqual(Object.values(FormOfAbuse).sort());
    expect(forms).toMatchObject({ PARTNER_ABUSE: 25, CHILD_ABUSE: 10, HUMAN_TRAFFICKING: null, ELDER_ABUSE: null });
  });

  it('a region total covers its municipalities; a municipality reads only its own code', async () => {
    const twente = await read(testCallers.staff, 'TWENTE', 2019);
    expect(twente.data._entities[0].clientsRegisteredByRiskLevel.total).toEqual({ value: 30, suppressed: false });
    const own = await read(testCallers.municipality('GM0141'), 'GM0141', 2019);
    expect(own.errors).toBeUndefined();
    const other = await read(testCallers.municipality('GM0153'), 'GM0141', 2019);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(other.data._entities).toEqual([null]);
    const partner = await read(testCallers.partner(0), 'GM0141', 2019);
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a malformed code or year is BAD_USER_INPUT', async () => {
    const bad = await read(testCallers.staff, 'Almelo', 2019);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
