import { PartnerType, sqlTable, statisticsArea, type RequestContext } from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Handoff } from './handoff.entity';
import { PartnerOrganisation } from './partner-organisation.entity';
import { HandoffStatus } from './handoff.workflow';

/** Closed for good with an answer; ENTERED_IN_ERROR is a handoff that should never have existed, so it is left out. */
const RATE_CLOSED_STATUSES = [HandoffStatus.COMPLETED, HandoffStatus.FAILED, HandoffStatus.REJECTED, HandoffStatus.CANCELLED];

/** Raw counts of one partner type in one area and year; never published as they are. */
export interface PartnerTypeCounts {
  partnerType: PartnerType;
  handoffs: number;
  closed: number;
  completed: number;
}

interface Row {
  key: string;
  partner_type: PartnerType;
  handoffs: number;
  closed: number;
  completed: number;
}

/**
 * The counts of several areas in one statement: each area's municipalities and
 * year window are rows of a derived table, each counted over the
 * (municipality_code, created_at) index. A handoff is attributed to its
 * client's municipality and to the year it was created.
 */
async function countAreas(em: EntityManager, keys: readonly string[]): Promise<Map<string, PartnerTypeCounts[]>> {
  const areas = keys.flatMap((key) => {
    const [code, year] = key.split('|');
    const area = statisticsArea(code, Number(year));
    return area.municipalityCodes.map((municipality) => ({ key, code: municipality, from: area.from.toISOString(), to: area.to.toISOString() }));
  });
  const closed = RATE_CLOSED_STATUSES.map((s) => `'${s}'`).join(', ');
  const rows: Row[] = await em.execute(
    // LATERAL: each area is counted on its own through the index; a plain join lets the
    // planner, which cannot see how few areas there are, scan the whole table instead.
    `select a.key, p.partner_type, sum(c.handoffs)::int as handoffs, sum(c.closed)::int as closed, sum(c.completed)::int as completed
      from jsonb_to_recordset(?::jsonb) as a(key text, code text, "from" timestamptz, "to" timestamptz)
      cross join lateral (
        select h.partner_id,
          count(*) as handoffs,
          count(*) filter (where h.status in (${closed})) as closed,
          count(*) filter (where h.status = '${HandoffStatus.COMPLETED}' and h.outcome_successful) as completed
        from ${sqlTable(em, Handoff)} h
        where h.municipality_code = a.code and h.created_at >= a."from" and h.created_at < a."to"
        group by h.partner_id
      ) c
      join ${sqlTable(em, PartnerOrganisation)} p on p.id = c.partner_id
      group by a.key, p.partner_type`,
    [JSON.stringify(areas)],
  );
  const byKey = new Map<string, PartnerTypeCounts[]>();
  for (const key of keys) {
    const mine = rows.filter((r) => r.key === key);
    // Every partner type, also those without handoffs: a missing label would itself say "none".
    byKey.set(
      key,
      Object.values(PartnerType).map((partnerType) => {
        const row = mine.find((r) => r.partner_type === partnerType);
        return { partnerType, handoffs: row?.handoffs ?? 0, closed: row?.closed ?? 0, completed: row?.completed ?? 0 };
      }),
    );
  }
  return byKey;
}

/** The handoff counts of an area and year, all figures and all areas of a request from one query. */
export function handoffCounts(context: RequestContext, municipalityCode: string, year: number): Promise<PartnerTypeCounts[]> {
  return context
    .loader<string, PartnerTypeCounts[]>('HandoffStatistics', async (keys) => {
      const counts = await countAreas(context.em, keys);
      return keys.map((key) => counts.get(key)!);
    })
    .load(`${municipalityCode}|${year}`);
}
