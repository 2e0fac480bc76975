import { protectGroup, StatCell, StatCount, StatGroup, statisticsArea, type RequestContext } from '@hub/common';
import { FormOfAbuse, RiskLevel } from './client.entity';

interface Row {
  label: string | null;
  is_total: number;
  n: number;
}

/**
 * Clients registered in the area in the year, grouped by one attribute, with
 * their total, in one statement over (municipality_code, created_at).
 * `unnest` counts a client once per form of abuse it names.
 */
async function countBy(context: RequestContext, code: string, year: number, attribute: 'risk' | 'forms'): Promise<Row[]> {
  const area = statisticsArea(code, year);
  const label = attribute === 'risk' ? 'c.risk_level::text' : 'f.form';
  const join = attribute === 'risk' ? '' : 'left join lateral unnest(c.forms_of_abuse) as f(form) on true';
  return context.em.getConnection().execute<Row[]>(
    `select ${label} as label, grouping(${label})::int as is_total, count(distinct c.id)::int as n
       from "clients"."client" c ${join}
      where c.municipality_code in (?) and c.created_at >= ? and c.created_at < ?
      group by grouping sets ((${label}), ())`,
    [area.municipalityCodes, area.from, area.to],
  );
}

/** Every label listed, the total beside it, protected together. */
function protectedGroup(rows: Row[], labels: string[]): StatGroup {
  const total = rows.find((r) => r.is_total === 1)?.n ?? 0;
  const cells = labels.map((label) => ({ label, n: rows.find((r) => r.is_total === 0 && r.label === label)?.n ?? 0 }));
  const group = protectGroup(cells, total);
  return Object.assign(new StatGroup(), {
    cells: group.cells.map((cell) => Object.assign(new StatCell(), cell)),
    total: Object.assign(new StatCount(), group.total),
  });
}

export async function clientsByRiskLevel(context: RequestContext, code: string, year: number): Promise<StatGroup> {
  return protectedGroup(await countBy(context, code, year, 'risk'), Object.values(RiskLevel));
}

export async function clientsByFormOfAbuse(context: RequestContext, code: string, year: number): Promise<StatGroup> {
  return protectedGroup(await countBy(context, code, year, 'forms'), Object.values(FormOfAbuse));
}
