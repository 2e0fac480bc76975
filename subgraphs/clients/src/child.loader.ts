import type { RequestContext } from '@hub/common';
import { Child } from './child.entity';

/** Children of every client on a page in one query, oldest child first. */
export function childrenByClientLoader(context: RequestContext) {
  return context.loader<string, Child[]>('ChildrenByClient', async (clientIds) => {
    const rows = await context.em.find(Child, { client: { $in: [...clientIds] } }, { orderBy: { dateOfBirth: 'asc', id: 'asc' } });
    const byClient = new Map<string, Child[]>(clientIds.map((id) => [id, []]));
    for (const row of rows) byClient.get(row.client.id)?.push(row);
    return clientIds.map((id) => byClient.get(id)!);
  });
}
