import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type express from 'express';
import { drainOnClose } from './drain';

export interface ListeningServer {
  url: string;
  port: number;
  /** Stops taking connections; requests in flight get `graceMs` to finish (default 0: cut off). */
  close(graceMs?: number): Promise<void>;
}

/** Listens on `port` (0 picks a free one); `close` drains (see drain.ts). */
export async function listen(app: express.Express, port: number, path = '/graphql'): Promise<ListeningServer> {
  const server = http.createServer(app);
  const close = drainOnClose(server);
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
    close: (graceMs = 0) => close(graceMs),
  };
}
