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

/** A query's data with the fields the hub refused for one record: the dotted paths of its FORBIDDEN errors, nothing else of them. */
export interface PartialResult<Data> {
  data: Data;
  refused: string[];
}

/**
 * An answer where a field may be refused for one record (the client's consent does not cover it: `null` with FORBIDDEN at
 * its path, HTTP 200, docs/partners.md): the data with those paths. Any other error, or FORBIDDEN without a path (the
 * whole operation refused), throws as the HubError it is.
 */
export function partialResultOf<Data>(
  data: Data | null | undefined,
  error: Pick<CombinedError, 'graphQLErrors' | 'networkError'> | undefined,
): PartialResult<Data> {
  const errors = error?.graphQLErrors ?? [];
  const isRefusal = (e: (typeof errors)[number]) => e.extensions?.code === 'FORBIDDEN' && Array.isArray(e.path) && e.path.length > 0;
  const others = errors.filter((e) => !isRefusal(e));
  if (error?.networkError || others.length > 0) throw hubErrorOf({ graphQLErrors: others, networkError: error?.networkError });
  if (!data) throw new HubError('UNKNOWN');
  return { data, refused: errors.map((e) => e.path!.join('.')) };
}

export interface HubClient {
  query<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data>;
  /** `query` for documents whose fields may be refused one by one for consent: the data and the refused paths. */
  queryPartial<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<PartialResult<Data>>;
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
  ): Promise<OperationResult<Data, Variables>> => {
    const hash = documentHash(document);
    let result = unregistered.has(hash) ? undefined : await run(byHash);
    if (!result || (result.error && hubErrorOf(result.error).code === 'PERSISTED_QUERY_NOT_FOUND')) {
      unregistered.add(hash);
      result = await run(byText);
      // The text refused because this role runs only registered documents: the person's problem is the registration.
      if (result.error && isTrustedDocumentsOnly(result.error)) throw new HubError('PERSISTED_QUERY_NOT_FOUND');
    }
    return result;
  };
  const dataOf = <Data, Variables extends AnyVariables>(result: OperationResult<Data, Variables>): Data => {
    if (result.error) throw hubErrorOf(result.error);
    if (!result.data) throw new HubError('UNKNOWN');
    return result.data;
  };
  return {
    query: async (document, variables) => dataOf(await send((client) => client.query(document, variables).toPromise(), document)),
    queryPartial: async (document, variables) => {
      const result = await send((client) => client.query(document, variables).toPromise(), document);
      return partialResultOf(result.data, result.error);
    },
    mutate: async (document, variables) => dataOf(await send((client) => client.mutation(document, variables).toPromise(), document)),
  };
}
