import { dayOf, KADERA_ROLES, Priority, Region, sqlDayOf, yearSpan, type Caller } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { FundingStream } from './funding-stream';
import { Referral, ReferralKind, ReferralSourceType, ReportedFormOfAbuse } from './referral.entity';
import { TAKEN_ON } from './referral.statistics';
import { codeOf } from './referral-test-support';
import { referralsSubgraph } from './subgraph';
import { ReferralStatus } from './referral.workflow';

const { AMBULATORY, SHELTER, CONSULTATION } = ReferralKind;
const { GP, POLICE, VEILIG_THUIS, SCHOOL, OTHER_PROFESSIONAL } = ReferralSourceType;
const { PARTNER_ABUSE, CHILD_ABUSE, SEXUAL_ABUSE } = ReportedFormOfAbuse;

/** Almelo and Hengelo in 2019: no demo data, so every count below is known exactly. */
const ALMELO = 'GM0141';
const HENGELO = 'GM0164';
/** Kampen in 2017-2019: no other data, for the year's edges. */
const KAMPEN = 'GM0166';
const YEAR = 2019;
const at = (iso: string) => new Date(iso);

interface Crafted {
  kind: ReferralKind;
  sourceType: ReferralSourceType;
  code: string | null;
  receivedAt: Date;
  status?: ReferralStatus;
  forms?: ReportedFormOfAbuse[];
  clientId?: string;
}

function craft(em: EntityManager, count: number, row: Crafted) {
  for (let i = 0; i < count; i++) {
    const anonymous = row.kind === CONSULTATION;
    em.create(Referral, {
      kind: row.kind,
      region: Region.TWENTE,
      priority: Priority.ROUTINE,
      fundingStream: FundingStream.WMO,
      sourceType: row.sourceType,
      status: row.status ?? ReferralStatus.REQUESTED,
      referrerOrganisationName: 'Testpraktijk',
      referrerContactName: 'T. Test',
      referrerContactPhone: '0546 - 00 00 00',
      referredPerson: anonymous ? null : { name: 'Test Persoon', dateOfBirth: '1980-01-01', municipalityCode: row.code! },
      clientId: anonymous ? null : (row.clientId ?? null),
      formsOfAbuse: row.forms ?? [],
      municipalityCode: row.code,
      receivedAt: row.receivedAt,
      createdAt: row.receivedAt,
    });
  }
}

/**
 * Almelo 2019, 30 referrals: AMBULATORY 12, SHELTER 3, CONSULTATION 15.
 * Sources GP 0, POLICE 10, VEILIG_THUIS 13, SCHOOL 7, OTHER 0.
 * Forms (overlapping): PARTNER_ABUSE 12, CHILD_ABUSE 9, SEXUAL_ABUSE 13.
 * Ambulatory taken on: 11 referrals of 9 people (three referrals of one client), 1 still REQUESTED.
 */
async function craftAlmelo(em: EntityManager) {
  const twice = randomUUID();
  // The year's edges are Amsterdam midnights (CET, UTC+1): 2019 runs from 2018-12-31T23:00Z up to 2019-12-31T23:00Z.
  const start = at('2018-12-31T23:00:00.000Z');
  // Ambulatory: 12, all POLICE except two VEILIG_THUIS; all name partner abuse, 9 also child abuse.
  craft(em, 3, {
    kind: AMBULATORY,
    sourceType: POLICE,
    code: ALMELO,
    receivedAt: start,
    status: ReferralStatus.ACCEPTED,
    forms: [PARTNER_ABUSE],
    clientId: twice,
  });
  craft(em, 6, {
    kind: AMBULATORY,
    sourceType: POLICE,
    code: ALMELO,
    receivedAt: at('2019-03-01T10:00:00Z'),
    status: ReferralStatus.IN_PROGRESS,
    forms: [PARTNER_ABUSE, CHILD_ABUSE],
  });
  craft(em, 2, {
    kind: AMBULATORY,
    sourceType: VEILIG_THUIS,
    code: ALMELO,
    receivedAt: at('2019-06-01T10:00:00Z'),
    status: ReferralStatus.COMPLETED,
    forms: [PARTNER_ABUSE, CHILD_ABUSE],
  });
  craft(em, 1, { kind: AMBULATORY, sourceType: POLICE, code: ALMELO, receivedAt: at('2019-12-31T22:59:59.999Z'), forms: [CHILD_ABUSE, PARTNER_ABUSE] });
  // Shelter: 3, from Veilig Thuis, no form named.
  craft(em, 3, { kind: SHELTER, sourceType: VEILIG_THUIS, code: ALMELO, receivedAt: at('2019-04-01T10:00:00Z'), status: ReferralStatus.ACCEPTED });
  // Consultations: 15, attributed by the referrer: 8 Veilig Thuis, 7 school; 13 name sexual abuse.
  craft(em, 8, { kind: CONSULTATION, sourceType: VEILIG_THUIS, code: ALMELO, receivedAt: at('2019-05-01T10:00:00Z'), forms: [SEXUAL_ABUSE] });
  craft(em, 5, { kind: CONSULTATION, sourceType: SCHOOL, code: ALMELO, receivedAt: at('2019-07-01T10:00:00Z'), forms: [SEXUAL_ABUSE] });
  craft(em, 2, { kind: CONSULTATION, sourceType: SCHOOL, code: ALMELO, receivedAt: at('2019-08-01T10:00:00Z') });
  // Outside the year, another municipality, or unattributed: none of these may count for Almelo 2019.
  craft(em, 5, { kind: SHELTER, sourceType: GP, code: ALMELO, receivedAt: at('2018-12-31T22:59:59.999Z') });
  craft(em, 5, { kind: SHELTER, sourceType: GP, code: ALMELO, receivedAt: at('2019-12-31T23:00:00.000Z') });
  craft(em, 4, { kind: SHELTER, sourceType: OTHER_PROFESSIONAL, code: HENGELO, receivedAt: at('2019-02-01T10:00:00Z'), status: ReferralStatus.ACCEPTED });
  craft(em, 6, { kind: CONSULTATION, sourceType: GP, code: null, receivedAt: at('2019-02-01T10:00:00Z'), forms: [CHILD_ABUSE] });
  await em.flush();
  return { twice };
}

const FIGURES = `municipalityCode year
  referralsByKind { cells { label value suppressed } total { value suppressed } }
  referralsBySourceType { cells { label value suppressed } total { value suppressed } }
  referralsByFormOfAbuse { cells { label value suppressed } total { value suppressed } }
  ambulatoryClients { value suppressed }
  waitingTimes { region service acceptingNewClients waitingTimeWeeksMin waitingTimeWeeksMax }`;

const MUNICIPALITY = `query ($code: String!, $year: Int!) { municipalityStatistics(municipalityCode: $code, year: $year) { ${FIGURES} } }`;
const REGION = `query ($region: Region!, $year: Int!) { regionStatistics(region: $region, year: $year) { ${FIGURES} } }`;

const shown = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };
const cellsOf = (group: { cells: Array<{ label: string; value: number | null; suppressed: boolean }> }) =>
  Object.fromEntries(group.cells.map(({ label, value, suppressed }) => [label, { value, suppressed }]));

describe('municipal statistics from the referrals subgraph', () => {
  let hub: TestSubgraphs;

  beforeAll(async () => {
    hub = await startTestSubgraphs([referralsSubgraph]);
    await craftAlmelo(hub.servers.referrals!.orm.em.fork());
  });
  afterAll(async () => {
    await hub?.stop();
  });

  const almelo = async (caller: Caller = testCallers.staff) => {
    const response = await hub.query('referrals', MUNICIPALITY, { code: ALMELO, year: YEAR }, caller);
    expect(response.errors).toBeUndefined();
    return response.data.municipalityStatistics;
  };

  it('referrals by kind: the cell below 10 is hidden, and so is a second one, so the total does not give it away', async () => {
    const { referralsByKind } = await almelo();
    expect(cellsOf(referralsByKind)).toEqual({ AMBULATORY: hidden, SHELTER: hidden, CONSULTATION: shown(15) });
    expect(referralsByKind.total).toEqual(shown(30));
    // What a reader can work out: total minus the visible cells covers both hidden cells together, never the 3 alone.
    expect(referralsByKind.total.value - 15).toBe(15);
  });

  it('referrals by source type: every type listed, counts below 10 (zeros too) hidden, 10 -> 10, 13 -> 15', async () => {
    const { referralsBySourceType } = await almelo();
    expect(referralsBySourceType.cells.map((c: { label: string }) => c.label)).toEqual(Object.values(ReferralSourceType));
    expect(cellsOf(referralsBySourceType)).toEqual({ GP: hidden, POLICE: shown(10), VEILIG_THUIS: shown(15), SCHOOL: hidden, OTHER_PROFESSIONAL: hidden });
    expect(referralsBySourceType.total).toEqual(shown(30));
  });

  it('referrals by form of abuse overlap: 12 -> 10, 9 hidden, 13 -> 15; the total counts every referral once', async () => {
    const { referralsByFormOfAbuse } = await almelo();
    expect(cellsOf(referralsByFormOfAbuse)).toEqual({
      PARTNER_ABUSE: shown(10),
      CHILD_ABUSE: hidden,
      ELDER_ABUSE: hidden,
      SEXUAL_ABUSE: shown(15),
      HONOUR_BASED_VIOLENCE: hidden,
      FAMILY_VIOLENCE: hidden,
      HUMAN_TRAFFICKING: hidden,
    });
    expect(referralsByFormOfAbuse.total).toEqual(shown(30));
  });

  it('ambulatory clients: 11 taken-on referrals of 9 people is below 10, so hidden (a per-referral count would show 10)', async () => {
    const { ambulatoryClients } = await almelo();
    expect(ambulatoryClients).toEqual(hidden);
    // One more person taken on makes 10, shown as 10.
    const em = hub.servers.referrals!.orm.em.fork();
    craft(em, 1, { kind: AMBULATORY, sourceType: GP, code: ALMELO, receivedAt: at('2019-09-01T10:00:00Z'), status: ReferralStatus.ACCEPTED });
    await em.flush();
    try {
      expect((await almelo()).ambulatoryClients).toEqual(shown(10));
    } finally {
      await em.getConnection().execute(`delete from referrals.referral where municipality_code = ? and received_at = ?`, [ALMELO, at('2019-09-01T10:00:00Z')]);
    }
  });

  it("waiting times are the current availability of the area's region", async () => {
    const { waitingTimes } = await almelo();
    expect(waitingTimes.length).toBeGreaterThan(0);
    expect(new Set(waitingTimes.map((w: { region: string }) => w.region))).toEqual(new Set(['TWENTE']));
    expect(waitingTimes).toContainEqual(
      expect.objectContaining({ region: 'TWENTE', service: 'AMBULATORY_WMO', acceptingNewClients: true, waitingTimeWeeksMin: 8, waitingTimeWeeksMax: 12 }),
    );
  });

  it('Kadera reads a region total: Almelo and Hengelo together (Enschede has no 2019 data)', async () => {
    const response = await hub.query('referrals', REGION, { region: 'TWENTE', year: YEAR }, testCallers.staff);
    expect(response.errors).toBeUndefined();
    const twente = response.data.regionStatistics;
    expect(twente).toMatchObject({ municipalityCode: 'TWENTE', year: YEAR });
    // AMBULATORY 12, SHELTER 3 + 4 = 7, CONSULTATION 15: total 34.
    expect(cellsOf(twente.referralsByKind)).toEqual({ AMBULATORY: hidden, SHELTER: hidden, CONSULTATION: shown(15) });
    expect(twente.referralsByKind.total).toEqual(shown(35));
    expect(cellsOf(twente.referralsBySourceType)).toMatchObject({ OTHER_PROFESSIONAL: hidden, POLICE: shown(10) });
  });

  it('every Kadera role reads any municipality; a municipality reads its own code', async () => {
    for (const role of KADERA_ROLES) {
      const caller = { userId: `${role}-1`, roles: [role], purpose: 'care' } as Caller;
      expect((await almelo(caller)).referralsByKind.total).toEqual(shown(30));
    }
    const own = await almelo(testCallers.municipality(ALMELO));
    expect(own.referralsByKind.total).toEqual(shown(30));
    expect(own.waitingTimes.length).toBeGreaterThan(0);
  });

  it("another municipality's code, a region total or a region name is FORBIDDEN to a municipality", async () => {
    const enschede = testCallers.municipality('GM0153');
    const other = await hub.query('referrals', MUNICIPALITY, { code: ALMELO, year: YEAR }, enschede);
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.data?.municipalityStatistics ?? null).toBeNull();
    const region = await hub.query('referrals', REGION, { region: 'TWENTE', year: YEAR }, testCallers.municipality(ALMELO));
    expect(codeOf(region)).toBe('FORBIDDEN');
    expect(region.data?.regionStatistics ?? null).toBeNull();
    const byName = await hub.query('referrals', MUNICIPALITY, { code: 'TWENTE', year: YEAR }, testCallers.municipality(ALMELO));
    expect(codeOf(byName)).toBe('FORBIDDEN');
  });

  it('partners, referrers and the auditor may not read statistics at all', async () => {
    for (const caller of [testCallers.partner(0), testCallers.referrer(0), testCallers.auditor]) {
      const response = await hub.query('referrals', MUNICIPALITY, { code: ALMELO, year: YEAR }, caller);
      expect(codeOf(response)).toBe('FORBIDDEN');
      expect(response.data?.municipalityStatistics ?? null).toBeNull();
      const region = await hub.query('referrals', REGION, { region: 'TWENTE', year: YEAR }, caller);
      expect(codeOf(region)).toBe('FORBIDDEN');
    }
  });

  it("_entities cannot be used to read another municipality's figures: the field policy refuses them", async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on MunicipalityStatistics { municipalityCode referralsByKind { total { value } } } } }`;
    const representations = [{ __typename: 'MunicipalityStatistics', municipalityCode: ALMELO, year: YEAR }];
    const response = await hub.query('referrals', query, { r: representations }, testCallers.municipality('GM0153'));
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(response.errors![0]).toMatchObject({ path: ['_entities', 0, 'referralsByKind'] });
    // The figures are non-null, so the refusal nulls the whole entity.
    expect(response.data._entities[0]?.referralsByKind ?? null).toBeNull();
    const own = await hub.query('referrals', query, { r: representations }, testCallers.municipality(ALMELO));
    expect(own.errors).toBeUndefined();
    expect(own.data._entities[0].referralsByKind.total.value).toBe(30);
  });

  it("a year is the organisation's calendar year: 23:30 UTC on 31 December is already New Year's Day in Amsterdam", async () => {
    const em = hub.servers.referrals!.orm.em.fork();
    // 00:30 on 1 January 2018 in Amsterdam (UTC would say 2017), and 23:30 on 31 December 2018 (CET).
    craft(em, 10, { kind: SHELTER, sourceType: GP, code: KAMPEN, receivedAt: at('2017-12-31T23:30:00.000Z') });
    craft(em, 10, { kind: SHELTER, sourceType: GP, code: KAMPEN, receivedAt: at('2018-12-31T22:30:00.000Z') });
    await em.flush();
    const total = async (year: number) => {
      const response = await hub.query('referrals', MUNICIPALITY, { code: KAMPEN, year }, testCallers.staff);
      expect(response.errors).toBeUndefined();
      return response.data.municipalityStatistics.referralsByKind.total;
    };
    expect(await total(2017)).toEqual(hidden);
    expect(await total(2018)).toEqual(shown(20));
    expect(await total(2019)).toEqual(hidden);
  });

  it('the database reads the day and year of a timestamp in the same calendar as the code', async () => {
    const em = hub.servers.referrals!.orm.em.fork();
    const cases: Array<[string, string, number]> = [
      ['2017-12-31T22:59:59.999Z', '2017-12-31', 2017],
      ['2017-12-31T23:00:00.000Z', '2018-01-01', 2018],
      ['2026-12-31T23:30:00.000Z', '2027-01-01', 2027],
      ['2026-07-01T21:59:59.000Z', '2026-07-01', 2026],
      ['2026-07-01T22:00:00.000Z', '2026-07-02', 2026],
    ];
    for (const [instant, day, year] of cases) {
      const at = sqlDayOf('?::timestamptz');
      const [row] = await em.execute<Array<{ day: string; year: number }>>(
        `select to_char(${at}, 'YYYY-MM-DD') as day, extract(year from ${at})::int as year`,
        [instant, instant],
      );
      expect(row).toEqual({ day, year });
      expect(dayOf(new Date(instant))).toBe(day);
      const span = yearSpan(year);
      expect(span.from.getTime() <= Date.parse(instant) && Date.parse(instant) < span.to.getTime()).toBe(true);
    }
  });

  it('a malformed code or year is BAD_USER_INPUT', async () => {
    for (const [code, year] of [
      ['GM141', YEAR],
      ['gm0141', YEAR],
      ['Almelo', YEAR],
      [ALMELO, 1999],
      [ALMELO, 2101],
    ] as const) {
      const response = await hub.query('referrals', MUNICIPALITY, { code, year }, testCallers.staff);
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.data?.municipalityStatistics ?? null).toBeNull();
    }
    const region = await hub.query('referrals', REGION, { region: 'TWENTE', year: 1850 }, testCallers.staff);
    expect(codeOf(region)).toBe('BAD_USER_INPUT');
  });

  it('the figures cost one statement each, whatever the area holds, served by the statistics index', async () => {
    const queries = hub.servers.referrals!.queries;
    const statements = async (query: string, variables: Record<string, unknown>) => {
      queries.reset();
      const response = await hub.query('referrals', query, variables, testCallers.staff);
      expect(response.errors).toBeUndefined();
      return [...queries.recent];
    };
    const small = await statements(MUNICIPALITY, { code: 'GM0153', year: YEAR });
    const crafted = await statements(MUNICIPALITY, { code: ALMELO, year: YEAR });
    const region = await statements(REGION, { region: 'TWENTE', year: YEAR });
    // Three breakdowns (by kind and by source type grouped, the forms of abuse a filtered count each in one pass), one count, one availability lookup.
    expect(crafted).toHaveLength(5);
    expect(small).toHaveLength(5);
    expect(region).toHaveLength(5);
    expect(crafted.filter((sql) => /group by grouping sets/.test(sql))).toHaveLength(2);
    const forms = Object.values(ReportedFormOfAbuse);
    expect(crafted.filter((sql) => sql.split('filter (where').length - 1 === forms.length && !/unnest|distinct/.test(sql))).toHaveLength(1);

    // The plan is checked on a table of realistic size: 50,000 referrals of other years, added and rolled back.
    const params = [ALMELO, at('2018-12-31T23:00:00Z'), at('2019-12-31T23:00:00Z'), AMBULATORY, ...TAKEN_ON];
    const counts = crafted.filter((sql) => /from "referrals"\."referral"/.test(sql));
    expect(counts).toHaveLength(4);
    const plans: string[] = [];
    const rolledBack = new Error('roll back');
    await expect(
      hub.servers.referrals!.orm.em.fork().transactional(async (tx) => {
        await tx.execute(`insert into referrals.referral (id, kind, region, priority, status, source_type, referrer_organisation_name, referrer_contact_name,
            funding_stream, municipality_code, received_at, contact_due_at, created_at, updated_at)
          select gen_random_uuid(), (array['AMBULATORY','SHELTER'])[1 + i % 2], 'TWENTE', 'ROUTINE', 'COMPLETED', 'GP', 'Bulk', 'Bulk', 'WMO',
            (array['GM0193','GM0153','GM0160','GM0150','GM0164','GM0141','GM0166'])[1 + i % 7],
            timestamptz '2010-01-01' + (i % 2900) * interval '1 day', now(), now(), now()
          from generate_series(1, 50000) as i`);
        await tx.execute('analyze referrals.referral');
        for (const sql of counts) {
          // The forms' statement binds each form before the area.
          const bound = /filter \(where/.test(sql) ? [...forms, ...params] : params;
          const plan = await tx.execute<Array<Record<string, string>>>(`explain ${sql}`, bound.slice(0, sql.split('?').length - 1));
          plans.push(plan.map((line) => line['QUERY PLAN']).join('\n'));
        }
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    // Index-only once vacuum has marked the pages visible; inside this transaction a (bitmap) index scan.
    for (const plan of plans) {
      expect(plan).toMatch(/Scan (using|on) referral_statistics_index/);
      expect(plan).not.toMatch(/Seq Scan/);
    }
  });
});
