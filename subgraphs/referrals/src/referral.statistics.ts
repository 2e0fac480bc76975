import { breakdownOf, MUNICIPALITIES, Region, sqlTable, type GroupedRow, type RawBreakdown, type RequestContext, type StatisticsArea } from '@hub/common';
import { Referral } from './referral.entity';
import { ReferralKind } from './referral-kind';
import { ReportedFormOfAbuse } from './reported-form-of-abuse';
import { ServiceAvailability } from './service-availability.entity';
import { ReferralStatus } from './referral.workflow';

/** The referral statuses that mean Kadera took the client on. */
export const TAKEN_ON: readonly ReferralStatus[] = [ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED];

/** Every form of abuse a referral may name, in the order the figures list them. */
const FORMS: readonly string[] = Object.values(ReportedFormOfAbuse);

/** Referral columns that may be broken down by; never user input in SQL. */
export type BreakdownColumn = 'kind' | 'source_type';

const referralTable = (context: RequestContext) => sqlTable(context.em, Referral);

/** The range condition the statistics index serves: the area's municipalities, received in the year. */
function inArea(area: StatisticsArea, alias: string) {
  return {
    sql: `${alias}.municipality_code in (${area.municipalityCodes.map(() => '?').join(', ')}) and ${alias}.received_at >= ? and ${alias}.received_at < ?`,
    params: [...area.municipalityCodes, area.from, area.to],
  };
}

/** Referrals of the area and year per value of one column, and their total, in one grouped statement. */
export async function countReferralsBy(context: RequestContext, area: StatisticsArea, column: BreakdownColumn): Promise<RawBreakdown> {
  const where = inArea(area, 'r');
  const rows = await context.em.getConnection().execute<GroupedRow[]>(
    `select r.${column} as label, count(*) as n, grouping(r.${column}) as is_total from ${referralTable(context)} r
     where ${where.sql} group by grouping sets ((r.${column}), ())`,
    where.params,
  );
  return breakdownOf(rows);
}

/**
 * Referrals of the area and year per reported form of abuse; a referral counts once in
 * every form it names (`= any`, so a form repeated in one array still counts once). The
 * total is every referral of the area and year, with or without a form. One pass over the
 * area's index entries with a filtered count per form: no unnesting of the arrays and no
 * sort for a distinct count (at 4,000 referrals in a municipality-year it took 2.6 times
 * as long; docs/benchmarks.md, "Municipal statistics at scale").
 */
export async function countReferralsByFormOfAbuse(context: RequestContext, area: StatisticsArea): Promise<RawBreakdown> {
  const where = inArea(area, 'r');
  const perForm = FORMS.map((_, i) => `count(*) filter (where ?::text = any(r.forms_of_abuse)) as f${i}`).join(', ');
  const [row] = await context.em
    .getConnection()
    .execute<Array<Record<string, number | string>>>(`select ${perForm}, count(*) as total from ${referralTable(context)} r where ${where.sql}`, [
      ...FORMS,
      ...where.params,
    ]);
  return { cells: new Map(FORMS.map((form, i) => [form, Number(row[`f${i}`])])), total: Number(row.total) };
}

/** People the ambulatory team took on from referrals received in the year; a linked client counts once. */
export async function countAmbulatoryClients(context: RequestContext, area: StatisticsArea): Promise<number> {
  const where = inArea(area, 'r');
  const [row] = await context.em.getConnection().execute<Array<{ n: number | string }>>(
    `select count(distinct coalesce(r.client_id, r.id)) as n from ${referralTable(context)} r
     where ${where.sql} and r.kind = ? and r.status in (${TAKEN_ON.map(() => '?').join(', ')})`,
    [...where.params, ReferralKind.AMBULATORY, ...TAKEN_ON],
  );
  return Number(row.n);
}

/** The care regions the area's municipalities lie in; none for a code outside Kadera's region. */
function regionsOf(area: StatisticsArea): Region[] {
  return [...new Set(area.municipalityCodes.map((code) => MUNICIPALITIES[code]?.region).filter((r): r is Region => !!r))];
}

/** The current availability rows of the area's regions. */
export async function currentAvailability(context: RequestContext, area: StatisticsArea): Promise<ServiceAvailability[]> {
  const regions = regionsOf(area);
  if (!regions.length) return [];
  return context.em.find(ServiceAvailability, { region: { $in: regions } }, { orderBy: { region: 'asc', service: 'asc' } });
}
