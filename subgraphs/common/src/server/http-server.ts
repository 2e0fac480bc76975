import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type express from 'express';
import { SERVER_HEADERS_TIMEOUT_MS, SERVER_KEEP_ALIVE_MS, SERVER_REQUEST_TIMEOUT_MS } from './internal-http';

export interface ListeningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on `port` (0 picks a free one) and closes idle keep-alive sockets on stop. */
export async function listen(app: express.Express, port: number, path = '/graphql'): Promise<ListeningServer> {
  const server = http.createServer(app);
  // Idle sockets outlive every client agent's idle timeout (internal-http.ts), so no client sends on a closing one.
  server.keepAliveTimeout = SERVER_KEEP_ALIVE_MS;
  server.headersTimeout = SERVER_HEADERS_TIMEOUT_MS;
  server.requestTimeout = SERVER_REQUEST_TIMEOUT_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actual}${path}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
