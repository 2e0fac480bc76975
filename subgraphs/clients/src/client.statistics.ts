import { breakdownOf, sqlTable, statGroup, statisticsArea, type GroupedRow, type RequestContext, type StatGroup } from '@hub/common';
import { Client, FormOfAbuse, RiskLevel } from './client.entity';

/**
 * Clients registered in the area in the year, grouped by one attribute, with
 * their total, in one statement over (municipality_code, created_at).
 * `unnest` counts a client once per form of abuse it names.
 */
async function countBy(context: RequestContext, code: string, year: number, attribute: 'risk' | 'forms') {
  const area = statisticsArea(code, year);
  const label = attribute === 'risk' ? 'c.risk_level::text' : 'f.form';
  const join = attribute === 'risk' ? '' : 'left join lateral unnest(c.forms_of_abuse) as f(form) on true';
  const rows = await context.em.getConnection().execute<GroupedRow[]>(
    `select ${label} as label, grouping(${label})::int as is_total, count(distinct c.id)::int as n
       from ${sqlTable(context.em, Client)} c ${join}
      where c.municipality_code in (?) and c.created_at >= ? and c.created_at < ?
      group by grouping sets ((${label}), ())`,
    [area.municipalityCodes, area.from, area.to],
  );
  return breakdownOf(rows);
}

export async function clientsByRiskLevel(context: RequestContext, code: string, year: number): Promise<StatGroup> {
  return statGroup(Object.values(RiskLevel), await countBy(context, code, year, 'risk'));
}

export async function clientsByFormOfAbuse(context: RequestContext, code: string, year: number): Promise<StatGroup> {
  return statGroup(Object.values(FormOfAbuse), await countBy(context, code, year, 'forms'), { overlapping: true });
}
