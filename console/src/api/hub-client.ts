import { Client, fetchExchange, type AnyVariables, type CombinedError, type OperationResult, type TypedDocumentNode } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';

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

/** FORBIDDEN because the caller's roles may run only registered documents (the gateway's `extensions.reason`). */
const isTrustedDocumentsOnly = (error: CombinedError) =>
  error.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN' && e.extensions.reason === 'TRUSTED_DOCUMENTS_ONLY');

/** The hash codegen embedded in a document (`embedHashInDocument`: the key of gql/persisted-documents.json). */
function documentHash(document: unknown): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('a console document without its persisted-document hash: run npm run codegen -w console');
  return hash.replace(/^sha256:/, '');
}

export interface HubClient {
  query<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data>;
  mutate<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data>;
}

/**
 * A client for one signed-in session: the token lives in this closure only (never in storage), and signing out drops
 * the client with its token. No cache: every screen asks the hub, which decides what this role may see.
 *
 * Every operation goes by its hash first (`extensions.persistedQuery`, the trusted-documents form partner roles must use
 * where TRUSTED_DOCUMENTS_ONLY is on: `npm run documents:register-console`). A hash the hub does not know for this
 * caller (PERSISTED_QUERY_NOT_FOUND: not registered, e.g. in development) is sent once more as text, and that document
 * goes as text for the rest of the session; for a role held to trusted documents the text is refused (FORBIDDEN, reason
 * TRUSTED_DOCUMENTS_ONLY), and the console says the console's documents are not registered (PERSISTED_QUERY_NOT_FOUND).
 */
export function createHubClient(token: string): HubClient {
  const common = {
    url: GRAPHQL_PATH,
    requestPolicy: 'network-only' as const,
    preferGetMethod: false as const,
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` }, credentials: 'omit' as const }),
  };
  const byHash = new Client({
    ...common,
    exchanges: [
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => documentHash(document),
      }),
      fetchExchange,
    ],
  });
  const byText = new Client({ ...common, exchanges: [fetchExchange] });
  const unregistered = new Set<string>();
  const send = async <Data, Variables extends AnyVariables>(
    run: (client: Client) => Promise<OperationResult<Data, Variables>>,
    document: TypedDocumentNode<Data, Variables>,
  ): Promise<Data> => {
    const hash = documentHash(document);
    let result = unregistered.has(hash) ? undefined : await run(byHash);
    if (!result || (result.error && hubErrorOf(result.error).code === 'PERSISTED_QUERY_NOT_FOUND')) {
      unregistered.add(hash);
      result = await run(byText);
      // The text refused because this role runs only registered documents: the person's problem is the registration.
      if (result.error && isTrustedDocumentsOnly(result.error)) throw new HubError('PERSISTED_QUERY_NOT_FOUND');
    }
    if (result.error) throw hubErrorOf(result.error);
    if (!result.data) throw new HubError('UNKNOWN');
    return result.data;
  };
  return {
    query: (document, variables) => send((client) => client.query(document, variables).toPromise(), document),
    mutate: (document, variables) => send((client) => client.mutation(document, variables).toPromise(), document),
  };
}
