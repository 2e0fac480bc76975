import type { RequestContext } from '@hub/common';
import { Consent } from './consent.entity';

/** Consents of every client on a page in one query, newest first per client. */
export function consentsByClientLoader(context: RequestContext) {
  return context.loader<string, Consent[]>('ConsentsByClient', async (clientIds) => {
    const rows = await context.em.find(Consent, { client: { $in: [...clientIds] } }, { orderBy: { recordedAt: 'desc', id: 'desc' } });
    const byClient = new Map<string, Consent[]>(clientIds.map((id) => [id, []]));
    for (const row of rows) byClient.get(row.client.id)?.push(row);
    return clientIds.map((id) => byClient.get(id)!);
  });
}
