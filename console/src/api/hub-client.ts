import { Client, fetchExchange, type AnyVariables, type CombinedError, type TypedDocumentNode } from '@urql/core';

/** Where the gateway answers GraphQL: the same origin that served the console (its CSP allows no other). */
const GRAPHQL_PATH = '/graphql';

/**
 * The parts of an error's `extensions` a screen may word: the argument and input field a BAD_USER_INPUT names (`field`: the dotted path inside the argument), and
 * for INTAKE_CLOSED the region, service and whom to call. Never the server's message.
 */
export interface HubErrorDetails {
  argument?: string;
  field?: string;
  region?: string;
  service?: string;
  contact?: string;
}
const DETAIL_KEYS = ['argument', 'field', 'region', 'service', 'contact'] as const;

/** A refusal or failure, by its stable code (and the details above): the screen words it (error-messages.ts), never shows the raw answer. */
export class HubError extends Error {
  constructor(
    readonly code: string,
    readonly details: HubErrorDetails = {},
    /** Codes the error names (never the server's free text): CONSENT_REQUIRED's `missing` data categories. */
    readonly missing: readonly string[] = [],
  ) {
    super(code);
  }
}

/** The first GraphQL error with a code, as a HubError with its details, else what kind of failure it was. */
export function hubErrorOf(error: Pick<CombinedError, 'graphQLErrors' | 'networkError'>): HubError {
  const found = error.graphQLErrors.find((e) => typeof e.extensions?.code === 'string');
  if (!found) return new HubError(error.networkError ? 'NETWORK_ERROR' : 'UNKNOWN');
  const details: HubErrorDetails = {};
  for (const key of DETAIL_KEYS) {
    const value = found.extensions[key];
    if (typeof value === 'string') details[key] = value;
  }
  const missing = found.extensions.missing;
  const codes = Array.isArray(missing) ? missing.filter((m): m is string => typeof m === 'string' && /^[A-Z_]+$/.test(m)) : [];
  return new HubError(found.extensions.code as string, details, codes);
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
