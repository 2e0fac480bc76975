import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bodyHashOf, CALLER_HEADER, createCallerCheck, createLogger, freePort, generateSigningKey, publicKeySet } from '@hub/common/light';
import { testCallers } from '@hub/testing';
import { parse } from 'graphql';
import { failedFieldPaths, SubgraphDataSource } from './subgraph-data-source';

/** A stand-in subgraph over real HTTP whose behaviour each test chooses. */
async function standIn(handle: (req: http.IncomingMessage, res: http.ServerResponse, count: number) => void) {
  let count = 0;
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => handle(req, res, (count += 1)));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}

const logger = createLogger('silent');
const signingKey = generateSigningKey();

function dataSource(url: string, timeouts = { subgraphMs: 2_000, requestMs: 10_000 }) {
  return new SubgraphDataSource('handoffs', url, signingKey, timeouts, logger);
}

function operation(query: string, deadline = AbortSignal.timeout(60_000), variables: Record<string, unknown> = {}) {
  return {
    kind: 'incoming operation',
    request: { query, variables },
    incomingRequestContext: {},
    context: { requestId: 'test-request', caller: testCallers.staff, deadline },
    document: parse(query),
  } as any;
}

const ROOT_QUERY = '{ handoff(id: "x") { id } partnerOrganisations { name } }';

describe('SubgraphDataSource', () => {
  it('answers a subgraph that hangs past SUBGRAPH_TIMEOUT_MS with TIMEOUT naming the service, at the fields it owed', async () => {
    const hang = await standIn(() => undefined);
    try {
      const result = await dataSource(hang.url, { subgraphMs: 300, requestMs: 10_000 }).process(operation(ROOT_QUERY));
      expect(result.data).toBeUndefined();
      expect(result.errors).toEqual([
        { message: 'the handoffs service did not answer within 0.3 s', path: ['handoff'], extensions: { code: 'TIMEOUT', service: 'handoffs' } },
        { message: 'the handoffs service did not answer within 0.3 s', path: ['partnerOrganisations'], extensions: { code: 'TIMEOUT', service: 'handoffs' } },
      ]);
    } finally {
      await hang.close();
    }
  });

  it('stops a fetch when the whole request passes its deadline, and says so', async () => {
    const hang = await standIn(() => undefined);
    try {
      const deadline = AbortSignal.timeout(200);
      const result = await dataSource(hang.url, { subgraphMs: 30_000, requestMs: 0.2 * 1000 }).process(operation(ROOT_QUERY, deadline));
      expect(result.errors?.[0]).toMatchObject({
        message: 'the request ran past its 0.2 s deadline before the handoffs service answered',
        extensions: { code: 'TIMEOUT', service: 'handoffs' },
      });
    } finally {
      await hang.close();
    }
  });

  it('answers a subgraph nobody listens for with SUBGRAPH_UNAVAILABLE, naming the service and never its URL', async () => {
    const url = `http://127.0.0.1:${await freePort()}/graphql`;
    const result = await dataSource(url).process(operation(ROOT_QUERY));
    expect(result.errors).toHaveLength(2);
    for (const error of result.errors!) {
      expect(error).toMatchObject({ message: 'the handoffs service is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'handoffs' } });
    }
    expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|http:/);
    // Refused: nothing was sent, so a mutation was certainly not made.
    const write = await dataSource(url).process(operation('mutation { acceptHandoff(id: "x") { id } }'));
    expect(write.errors?.[0].message).toBe('the handoffs service is unavailable');
  });

  it('treats an answer that is not GraphQL (a proxy error page) as the service being unavailable', async () => {
    const proxy = await standIn((_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>'));
    try {
      const result = await dataSource(proxy.url).process(operation(ROOT_QUERY));
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    } finally {
      await proxy.close();
    }
  });

  it("passes a subgraph's own coded errors through, whatever the HTTP status", async () => {
    const body = { errors: [{ message: 'Too complex', extensions: { code: 'QUERY_TOO_COMPLEX' } }] };
    const refusing = await standIn((_req, res) => res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify(body)));
    try {
      const result = await dataSource(refusing.url).process(operation(ROOT_QUERY));
      expect(result.errors).toEqual(body.errors);
    } finally {
      await refusing.close();
    }
  });

  it('sends a query once more when the connection is reset under it, and a mutation never', async () => {
    const resetFirst = () =>
      standIn((req, res, count) => {
        if (count === 1) req.socket.destroy();
        else res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"handoff":null}}');
      });
    const reads = await resetFirst();
    try {
      const result = await dataSource(reads.url).process(operation('{ handoff(id: "x") { id } }'));
      expect(result).toEqual({ data: { handoff: null }, errors: undefined, extensions: undefined });
      expect(reads.requests()).toBe(2);
    } finally {
      await reads.close();
    }
    const writes = await resetFirst();
    try {
      const result = await dataSource(writes.url).process(operation('mutation { acceptHandoff(id: "x") { id } }'));
      expect(result.errors?.[0]).toEqual({
        message: 'the handoffs service did not answer; the change may have been made, so check before repeating it',
        path: ['acceptHandoff'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'handoffs' },
      });
      expect(writes.requests()).toBe(1);
    } finally {
      await writes.close();
    }
  });
});

describe('failedFieldPaths', () => {
  it('names every root field of a root fetch, by alias', () => {
    expect(failedFieldPaths(parse('{ a: handoff(id: "x") { id } partnerOrganisations { name } __typename }'), {})).toEqual([['a'], ['partnerOrganisations']]);
  });

  it('names each entity field of an entity fetch, per representation', () => {
    const document = parse(
      'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Client { name n: dateOfBirth __typename } } }',
    );
    expect(failedFieldPaths(document, { representations: [{}, {}] })).toEqual([
      ['_entities', 0, 'name'],
      ['_entities', 0, 'n'],
      ['_entities', 1, 'name'],
      ['_entities', 1, 'n'],
    ]);
  });

  it('signs every attempt afresh, for this subgraph and the exact bytes it sends', async () => {
    const seen: Array<{ token: string; body: Buffer }> = [];
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        seen.push({ token: String(req.headers[CALLER_HEADER]), body: Buffer.concat(chunks) });
        // The first attempt meets a reset: the read is sent once more.
        if (seen.length === 1) req.socket.destroy();
        else res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"handoff":null}}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      await dataSource(url).process(operation('{ handoff(id: $id) { id } }', undefined, { id: 'x' }));
      expect(seen).toHaveLength(2);
      expect(seen[0].token).not.toBe(seen[1].token);
      // It lives as long as the gateway waits for the answer (SUBGRAPH_TIMEOUT_MS, 2 s here).
      const { exp, iat } = JSON.parse(Buffer.from(seen[0].token.split('.')[1], 'base64url').toString());
      expect(exp - iat).toBe(2);
      const handoffs = createCallerCheck('handoffs', { gateway: publicKeySet([signingKey]), peers: new Map() });
      for (const { token, body } of seen) {
        expect(JSON.parse(body.toString())).toMatchObject({ query: '{ handoff(id: $id) { id } }', variables: { id: 'x' } });
        expect(handoffs(token, bodyHashOf(body))).toMatchObject({ ok: true, caller: testCallers.staff });
      }
      // Neither is good for another subgraph.
      const clients = createCallerCheck('clients', { gateway: publicKeySet([signingKey]), peers: new Map() });
      expect(clients(seen[0].token, bodyHashOf(seen[0].body))).toEqual({ ok: false, reason: 'wrong audience' });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
