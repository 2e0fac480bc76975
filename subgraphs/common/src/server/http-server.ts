import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SERVER_HEADERS_TIMEOUT_MS, SERVER_KEEP_ALIVE_MS, SERVER_REQUEST_TIMEOUT_MS } from './internal-http';
import { drainOnClose } from './drain';
import { answerClientError } from './http-errors';

export interface ListeningServer {
  url: string;
  port: number;
  /** The address bound (e.g. 127.0.0.1, or :: for every interface). */
  address: string;
  /** Stops taking connections; requests in flight get `graceMs` to finish (default 0: cut off). */
  close(graceMs?: number): Promise<void>;
}

/** Listens on `port` (0 picks a free one) of `host` (unset: every interface) with `app` (an Express app, or a handler in front of one); `close` drains (see drain.ts). */
export async function listen(app: http.RequestListener, port: number, path = '/graphql', host?: string): Promise<ListeningServer> {
  const server = http.createServer(app);
  // Idle sockets outlive every client agent's idle timeout (internal-http.ts), so no client sends on a closing one.
  server.keepAliveTimeout = SERVER_KEEP_ALIVE_MS;
  server.headersTimeout = SERVER_HEADERS_TIMEOUT_MS;
  server.requestTimeout = SERVER_REQUEST_TIMEOUT_MS;
  const close = drainOnClose(server);
  // Malformed HTTP and oversized headers never reach Express: answer them as JSON too.
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: actual, address } = server.address() as AddressInfo;
  return {
    url: `http://${!host ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${actual}${path}`,
    port: actual,
    address,
    close: (graceMs = 0) => close(graceMs),
  };
}
