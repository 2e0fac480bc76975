import { byKey, findByIds, isUuid, type RequestContext } from '@hub/common';
import { Client } from './client.entity';

/** Loads clients by id, all ids asked for in one tick in one query. */
export function clientLoader(context: RequestContext) {
  return context.loader<string, Client | null>('Client', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = await findByIds(context.em, Client, valid);
    return byKey(ids, rows, (row) => row.id);
  });
}

/** `_entities` for Client: the gateway sends a page of references in one request. */
export const clientReference = {
  Client: {
    __resolveReference: (reference: { id: string }, context: RequestContext) => clientLoader(context).load(reference.id),
  },
};
