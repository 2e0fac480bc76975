import type { RequestContext } from '@hub/common';
import { HandoffStatusChange } from './handoff-status-change.entity';

/** The histories of every handoff on a page in one query, oldest step first. */
export function handoffHistoryLoader(context: RequestContext) {
  return context.loader<string, HandoffStatusChange[]>('HandoffHistory', async (handoffIds) => {
    const rows = await context.em.find(HandoffStatusChange, { handoff: { $in: [...handoffIds] } }, { orderBy: { changedAt: 'asc', id: 'asc' } });
    const byHandoff = new Map<string, HandoffStatusChange[]>(handoffIds.map((id) => [id, []]));
    for (const row of rows) byHandoff.get(row.handoff.id)?.push(row);
    return handoffIds.map((id) => byHandoff.get(id)!);
  });
}
