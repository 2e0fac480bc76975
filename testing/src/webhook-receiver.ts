import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a webhook receiver got. */
export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface WebhookReceiver {
  server: Server;
  /** http://127.0.0.1:<port>, without a path. */
  url: string;
  received: ReceivedWebhook[];
  /** What arrived at `path` about the resource `id` (the payload's data.id), with that new status if `status` is given. */
  about(path: string, id: string, status?: string): ReceivedWebhook[];
  close(): Promise<void>;
}

/** The Standard Webhooks headers of a received request, as `new Webhook(secret).verify(body, headers)` takes them. */
export const signatureHeaders = (event: ReceivedWebhook) => ({
  'webhook-id': event.headers['webhook-id'] as string,
  'webhook-timestamp': event.headers['webhook-timestamp'] as string,
  'webhook-signature': event.headers['webhook-signature'] as string,
});

/** A webhook receiver on 127.0.0.1: `/flaky` answers 500 once, `/down` always 500, any other path 204. */
export function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let flakyFailed = false;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const fail = path === '/down' || (path === '/flaky' && !flakyFailed);
      if (path === '/flaky') flakyFailed = true;
      response.writeHead(fail ? 500 : 204).end();
    });
  });
  const about = (path: string, id: string, status?: string) =>
    received.filter((r) => {
      const { data } = JSON.parse(r.body) as { data: { id: string; status: string } };
      return r.path === path && data.id === id && (status === undefined || data.status === status);
    });
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, about, close })),
  );
}

/** Polls `probe` every 50 ms until it gives a value, failing after `timeoutMs`. */
export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
