import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { errorBody, nulRefusal, tooLargeAnswer, type HttpErrorAnswer } from './http-errors';
import { bodyHashOf } from './internal-token';
import type { InternalPost, InternalResponse } from './internal-http';
import type { RequestedOperation } from '../limits/operation-gate';
import { inTraceOf } from '../tracing/trace-context';

/*
 * A subgraph's fetches from the gateway in the same process (HUB_IN_PROCESS_SUBGRAPHS,
 * docs/architecture.md, "One process or many"): the request the gateway would have posted, the same
 * headers (the signed caller token included) and the same body bytes, handed to the subgraph's
 * Apollo Server without a socket and without HTTP parsing. Everything behind the HTTP layer is the
 * same code: the one context builder (caller token against the body's hash, operation shape),
 * the plugins (cost limits, access log, error masking) and the shield. The body checks the HTTP
 * path makes before Apollo Server (size, NUL) are made here too; the body is the gateway's own
 * JSON.stringify, so it is always JSON in UTF-8.
 */

/** The code of a call to a subgraph of this process that has stopped: it took nothing (the gateway's data source then tries its URL). */
export const SERVICE_STOPPED = 'HUB_SERVICE_STOPPED';

/** What the context builder reads of a request, over HTTP or in process alike. */
export interface ReceivedRequest {
  header: (name: string) => string | undefined;
  /** SHA-256 of the body bytes, which the caller token is bound to. */
  bodyHash: string | undefined;
  operation: RequestedOperation;
  /** Arrived on the peer listener (subgraph-server.ts `listenForPeers`); never in process. */
  peerPort?: boolean;
}

/** The same transport contract as `postInternal`: the gateway's data source cannot tell them apart. */
export type InProcessFetch = (request: InternalPost) => Promise<InternalResponse>;

interface InProcessOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: (request: ReceivedRequest) => Promise<TContext>;
  bodyLimitBytes: number;
  /** True once the service stops: a call then fails as an unreachable service would. */
  stopped: () => boolean;
  /** Every call in flight, so that stopping can wait for it (the listener's drain does the same for HTTP). */
  inFlight: Set<Promise<unknown>>;
}

const answer = (refusal: HttpErrorAnswer): InternalResponse => ({ status: refusal.status, json: async () => errorBody(refusal.code, refusal.message) });

/** Rejects with the signal's reason once it aborts, as an HTTP client would: the work itself runs on, as a subgraph would. */
function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted', { cause: signal.reason }));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

async function bodyText(body: Awaited<ReturnType<ApolloServer['executeHTTPGraphQLRequest']>>['body']): Promise<string> {
  if (body.kind === 'complete') return body.string;
  let text = '';
  for await (const chunk of body.asyncIterator) text += chunk;
  return text;
}

export function inProcessFetch<TContext extends BaseContext>(options: InProcessOptions<TContext>): InProcessFetch {
  const { apollo, context, bodyLimitBytes, stopped, inFlight } = options;
  const execute = async (request: InternalPost): Promise<InternalResponse> => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers())) headers.set(name.toLowerCase(), value);
    if (Buffer.byteLength(request.body) > bodyLimitBytes) return answer(tooLargeAnswer(bodyLimitBytes));
    // Parsed from the very bytes the token is bound to: the subgraph shares no object with the gateway.
    const body: unknown = JSON.parse(request.body);
    const nul = nulRefusal(body);
    if (nul) return answer(nul);
    const operation: RequestedOperation = body && typeof body === 'object' ? body : {};
    const bodyHash = bodyHashOf(request.body);
    const header = (name: string) => headers.get(name.toLowerCase());
    // In the trace the gateway's `traceparent` names, as over HTTP (tracing/trace-context.ts).
    const response = await inTraceOf(header, () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: '', body },
        context: () => context({ header, bodyHash, operation }),
      }),
    );
    const text = await bodyText(response.body);
    return { status: response.status ?? 200, json: async () => JSON.parse(text) as unknown };
  };
  return (request) => {
    if (stopped()) return Promise.reject(Object.assign(new Error('the service in this process has stopped'), { code: SERVICE_STOPPED }));
    const work = execute(request);
    inFlight.add(work);
    void work.catch(() => undefined).finally(() => inFlight.delete(work));
    return abortable(work, request.signal);
  };
}

/** Waits for the calls in flight, for at most `graceMs`. */
export async function settle(inFlight: Set<Promise<unknown>>, graceMs: number): Promise<void> {
  if (!inFlight.size) return;
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, graceMs))));
  await Promise.race([Promise.allSettled([...inFlight]), grace]);
  clearTimeout(timer);
}
