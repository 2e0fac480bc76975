import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { isConnectionReset, neverSent, postInternal, type InternalPost } from './internal-http';

/** A real server on a free port: counts its connections and requests, answers each with `answer` (after `delayMs`). */
async function server(answer: (req: http.IncomingMessage, res: http.ServerResponse, count: number) => void, delayMs = 0) {
  const seen = { connections: 0, requests: 0, bodies: [] as string[], headers: [] as http.IncomingHttpHeaders[] };
  const sockets = new Set<Socket>();
  const srv = http.createServer((req, res) => {
    seen.requests += 1;
    const count = seen.requests;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.bodies.push(Buffer.concat(chunks).toString('utf8'));
      seen.headers.push(req.headers);
      setTimeout(() => answer(req, res, count), delayMs).unref();
    });
  });
  srv.keepAliveTimeout = 65_000;
  srv.on('connection', (socket: Socket) => {
    seen.connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/graphql`;
  return {
    url,
    seen,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => srv.close(() => resolve()));
    },
  };
}

const json = (res: http.ServerResponse, body: unknown, status = 200) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

const read = (body = '{"query":"{ a }"}', more: Partial<InternalPost> = {}): InternalPost => ({
  headers: () => ({ 'content-type': 'application/json', 'x-test': 'yes' }),
  body,
  idempotent: true,
  ...more,
});

describe('postInternal', () => {
  it('sends the body and headers, and hands back the status and the JSON answer', async () => {
    const s = await server((_req, res) => json(res, { errors: [{ message: 'no' }] }, 400));
    try {
      const body = JSON.stringify({ query: '{ é }', variables: { n: 1 } });
      const response = await postInternal(s.url, read(body));
      expect([response.status, await response.json()]).toEqual([400, { errors: [{ message: 'no' }] }]);
      expect(s.seen.bodies).toEqual([body]);
      expect([s.seen.headers[0]['x-test'], s.seen.headers[0]['content-length']]).toEqual(['yes', String(Buffer.byteLength(body))]);
    } finally {
      await s.close();
    }
  });

  it('keeps connections alive: one for calls in a row, no more than the calls in flight under load', async () => {
    const s = await server((_req, res) => json(res, { data: {} }), 2);
    try {
      for (let i = 0; i < 5; i += 1) await (await postInternal(s.url, read())).json();
      expect(s.seen.connections).toBe(1);
      // 20 callers, each posting 25 times in a row (undici's pool opened 38 sockets for this).
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          for (let i = 0; i < 25; i += 1) await postInternal(s.url, read());
        }),
      );
      expect(s.seen.requests).toBe(5 + 500);
      expect(s.seen.connections).toBeLessThanOrEqual(20);
    } finally {
      await s.close();
    }
  });

  it('sends a read that met a reset once more, and a mutation never', async () => {
    // The first request of each connection is cut off without an answer, as by a server closing a keep-alive socket.
    const s = await server((req, res, count) => (count % 2 === 1 ? req.socket.destroy() : json(res, { data: { ok: true } })));
    try {
      const answered = await postInternal(s.url, read());
      expect(await answered.json()).toEqual({ data: { ok: true } });
      expect(s.seen.requests).toBe(2);
      const error = await postInternal(s.url, read('{"query":"mutation { a }"}', { idempotent: false })).catch((e: unknown) => e);
      expect([isConnectionReset(error), neverSent(error), s.seen.requests]).toEqual([true, false, 3]);
    } finally {
      await s.close();
    }
  });

  it('knows a refused connection was never sent', async () => {
    const s = await server((_req, res) => json(res, {}));
    await s.close();
    const error = await postInternal(s.url, read('{"query":"mutation { a }"}', { idempotent: false })).catch((e: unknown) => e);
    expect([neverSent(error), isConnectionReset(error)]).toEqual([true, false]);
  });

  it('gives up when its signal aborts, answer or not', async () => {
    const s = await server((_req, res) => json(res, { data: {} }), 5_000);
    try {
      const started = Date.now();
      const error = await postInternal(s.url, read(undefined, { signal: AbortSignal.timeout(100) })).catch((e: unknown) => e);
      expect([(error as Error).name, Date.now() - started < 2_000]).toEqual(['AbortError', true]);
    } finally {
      await s.close();
    }
  });
});
