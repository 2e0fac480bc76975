import { Agent } from 'undici';

/*
 * HTTP between the hub's own services (gateway → subgraph, subgraph → subgraph),
 * through undici's own request API on pooled keep-alive sockets (its WHATWG
 * `fetch` costs several times the CPU per call, in streams the hub never uses).
 *
 * A keep-alive client that sends on a socket the server is closing at the same
 * moment gets ECONNRESET / "socket hang up" (apollographql/federation#2313).
 * Two rules prevent it: the client lets an idle socket go well before the
 * server would (AGENT_IDLE_MS < SERVER_KEEP_ALIVE_MS), and a read that still
 * meets a reset is sent once more. A mutation is never sent twice: it may have
 * committed before the connection broke.
 */

/** How long our servers keep an idle keep-alive socket open (Node's default is 5 s). */
export const SERVER_KEEP_ALIVE_MS = 65_000;
/** Above the keep-alive timeout, as Node's documentation asks, so an idle socket is never cut mid-headers. */
export const SERVER_HEADERS_TIMEOUT_MS = SERVER_KEEP_ALIVE_MS + 1_000;
/** A whole request body must arrive within this (a slow sender cannot hold a socket for Node's default 5 minutes). */
export const SERVER_REQUEST_TIMEOUT_MS = SERVER_HEADERS_TIMEOUT_MS + 4_000;
/** How long our client keeps an idle socket: far below the servers' timeout. */
export const AGENT_IDLE_MS = 4_000;

/**
 * Sockets kept per service (origin): above what the hub's own concurrency asks
 * of one subgraph (each gateway request fans out to a few fetches at once), so
 * under load no fetch waits for a socket, yet a burst cannot open thousands.
 */
export const AGENT_CONNECTIONS_PER_SERVICE = 128;

let agent: Agent | undefined;

/** One agent per process, shared by every internal call: a keep-alive pool per service, reused across requests. */
function internalAgent(): Agent {
  agent ??= new Agent({
    keepAliveTimeout: AGENT_IDLE_MS,
    keepAliveMaxTimeout: AGENT_IDLE_MS,
    connections: AGENT_CONNECTIONS_PER_SERVICE,
    connect: { timeout: 2_000 },
  });
  return agent;
}

const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
/** No connection was made, so nothing was sent. */
const NOT_CONNECTED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);
const UNREACHABLE_CODES = new Set([...RESET_CODES, ...NOT_CONNECTED_CODES]);

/** The error codes along an error's cause chain (fetch wraps socket errors in "fetch failed"). */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  type Link = { code?: unknown; cause?: unknown; errors?: unknown } | undefined;
  for (let current = error as Link, depth = 0; current && depth < 5; current = current.cause as Link, depth += 1) {
    if (typeof current.code === 'string') codes.push(current.code);
    // An AggregateError carries the error of each connection attempt.
    if (Array.isArray(current.errors)) for (const inner of current.errors as Link[]) if (typeof inner?.code === 'string') codes.push(inner.code);
  }
  return codes;
}

/** The connection broke under a request (the server closed it, or crashed). */
export const isConnectionReset = (error: unknown) => codesOf(error).some((code) => RESET_CODES.has(code));

/** The request never left: a mutation that failed so was certainly not made. */
export const neverSent = (error: unknown) => codesOf(error).some((code) => NOT_CONNECTED_CODES.has(code));

/** No answer could come: refused, reset, unknown host, no connection in time. */
export const isUnreachable = (error: unknown) => codesOf(error).some((code) => UNREACHABLE_CODES.has(code));

/** An operation document that starts with `mutation` (the query planner writes them so). */
export const isMutation = (query: string) => /^\s*mutation\b/.test(query);

export interface InternalPost {
  /** Made again for each attempt: a caller token is good for one request only. */
  headers: () => Record<string, string>;
  body: string;
  signal?: AbortSignal;
  /** Safe to send twice: only reads. */
  idempotent: boolean;
}

/** What a caller reads of an answer: its status and its body as JSON (the body must be read, or the socket stays taken). */
export interface InternalResponse {
  status: number;
  json(): Promise<unknown>;
}

/** POSTs to another service of the hub (a caller that posts to one URL often parses it once); a read that meets a connection reset is sent once more. */
export async function postInternal(url: string | URL, request: InternalPost): Promise<InternalResponse> {
  const target = typeof url === 'string' ? new URL(url) : url;
  const send = async (): Promise<InternalResponse> => {
    const { statusCode, body } = await internalAgent().request({
      origin: target.origin,
      path: target.pathname + target.search,
      method: 'POST',
      headers: request.headers(),
      body: request.body,
      signal: request.signal,
    });
    return { status: statusCode, json: () => body.json() };
  };
  try {
    return await send();
  } catch (error) {
    if (!request.idempotent || !isConnectionReset(error) || request.signal?.aborted) throw error;
    return send();
  }
}
