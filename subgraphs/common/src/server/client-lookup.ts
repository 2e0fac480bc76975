import { hubError } from '../errors';
import type { RequestContext } from './request-context';

export interface KnownClient {
  id: string;
  municipalityCode: string;
}

const CLIENT = 'query ($id: UUID!) { client(id: $id) { id municipalityCode } }';

/**
 * The client as the clients subgraph knows it, asked as the caller (a peer
 * token carrying the gateway's, internal-token.ts). Call it before any write transaction opens, so an
 * unknown client writes nothing and no row stays locked while another subgraph answers.
 */
export async function requireClient(context: RequestContext, clientId: string): Promise<KnownClient> {
  const { client } = await context.peer<{ client: KnownClient | null }>('clients', CLIENT, { id: clientId });
  if (!client) throw hubError('NOT_FOUND', 'client was not found', { argument: 'input', field: 'clientId' });
  return client;
}
