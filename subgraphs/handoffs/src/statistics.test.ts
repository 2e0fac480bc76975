import { addDays, DEMO_PARTNERS, PartnerType, startOfDay, type Caller } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import { OutcomeReason } from './handoff-outcome';
import { Handoff } from './handoff.entity';
import { PartnerOrganisation } from './partner-organisation.entity';
import { handoffsSubgraph } from './subgraph';
import { HandoffStatus } from './handoff.workflow';

const { COMPLETED, FAILED, REJECTED, CANCELLED, ENTERED_IN_ERROR, REQUESTED, IN_PROGRESS } = HandoffStatus;
/** The first demo organisation of each partner type receives the crafted handoffs. */
const partnerOf = (type: PartnerType) => DEMO_PARTNERS.find((org) => org.partnerType === type)!;

/**
 * Crafted 2019 handoffs (the demo data is all recent) so every exact count is known.
 * Almelo: 12, 3, 15, 10, 11, 13, 14 per partner type (total 78): only the 3 is below 10,
 * so a naive table would give it away as total minus the rest.
 */
const CRAFTED: Array<{ code: string; type: PartnerType; statuses: Array<[HandoffStatus, number]> }> = [
  {
    code: 'GM0141',
    type: PartnerType.GGZ,
    statuses: [
      [COMPLETED, 8],
      [FAILED, 2],
      [ENTERED_IN_ERROR, 1],
      [IN_PROGRESS, 1],
    ],
  },
  { code: 'GM0141', type: PartnerType.DEBT_ASSISTANCE, statuses: [[COMPLETED, 3]] },
  {
    code: 'GM0141',
    type: PartnerType.HOUSING,
    statuses: [
      [COMPLETED, 5],
      [REJECTED, 2],
      [CANCELLED, 2],
      [REQUESTED, 6],
    ],
  },
  { code: 'GM0141', type: PartnerType.UWV, statuses: [[COMPLETED, 10]] },
  { code: 'GM0141', type: PartnerType.YOUTH_SERVICES, statuses: [[REQUESTED, 11]] },
  {
    code: 'GM0141',
    type: PartnerType.ADDICTION_CARE,
    statuses: [
      [COMPLETED, 6],
      [FAILED, 4],
      [CANCELLED, 3],
    ],
  },
  { code: 'GM0141', type: PartnerType.CASA, statuses: [[IN_PROGRESS, 14]] },
  // Hengelo: 9, 12 and 10.
  { code: 'GM0164', type: PartnerType.GGZ, statuses: [[COMPLETED, 9]] },
  { code: 'GM0164', type: PartnerType.HOUSING, statuses: [[IN_PROGRESS, 12]] },
  { code: 'GM0164', type: PartnerType.UWV, statuses: [[COMPLETED, 10]] },
  // Enschede: one.
  { code: 'GM0153', type: PartnerType.GGZ, statuses: [[COMPLETED, 1]] },
];

const FIELDS = `municipalityCode year
  handoffsByPartnerType { cells { label value suppressed } total { value suppressed } }
  handoffCompletionRate { value suppressed }
  handoffCompletionRateByPartnerType { partnerType rate { value suppressed } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on MunicipalityStatistics { ${FIELDS} } } }`;
const FIGURES = {
  handoffsByPartnerType: 'handoffsByPartnerType { total { value } }',
  handoffCompletionRate: 'handoffCompletionRate { value }',
  handoffCompletionRateByPartnerType: 'handoffCompletionRateByPartnerType { rate { value } }',
};
const ref = (municipalityCode: string, year: number) => ({ __typename: 'MunicipalityStatistics', municipalityCode, year });

const shown = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };

describe('municipal handoff statistics', () => {
  let hub: TestSubgraphs;
  const read = (caller: Caller, ...refs: Array<ReturnType<typeof ref>>) => hub.query('handoffs', ENTITIES, { r: refs }, caller);
  // One field per request: once a non-null field is denied, the rest of the entity is not reported.
  const expectDenied = async (caller: Caller, reference: ReturnType<typeof ref>, fields: string[]) => {
    for (const field of fields) {
      const selection = FIGURES[field as keyof typeof FIGURES] ?? field;
      const document = `query($r: [_Any!]!) { _entities(representations: $r) { ... on MunicipalityStatistics { ${selection} } } }`;
      const { data, errors } = await hub.query('handoffs', document, { r: [reference] }, caller);
      expect(errors).toEqual([expect.objectContaining({ path: ['_entities', 0, field], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
      expect(data._entities).toEqual([null]);
    }
  };
  const cellsOf = (stats: any) =>
    Object.fromEntries(stats.handoffsByPartnerType.cells.map((c: any) => [c.label, { value: c.value, suppressed: c.suppressed }]));
  const ratesOf = (stats: any) => Object.fromEntries(stats.handoffCompletionRateByPartnerType.map((r: any) => [r.partnerType, r.rate]));

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, handoffsSubgraph]);
    const em = hub.servers.handoffs!.orm.em.fork();
    let n = 0;
    const add = (code: string, type: PartnerType, status: HandoffStatus, createdAt: Date) => {
      const closedWithOutcome = status === COMPLETED || status === FAILED;
      em.create(Handoff, {
        partner: em.getReference(PartnerOrganisation, partnerOf(type).id),
        clientId: '00000000-0000-4000-8000-' + String(n++).padStart(12, '0'),
        municipalityCode: code,
        status,
        statusReason: [REJECTED, CANCELLED, FAILED, ENTERED_IN_ERROR].includes(status) ? 'Crafted for a statistics test' : null,
        purpose: 'Crafted for a statistics test',
        categories: ['IDENTITY'] as any,
        priority: 'ROUTINE' as any,
        createdAt,
        updatedAt: createdAt,
        dueAt: createdAt,
        outcomeSuccessful: closedWithOutcome ? status === COMPLETED : null,
        outcomeReason: closedWithOutcome ? (status === COMPLETED ? OutcomeReason.GOAL_REACHED : OutcomeReason.NO_CONTACT) : null,
      });
    };
    let day = 0;
    for (const { code, type, statuses } of CRAFTED) {
      for (const [status, count] of statuses) {
        for (let i = 0; i < count; i++) add(code, type, status, startOfDay(addDays('2019-01-01', day++ % 365)));
      }
    }
    // Just outside 2019 (Amsterdam midnights, CET) on either side: counted in no 2019 figure.
    add('GM0141', PartnerType.DEBT_ASSISTANCE, COMPLETED, new Date('2018-12-31T22:59:59.999Z'));
    add('GM0141', PartnerType.DEBT_ASSISTANCE, COMPLETED, new Date('2019-12-31T23:00:00.000Z'));
    await em.flush();
  });
  afterAll(() => hub?.stop());

  it('hides the 3 and, so that it cannot be worked out from the total, the next smallest cell too', async () => {
    const { data, errors } = await read(testCallers.staff, ref('GM0141', 2019));
    expect(errors).toBeUndefined();
    const stats = data._entities[0];
    expect(stats).toMatchObject({ municipalityCode: 'GM0141', year: 2019 });
    expect(stats.handoffsByPartnerType.cells.map((c: any) => c.label)).toEqual(Object.values(PartnerType));
    expect(cellsOf(stats)).toEqual({
      GGZ: shown(10), // 12
      DEBT_ASSISTANCE: hidden, // 3
      HOUSING: shown(15), // 15
      UWV: hidden, // 10, hidden because the 3 is
      YOUTH_SERVICES: shown(10), // 11
      ADDICTION_CARE: shown(15), // 13
      CASA: shown(15), // 14
    });
    expect(stats.handoffsByPartnerType.total).toEqual(shown(80)); // 78
    // What a reader can work out is the two hidden cells together, never the 3 alone.
    const visible = stats.handoffsByPartnerType.cells.filter((c: any) => !c.suppressed).reduce((s: number, c: any) => s + c.value, 0);
    expect(stats.handoffsByPartnerType.total.value - visible).not.toBe(3);
  });

  it('suppresses counts below 10 and rounds the rest to 5 (9 hidden, 10 -> 10, 12 -> 10, 31 -> 30)', async () => {
    const { data, errors } = await read(testCallers.staff, ref('GM0164', 2019));
    expect(errors).toBeUndefined();
    const stats = data._entities[0];
    expect(cellsOf(stats)).toEqual({
      GGZ: hidden,
      DEBT_ASSISTANCE: hidden,
      HOUSING: shown(10),
      UWV: shown(10),
      YOUTH_SERVICES: hidden,
      ADDICTION_CARE: hidden,
      CASA: hidden,
    });
    expect(stats.handoffsByPartnerType.total).toEqual(shown(30));
    // 19 closed, 19 completed; per type GGZ's basis is 9: hidden.
    expect(stats.handoffCompletionRate).toEqual(shown(1));
    expect(ratesOf(stats)).toMatchObject({ GGZ: hidden, UWV: shown(1), HOUSING: hidden });
  });

  it('rates count closed handoffs, not ENTERED_IN_ERROR ones, and hide a rate whose basis is below 10', async () => {
    const { data } = await read(testCallers.staff, ref('GM0141', 2019));
    const stats = data._entities[0];
    // Closed: 10 + 3 + 9 + 10 + 0 + 13 + 0 = 45, completed successfully: 8 + 3 + 5 + 10 + 6 = 32.
    expect(stats.handoffCompletionRate).toEqual(shown(0.71));
    expect(stats.handoffCompletionRateByPartnerType.map((r: any) => r.partnerType)).toEqual(Object.values(PartnerType));
    expect(ratesOf(stats)).toEqual({
      GGZ: shown(0.8), // 8 of 10; the ENTERED_IN_ERROR and the open one left out
      DEBT_ASSISTANCE: hidden, // basis 3
      HOUSING: hidden, // basis 9
      UWV: shown(1), // 10 of 10
      YOUTH_SERVICES: hidden, // none closed
      ADDICTION_CARE: shown(0.46), // 6 of 13
      CASA: hidden, // none closed
    });
  });

  it('a year without handoffs is all suppressed, every label still there', async () => {
    const { data, errors } = await read(testCallers.staff, ref('GM0141', 2015));
    expect(errors).toBeUndefined();
    const stats = data._entities[0];
    expect(Object.values(cellsOf(stats))).toEqual(Object.values(PartnerType).map(() => hidden));
    expect(stats.handoffsByPartnerType.total).toEqual(hidden);
    expect(stats.handoffCompletionRate).toEqual(hidden);
  });

  it.each([
    ['staff', testCallers.staff],
    ['intake', testCallers.intake],
    ['shelter', testCallers.shelter],
  ])('Kadera (%s) reads any municipality and a region total', async (_name, caller) => {
    const { data, errors } = await read(caller, ref('GM0164', 2019), ref('TWENTE', 2019));
    expect(errors).toBeUndefined();
    expect(data._entities[0].handoffsByPartnerType.total).toEqual(shown(30));
    // Twente = Almelo + Hengelo + Enschede: 22, 3, 27, 20, 11, 13, 14 (110).
    const twente = data._entities[1];
    expect(twente).toMatchObject({ municipalityCode: 'TWENTE', year: 2019 });
    expect(cellsOf(twente)).toEqual({
      GGZ: shown(20),
      DEBT_ASSISTANCE: hidden,
      HOUSING: shown(25),
      UWV: shown(20),
      YOUTH_SERVICES: hidden, // 11, the smallest shown cell, hidden with the 3
      ADDICTION_CARE: shown(15),
      CASA: shown(15),
    });
    expect(twente.handoffsByPartnerType.total).toEqual(shown(110));
  });

  it('a municipality reads its own figures', async () => {
    const { data, errors } = await read(testCallers.municipality('GM0141'), ref('GM0141', 2019));
    expect(errors).toBeUndefined();
    expect(data._entities[0].handoffsByPartnerType.total).toEqual(shown(80));
  });

  it("a municipality asking another's code or a region total is FORBIDDEN, and gets no figures", async () => {
    for (const code of ['GM0164', 'TWENTE']) await expectDenied(testCallers.municipality('GM0141'), ref(code, 2019), Object.keys(FIGURES));
  });

  it.each([
    ['partner', testCallers.partner(0)],
    ['referrer', testCallers.referrer(0)],
    ['auditor', testCallers.auditor],
  ])('the %s role is FORBIDDEN every field', async (_name, caller) => {
    await expectDenied(caller, ref('GM0141', 2019), ['municipalityCode', 'year', ...Object.keys(FIGURES)]);
  });

  it.each([
    ['a code that is no CBS code', ref('Almelo', 2019)],
    ['a short code', ref('GM141', 2019)],
    ['a year out of range', ref('GM0141', 1999)],
    ['a year that is no integer', ref('GM0141', 2019.5)],
  ])('%s is BAD_USER_INPUT', async (_name, reference) => {
    const { errors } = await read(testCallers.staff, reference);
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs one SQL statement however many areas and figures are asked for', async () => {
    const queries = hub.servers.handoffs!.queries;
    queries.reset();
    const one = await read(testCallers.staff, ref('GM0141', 2019));
    expect(one.errors).toBeUndefined();
    expect(queries.count).toBe(1);
    queries.reset();
    const many = await read(testCallers.staff, ref('GM0141', 2019), ref('GM0164', 2019), ref('TWENTE', 2019), ref('IJSSELLAND', 2019), ref('GM0193', 2020));
    expect(many.errors).toBeUndefined();
    expect(queries.count).toBe(1);
    expect(queries.recent[0]).toMatch(/group by/i);
  });
});
