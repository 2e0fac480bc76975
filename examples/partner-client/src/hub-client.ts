import { Client, fetchExchange, type AnyVariables, type Exchange, type OperationResult, type TypedDocumentNode } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { errorFor, refusalOf, UnauthenticatedError } from './hub-errors';

/** Gives the bearer token; `refresh: true` asks for a new one (the hub refused the last). */
export type GetToken = (options: { refresh: boolean }) => Promise<string>;

/** What the client did on its own, for the caller's logs and metrics: never anything about a client. */
export type ClientEvent = { type: 'token-refreshed' } | { type: 'rate-limited'; retryAfterSeconds: number; attempt: number };

export interface HubClientOptions {
  /** The gateway's GraphQL endpoint, e.g. https://hub.kadera.example/graphql. */
  url: string;
  getToken: GetToken;
  /**
   * false (the default): send only the hash of each codegen'd document (`extensions.persistedQuery.sha256Hash`), the
   * trusted-documents form. true: send the document text instead and no hash, for a hub that does not know our
   * documents yet (Apollo's automatic persisted queries are off at the hub, so a request carrying both is refused).
   */
  sendQueryText?: boolean;
  /** How often to wait out a 429 and try again before giving up with RateLimitedError; default 3. */
  maxRateLimitRetries?: number;
  /** Longest wait for one Retry-After, in seconds, before giving up instead; default 60. */
  maxRetryAfterSeconds?: number;
  onEvent?: (event: ClientEvent) => void;
  /** For tests and proxies; the global fetch otherwise. */
  fetch?: typeof fetch;
}

export interface HubClient {
  request<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data>;
}

/** The hash codegen embedded in the document (`embedHashInDocument`), without its `sha256:` prefix. */
function codegenHash(document: unknown): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('document has no persisted-document hash: run codegen (npm run codegen)');
  return hash.replace(/^sha256:/, '');
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * A GraphQL client for the Kadera hub on urql: persisted documents by hash (queries and mutations alike, never a
 * fall-back to text unless `sendQueryText`), one token refresh on UNAUTHENTICATED, Retry-After honoured on 429, and
 * every other refusal thrown as a typed error (hub-errors.ts). Never logs variables or answers: they hold client data.
 */
export function createHubClient(options: HubClientOptions): HubClient {
  const exchanges: Exchange[] = options.sendQueryText
    ? [fetchExchange]
    : [
        persistedExchange({
          enforcePersistedQueries: true,
          enableForMutation: true,
          preferGetForPersistedQueries: false,
          generateHash: async (_query, document) => codegenHash(document),
        }),
        fetchExchange,
      ];
  const client = new Client({ url: options.url, exchanges, fetch: options.fetch, requestPolicy: 'network-only', preferGetMethod: false });
  const maxRateLimitRetries = options.maxRateLimitRetries ?? 3;
  const maxRetryAfter = options.maxRetryAfterSeconds ?? 60;
  let token: string | undefined;

  const send = async <Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables) => {
    token ??= await options.getToken({ refresh: false });
    const context = { fetchOptions: { headers: { authorization: `Bearer ${token}` } } };
    const isMutation = document.definitions.some((d) => 'operation' in d && String(d.operation) === 'mutation');
    const result: OperationResult<Data, Variables> = await (
      isMutation ? client.mutation(document, variables, context) : client.query(document, variables, context)
    ).toPromise();
    return result;
  };

  return {
    async request(document, variables) {
      let refreshed = false;
      let rateLimited = 0;
      for (;;) {
        const result = await send(document, variables);
        if (!result.error && result.data) return result.data;
        if (!result.error) throw errorFor({ code: 'NO_DATA', message: 'the hub answered without data or errors' });
        const refusal = refusalOf(result.error);
        if (refusal.code === 'UNAUTHENTICATED') {
          // One refresh, then give up: a second refusal means the credentials themselves are wrong.
          if (refreshed) throw new UnauthenticatedError(refusal.code, `${refusal.message} (after one token refresh)`);
          refreshed = true;
          token = await options.getToken({ refresh: true });
          options.onEvent?.({ type: 'token-refreshed' });
          continue;
        }
        if (refusal.code === 'RATE_LIMITED') {
          const wait = refusal.retryAfterSeconds ?? 1;
          if (rateLimited < maxRateLimitRetries && wait <= maxRetryAfter) {
            rateLimited += 1;
            options.onEvent?.({ type: 'rate-limited', retryAfterSeconds: wait, attempt: rateLimited });
            await sleep(wait);
            continue;
          }
        }
        throw errorFor(refusal);
      }
    },
  };
}
