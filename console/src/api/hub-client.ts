import { Client, fetchExchange, type AnyVariables, type CombinedError, type TypedDocumentNode } from '@urql/core';

/** Where the gateway answers GraphQL: the same origin that served the console (its CSP allows no other). */
const GRAPHQL_PATH = '/graphql';

/** A refusal or failure, by its stable code only: the screen words it (error-messages.ts), never shows the raw answer. */
export class HubError extends Error {
  constructor(
    readonly code: string,
    /** Codes the error names (never the server's free text): CONSENT_REQUIRED's `missing` data categories. */
    readonly missing: readonly string[] = [],
  ) {
    super(code);
  }
}

/** The `extensions.code` of the first GraphQL error, else what kind of failure it was; with the codes it names. */
export function hubErrorOf(error: Pick<CombinedError, 'graphQLErrors' | 'networkError'>): HubError {
  const first = error.graphQLErrors.find((e) => typeof e.extensions?.code === 'string');
  const code = first?.extensions.code;
  if (typeof code !== 'string') return new HubError(error.networkError ? 'NETWORK_ERROR' : 'UNKNOWN');
  const missing = first?.extensions.missing;
  const codes = Array.isArray(missing) ? missing.filter((m): m is string => typeof m === 'string' && /^[A-Z_]+$/.test(m)) : [];
  return new HubError(code, codes);
}

export interface HubClient {
  query<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data>;
  mutate<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data>;
}

/**
 * A client for one signed-in session: the token lives in this closure only (never in storage), and signing out drops
 * the client with its token. No cache: every screen asks the hub, which decides what this role may see.
 */
export function createHubClient(token: string): HubClient {
  const client = new Client({
    url: GRAPHQL_PATH,
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` }, credentials: 'omit' }),
  });
  const unwrap = <Data>(result: { data?: Data; error?: CombinedError }): Data => {
    if (result.error) throw hubErrorOf(result.error);
    if (!result.data) throw new HubError('UNKNOWN');
    return result.data;
  };
  return {
    query: async (document, variables) => unwrap(await client.query(document, variables).toPromise()),
    mutate: async (document, variables) => unwrap(await client.mutation(document, variables).toPromise()),
  };
}
