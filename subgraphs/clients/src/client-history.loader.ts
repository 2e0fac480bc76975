import { sqlTable, type RequestContext } from '@hub/common';
import { ClientChange } from './client-change.entity';
import { RiskLevelChange } from './client-risk-level-change.entity';

type HistoryEntity = typeof ClientChange | typeof RiskLevelChange;

/**
 * The newest `limit` history entries of every client asked about in one tick, newest first: one query picks
 * each client's newest ids (a window over the client's entries), a second loads them.
 */
function newestLoader<E extends HistoryEntity>(context: RequestContext, entity: E, limit: number) {
  return context.loader<string, InstanceType<E>[]>(`${entity.name}:${limit}`, async (clientIds) => {
    const ranked = await context.em.getConnection().execute<Array<{ id: string }>>(
      `select id from (
         select id, row_number() over (partition by client_id order by changed_at desc, id desc) as rank
           from ${sqlTable(context.em, entity)} where client_id in (${clientIds.map(() => '?').join(', ')})
       ) newest where rank <= ?`,
      [...clientIds, limit],
    );
    const rows = ranked.length
      ? ((await context.em.find(
          entity as typeof ClientChange,
          { id: { $in: ranked.map((row) => row.id) } },
          { orderBy: { changedAt: 'desc', id: 'desc' } },
        )) as InstanceType<E>[])
      : [];
    const byClient = new Map<string, InstanceType<E>[]>(clientIds.map((id) => [id, []]));
    for (const row of rows) byClient.get(row.client.id)?.push(row);
    return clientIds.map((id) => byClient.get(id)!);
  });
}

export const clientChangesLoader = (context: RequestContext, limit: number) => newestLoader(context, ClientChange, limit);
export const riskLevelHistoryLoader = (context: RequestContext, limit: number) => newestLoader(context, RiskLevelChange, limit);
