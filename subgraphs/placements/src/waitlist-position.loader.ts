import { sqlTable, type RequestContext } from '@hub/common';
import { WaitlistEntry } from './waitlist-entry.entity';
import { ON_THE_LIST } from './waitlist.workflow';

/**
 * Place in the queue (1 = first) of entries on the list (WAITING or OFFERED), ranked in SQL per unit by
 * (queued_at, id); null for entries off the list. One query per batch.
 */
export function waitlistPositionLoader(context: RequestContext) {
  return context.loader<string, number | null>('WaitlistPosition', async (ids) => {
    const { em } = context;
    const marks = ids.map(() => '?').join(', ');
    const rows = await em.execute<{ id: string; position: number }[]>(
      `select id, position
         from (select e.id, row_number() over (partition by e.unit_id order by e.queued_at, e.id)::int as position
                 from ${sqlTable(em, WaitlistEntry)} e
                where e.status in (${ON_THE_LIST.map((status) => `'${status}'`).join(', ')})
                  and e.unit_id in (select unit_id from ${sqlTable(em, WaitlistEntry)} where id in (${marks}))) ranked
        where id in (${marks})`,
      [...ids, ...ids],
    );
    const found = new Map(rows.map((row) => [row.id, row.position]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
