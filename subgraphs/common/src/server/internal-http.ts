import http from 'node:http';

/*
 * HTTP between the hub's own services (gateway → subgraph, subgraph → subgraph),
 * through node's own `http` client on one keep-alive agent per process.
 *
 * Not undici (its `request` API was used until 2026-12-07): with the same
 * 20 callers, the gateway answered 1.19x the GGZ handoffs requests per second
 * over node:http, at the same CPU per request and with p99 143 ms against 252
 * (docs/benchmarks.md, "The subgraph client: node:http instead of undici").
 * internal-http.unit.test.ts holds ours to one socket per request in flight.
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
/** A connection not made within this is given up (the request was never sent). */
export const AGENT_CONNECT_TIMEOUT_MS = 2_000;

/**
 * Sockets kept per service (origin): above what the hub's own concurrency asks
 * of one subgraph (each gateway request fans out to a few fetches at once), so
 * under load no fetch waits for a socket, yet a burst cannot open thousands.
 */
export const AGENT_CONNECTIONS_PER_SERVICE = 128;

let agent: http.Agent | undefined;

/** One agent per process, shared by every internal call: a keep-alive pool per service, reused across requests. */
function internalAgent(): http.Agent {
  // `timeout` applies to idle sockets only: the agent closes a free one after it; a request in flight is not cut by it.
  agent ??= new http.Agent({ keepAlive: true, maxSockets: AGENT_CONNECTIONS_PER_SERVICE, timeout: AGENT_IDLE_MS, scheduling: 'lifo' });
  return agent;
}

/** The code of a connection not made within AGENT_CONNECT_TIMEOUT_MS. */
const CONNECT_TIMEOUT = 'HUB_CONNECT_TIMEOUT';
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE']);
/** No connection was made, so nothing was sent. */
const NOT_CONNECTED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN', CONNECT_TIMEOUT]);
const UNREACHABLE_CODES = new Set([...RESET_CODES, ...NOT_CONNECTED_CODES]);

/** The error codes along an error's cause chain. */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  type Link = { code?: unknown; cause?: unknown; errors?: unknown } | undefined;
  for (let current = error as Link, depth = 0; current && depth < 5; current = current.cause as Link, depth += 1) {
    if (typeof current.code === 'string') codes.push(current.code);
    // An AggregateError carries the error of each connection attempt (IPv4 and IPv6 of one name).
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

/** What a caller reads of an answer: its status and its body as JSON. */
export interface InternalResponse {
  status: number;
  json(): Promise<unknown>;
}

/** One POST on the internal agent: resolves with the status and the whole body once it has arrived. */
function post(target: URL, request: InternalPost): Promise<InternalResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: 'POST',
        agent: internalAgent(),
        headers: { ...request.headers(), 'content-length': Buffer.byteLength(request.body) },
        signal: request.signal,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        // Closed before its end (the server died, or the signal aborted the request); after 'end' this changes nothing.
        res.on('close', () => {
          if (!res.complete) reject(Object.assign(new Error('the answer was cut off'), { code: 'ECONNRESET' }));
        });
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, json: async () => JSON.parse(text) as unknown });
        });
      },
    );
    req.on('error', reject);
    // A new connection gets AGENT_CONNECT_TIMEOUT_MS to be made; a reused one is there already.
    req.once('socket', (socket) => {
      if (!socket.connecting) return;
      const timer = setTimeout(
        () => req.destroy(Object.assign(new Error(`no connection within ${AGENT_CONNECT_TIMEOUT_MS} ms`), { code: CONNECT_TIMEOUT })),
        AGENT_CONNECT_TIMEOUT_MS,
      );
      const done = () => clearTimeout(timer);
      socket.once('connect', done);
      socket.once('close', done);
    });
    req.end(request.body);
  });
}

/** POSTs to another service of the hub (a caller that posts to one URL often parses it once); a read that meets a connection reset is sent once more. */
export async function postInternal(url: string | URL, request: InternalPost): Promise<InternalResponse> {
  const target = typeof url === 'string' ? new URL(url) : url;
  try {
    return await post(target, request);
  } catch (error) {
    if (!request.idempotent || !isConnectionReset(error) || request.signal?.aborted) throw error;
    return post(target, request);
  }
}
