import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type express from 'express';
import { answerClientError } from './http-errors';

export interface ListeningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on `port` (0 picks a free one) and closes idle keep-alive sockets on stop. */
export async function listen(app: express.Express, port: number, path = '/graphql'): Promise<ListeningServer> {
  const server = http.createServer(app);
  // Malformed HTTP and oversized headers never reach Express: answer them as JSON too.
  server.on('clientError', answerClientError);
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
