import { sqlTable, type RequestContext } from '@hub/common';
import { WaitlistEntry } from './waitlist-entry.entity';

/**
 * Place in the queue (1 = next) of waiting entries, ranked in SQL per unit by
 * (requested_at, id); null for entries no longer waiting. One query per batch.
 */
export function waitlistPositionLoader(context: RequestContext) {
  return context.loader<string, number | null>('WaitlistPosition', async (ids) => {
    const { em } = context;
    const marks = ids.map(() => '?').join(', ');
    const rows = await em.execute<{ id: string; position: number }[]>(
      `select id, position
         from (select e.id, row_number() over (partition by e.unit_id order by e.requested_at, e.id)::int as position
                 from ${sqlTable(em, WaitlistEntry)} e
                where e.status = 'WAITING'
                  and e.unit_id in (select unit_id from ${sqlTable(em, WaitlistEntry)} where id in (${marks}))) ranked
        where id in (${marks})`,
      [...ids, ...ids],
    );
    const found = new Map(rows.map((row) => [row.id, row.position]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
