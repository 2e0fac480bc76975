import { addDays, DEMO_PARTNERS, municipalityCodeCheck, PartnerType, Priority, startOfDay, SUBGRAPH_NAMES } from '@hub/common';
import { testCallers } from '@hub/testing';
import { OutcomeReason } from '@hub/handoffs/dist/handoff-outcome';
import { Handoff } from '@hub/handoffs/dist/handoff.entity';
import { HandoffStatus } from '@hub/handoffs/dist/handoff.workflow';
import { PartnerOrganisation } from '@hub/handoffs/dist/partner-organisation.entity';
import { startTestStack, type TestStack } from '../testing/test-stack';

/** Crafted 2019 handoffs for Almelo: one small cell among larger ones, where naive suppression would leak it. */
const ALMELO_2019: Array<[PartnerType, number]> = [
  [PartnerType.GGZ, 12],
  [PartnerType.DEBT_ASSISTANCE, 3],
  [PartnerType.HOUSING, 15],
  [PartnerType.UWV, 10],
  [PartnerType.YOUTH_SERVICES, 11],
  [PartnerType.ADDICTION_CARE, 13],
  [PartnerType.CASA, 14],
];

const FIGURES = `
  municipalityCode year
  handoffsByPartnerType { cells { label value suppressed } total { value suppressed } }
  handoffCompletionRate { value suppressed }
  referralsByKind { total { value suppressed } }
  clientsSheltered { value suppressed }
  averageLengthOfStayDays { value suppressed }
  clientsRegisteredByRiskLevel { total { value suppressed } }`;

describe('municipal statistics through the gateway', () => {
  let hub: TestStack;

  beforeAll(async () => {
    hub = await startTestStack();
    const em = hub.stack.subgraphs.handoffs!.server.orm.em.fork();
    let n = 0;
    for (const [type, count] of ALMELO_2019) {
      const partner = DEMO_PARTNERS.find((p) => p.partnerType === type)!;
      for (let i = 0; i < count; i += 1) {
        const createdAt = startOfDay(addDays('2019-03-01', n));
        em.create(Handoff, {
          partner: em.getReference(PartnerOrganisation, partner.id),
          clientId: `00000000-0000-4000-8000-${String(n++).padStart(12, '0')}`,
          municipalityCode: 'GM0141',
          status: HandoffStatus.COMPLETED,
          purpose: 'Crafted for the statistics test',
          categories: ['IDENTITY'] as never,
          priority: Priority.ROUTINE,
          createdAt,
          updatedAt: createdAt,
          dueAt: createdAt,
          outcomeSuccessful: true,
          outcomeReason: OutcomeReason.GOAL_REACHED,
        } as never);
      }
    }
    await em.flush();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const statistics = (code: string, year: number) => `{ municipalityStatistics(municipalityCode: "${code}", year: ${year}) { ${FIGURES} } }`;

  it('a municipality reads its own figures, composed from all four subgraphs, with the small cell and its neighbour hidden', async () => {
    const { data, errors } = await hub.as(testCallers.municipality('GM0141')).query(statistics('GM0141', 2019));
    expect(errors).toBeUndefined();
    const stats = data.municipalityStatistics;
    const cells = Object.fromEntries(stats.handoffsByPartnerType.cells.map((c: any) => [c.label, c]));
    expect(cells.DEBT_ASSISTANCE).toEqual({ label: 'DEBT_ASSISTANCE', value: null, suppressed: true });
    // Secondary suppression: with only the 3 hidden, total minus the others would give it.
    expect(cells.UWV).toEqual({ label: 'UWV', value: null, suppressed: true });
    expect(cells.GGZ.value).toBe(10); // 12 rounded to 5
    expect(cells.HOUSING.value).toBe(15);
    expect(stats.handoffsByPartnerType.total).toEqual({ value: 80, suppressed: false });
    const visible = stats.handoffsByPartnerType.cells.filter((c: any) => !c.suppressed).reduce((sum: number, c: any) => sum + c.value, 0);
    expect(stats.handoffsByPartnerType.total.value - visible).not.toBe(3);
    expect(stats.handoffCompletionRate).toEqual({ value: 1, suppressed: false });
    // No referrals or stays in Almelo in 2019: suppressed, never a zero that says "nobody".
    expect(stats.referralsByKind.total).toEqual({ value: null, suppressed: true });
    expect(stats.clientsSheltered).toEqual({ value: null, suppressed: true });
    expect(stats.averageLengthOfStayDays).toEqual({ value: null, suppressed: true });
    expect(stats.clientsRegisteredByRiskLevel.total).toEqual({ value: null, suppressed: true });
  });

  it("a municipality asking for another's statistics, or a region total, is denied", async () => {
    const almelo = hub.as(testCallers.municipality('GM0141'));
    const other = await almelo.query(statistics('GM0193', 2019));
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(other.data?.municipalityStatistics ?? null).toBeNull();
    const region = await almelo.query(`{ regionStatistics(region: TWENTE, year: 2019) { municipalityCode } }`);
    expect(region.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('staff read any municipality and the region total; partners and referrers are refused', async () => {
    const staff = hub.as(testCallers.staff);
    const zwolle = await staff.query(statistics('GM0193', 2019));
    expect(zwolle.errors).toBeUndefined();
    const twente = await staff.query(
      `{ regionStatistics(region: TWENTE, year: 2019) { municipalityCode handoffsByPartnerType { total { value suppressed } } } }`,
    );
    expect(twente.data.regionStatistics).toEqual({ municipalityCode: 'TWENTE', handoffsByPartnerType: { total: { value: 80, suppressed: false } } });
    for (const caller of [testCallers.partner(0), testCallers.referrer(0), testCallers.auditor]) {
      const refused = await hub.as(caller).query(statistics('GM0141', 2019));
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it("every municipality-code column of every subgraph's live schema is checked with the one pattern", async () => {
    const em = hub.stack.subgraphs.handoffs!.server.orm.em.fork();
    const columns = await em.execute<Array<{ at: string; col: string }>>(
      `select table_schema || '.' || table_name as at, column_name as col from information_schema.columns
        where table_schema in (?) and column_name like '%municipality_code' and table_name in (select tablename from pg_tables)
        order by 1, 2`,
      [[...SUBGRAPH_NAMES]],
    );
    // Written out by hand: a new municipality-code column must be added here, with its check.
    expect(columns.map((c) => `${c.at}.${c.col}`)).toEqual([
      'clients.client.municipality_code',
      'handoffs.handoff.municipality_code',
      'handoffs.partner_organisation.municipality_code',
      'placements.aftercare_programme.municipality_code',
      'placements.alarm_deployment.municipality_code',
      'placements.stay.municipality_code',
      'placements.waitlist_entry.municipality_code',
      'referrals.referral.municipality_code',
      'referrals.referral.referred_person_municipality_code',
    ]);
    const checks = await em.execute<Array<{ at: string; definition: string }>>(
      `select n.nspname || '.' || c.relname as at, pg_get_constraintdef(k.oid) as definition
         from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'c' and n.nspname in (?) and pg_get_constraintdef(k.oid) like '%municipality_code%~%'`,
      [[...SUBGRAPH_NAMES]],
    );
    // PostgreSQL prints a check with casts and parentheses: compare without them.
    const bare = (definition: string) => definition.replace(/::(text|character varying)/g, '').replace(/[()\s]/g, '');
    const found = checks.map((check) => `${check.at} ${bare(check.definition)}`).sort();
    const expected = columns.map((c) => `${c.at} ${bare(`CHECK (${municipalityCodeCheck(c.col)})`)}`).sort();
    expect(found).toEqual(expected);
  });

  it('a malformed code or year is BAD_USER_INPUT', async () => {
    const staff = hub.as(testCallers.staff);
    expect((await staff.query(statistics('Almelo', 2019))).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await staff.query(statistics('GM0141', 1850))).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
