import http, { type IncomingMessage } from 'node:http';
import express from 'express';

/*
 * What the fast-path e2e suites (gateway-fast-path, subgraph-fast-path) share: which requests Express handled,
 * and each answer as raw as node's client gives it, so that two answers can be compared byte for byte.
 */

/** The media type the fast path takes, and a spelling of the same type that only Express takes (a quoted charset). */
export const FAST = 'application/json';
export const VIA_EXPRESS = 'application/json; charset="utf-8"';

export interface RawAnswer {
  status: number;
  /** Header names and values as sent, in their order, without `Date`. */
  headers: string[];
  body: string;
}

/**
 * Wraps Express's `handle` before any app exists: every Express app made afterwards (createApplication copies
 * `handle`) notes the local port of each request it handles (read at once: a closed socket has none). Call it at
 * the top of a test file, before the hub starts; `restore` in `afterAll`.
 */
export function watchExpress(): { handledOn(port: number): number; restore(): void } {
  type Handle = (this: unknown, req: IncomingMessage, ...rest: unknown[]) => void;
  const application = express.application as unknown as { handle: Handle };
  const originalHandle = application.handle;
  const handledPorts: (number | undefined)[] = [];
  application.handle = function (req, ...rest) {
    handledPorts.push(req.socket.localPort);
    return originalHandle.call(this, req, ...rest);
  };
  return {
    handledOn: (port) => handledPorts.filter((handled) => handled === port).length,
    restore: () => void (application.handle = originalHandle),
  };
}

export interface RawRequest {
  method?: string;
  /** Unset: no Content-Type header. */
  contentType?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Sent with `Transfer-Encoding: chunked` and no Content-Length. */
  chunked?: boolean;
}

/** One request on a connection of its own; the answer as received. */
export function sendRaw(url: string, { method = 'POST', contentType, body, headers = {}, chunked = false }: RawRequest): Promise<RawAnswer> {
  const framing = body === undefined ? {} : chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method, agent: false, headers: { ...(contentType ? { 'content-type': contentType } : {}), ...framing, ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const pairs: string[] = [];
          for (let i = 0; i < response.rawHeaders.length; i += 2) {
            if (response.rawHeaders[i].toLowerCase() !== 'date') pairs.push(`${response.rawHeaders[i]}: ${response.rawHeaders[i + 1]}`);
          }
          resolve({ status: response.statusCode ?? 0, headers: pairs, body: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** The log lines written since `from` for this request id, their time left out. */
export function linesOf(lines: readonly string[], from: number, requestId: string): Record<string, unknown>[] {
  return lines
    .slice(from)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.requestId === requestId)
    .map(({ time: _time, ...entry }) => entry);
}
