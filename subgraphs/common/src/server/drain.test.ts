import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { drainOnClose } from './drain';

/** A server whose responses wait until the test lets them go. */
function holdingServer() {
  const waiting: Array<() => void> = [];
  const server = http.createServer((req, res) => {
    if (req.url === '/streaming') res.flushHeaders();
    waiting.push(() => res.end('done'));
  });
  server.keepAliveTimeout = 0; // idle sockets stay until someone closes them
  const close = drainOnClose(server);
  return { server, close, waiting };
}

const listening = (server: http.Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

function get(port: number, path: string, agent: http.Agent) {
  return new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, body }));
      })
      .on('error', reject);
  });
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((r) => setTimeout(r, 10));
}

describe('draining an HTTP server', () => {
  it('answers the request in flight with Connection: close, drops idle keep-alive sockets at once and takes no new connection', async () => {
    const { server, close, waiting } = holdingServer();
    const port = await listening(server);
    const agent = new http.Agent({ keepAlive: true });
    // One keep-alive socket left idle, one request held in flight.
    const idle = get(port, '/first', agent);
    await until(() => waiting.length === 1);
    waiting.shift()!();
    expect((await idle).connection).toBe('keep-alive');
    const inFlight = get(port, '/held', new http.Agent({ keepAlive: true }));
    await until(() => waiting.length === 1);

    const closed = close(60_000);
    await expect(get(port, '/new', new http.Agent())).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    waiting.shift()!();
    expect(await inFlight).toEqual({ status: 200, connection: 'close', body: 'done' });
    await closed; // resolves once no socket is left: the idle one was dropped, not kept for 60 s
    agent.destroy();
  });

  it('drops a socket whose response had already sent its headers once that response ends', async () => {
    const { server, close, waiting } = holdingServer();
    const port = await listening(server);
    const streaming = get(port, '/streaming', new http.Agent({ keepAlive: true }));
    await until(() => waiting.length === 1);
    const closed = close(60_000);
    waiting.shift()!();
    expect(await streaming).toMatchObject({ status: 200, connection: 'keep-alive', body: 'done' });
    await closed;
  });

  it('cuts off what is still running when the grace period ends', async () => {
    const { server, close, waiting } = holdingServer();
    const port = await listening(server);
    const stuck = get(port, '/held', new http.Agent());
    await until(() => waiting.length === 1);
    await close(50);
    await expect(stuck).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});
