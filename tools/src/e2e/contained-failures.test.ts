import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { auditKeyOf, createLogger, createSubgraphServer, publicKeySet, type SubgraphServer } from '@hub/common';
import { testCallers } from '@hub/testing';
import { SUBGRAPHS } from '@hub/schema';
import { startTestStack, testConfig, type TestStack } from '../testing/test-stack';

/**
 * Issue 8: a subgraph that is down or hangs costs only its own fields. The
 * other subgraphs' fields arrive with data; the dead one's carry a named error
 * (never a bare null a partner could read as "no consent", never a URL).
 */
const ACROSS_SUBGRAPHS = `{
  shelterCapacity { type capacity }
  handoffs(first: 3) { edges { node { id status client { name } } } }
}`;

describe('a subgraph that is down', () => {
  let hub: TestStack;
  let restarted: SubgraphServer | undefined;

  beforeAll(async () => {
    hub = await startTestStack({ rateLimitScale: 1000 });
  });
  afterAll(async () => {
    await restarted?.stop();
    await hub?.drop();
  });

  it('costs only its own fields, named SUBGRAPH_UNAVAILABLE at their paths, and is answered again once it is back', async () => {
    const staff = hub.as(testCallers.staff);
    const clients = hub.stack.subgraphs.clients!;
    const port = Number(new URL(clients.url).port);
    await clients.server.stop();

    const down = await staff.query(ACROSS_SUBGRAPHS);
    expect(down.status).toBe(200);
    expect(down.data.shelterCapacity).toHaveLength(7);
    const handoffs = down.data.handoffs.edges;
    expect(handoffs.length).toBeGreaterThan(0);
    for (const { node } of handoffs) {
      expect(node.id).toEqual(expect.any(String));
      expect(node.client).toEqual({ name: null });
    }
    expect(down.errors).toHaveLength(handoffs.length);
    down.errors!.forEach((error, index) => {
      expect(error.message).toBe('the clients service is unavailable');
      expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', service: 'clients' });
      expect(error.path).toEqual(['handoffs', 'edges', index, 'node', 'client', 'name']);
    });
    expect(down.text).not.toMatch(/localhost|127\.0\.0\.1|http:|ECONNREFUSED/);

    const rootField = await staff.query(`{ shelterCapacity { type } client(id: "00000000-0000-4000-8000-000000000000") { name } }`);
    expect(rootField.data.shelterCapacity).toHaveLength(7);
    expect(rootField.data.client).toBeNull();
    expect(rootField.errors).toEqual([
      {
        message: 'the clients service is unavailable',
        path: ['client'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'clients', serviceName: 'clients' },
      },
    ]);

    // The same subgraph back on the same port: the gateway's next request reaches it.
    restarted = await createSubgraphServer(
      SUBGRAPHS.find((d) => d.name === 'clients')!,
      {
        databaseUrl: hub.databaseUrl,
        logger: createLogger('silent'),
        seedDemoData: false,
        peers: Object.fromEntries(Object.entries(hub.stack.subgraphs).map(([name, s]) => [name, s.url])),
        // The same keys the rest of this process holds, as a restarted container would be given them.
        internalKeys: {
          signing: hub.stack.internalKeys.subgraphs.clients!,
          gateway: publicKeySet([hub.stack.internalKeys.gateway!]),
          peers: publicKeySet(Object.values(hub.stack.internalKeys.subgraphs)),
        },
        audit: { ...hub.stack.config.audit, key: auditKeyOf(hub.stack.config) },
      },
    );
    await restarted.listen(port, '127.0.0.1');
    const back = await staff.query(ACROSS_SUBGRAPHS);
    expect(back.errors).toBeUndefined();
    for (const { node } of back.data.handoffs.edges) expect(node.client.name).toEqual(expect.any(String));
  });
});

describe('a subgraph that hangs', () => {
  let hub: TestStack;
  const sockets = new Set<Socket>();
  // Accepts the request and never answers.
  const hanging = http.createServer(() => undefined);
  hanging.on('connection', (socket) => sockets.add(socket));

  beforeAll(async () => {
    await new Promise<void>((resolve) => hanging.listen(0, resolve));
    const handoffsUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/graphql`;
    const base = testConfig('postgres://unused');
    hub = await startTestStack({
      rateLimitScale: 1000,
      services: ['clients', 'placements', 'referrals', 'gateway'],
      subgraphUrls: { ...base.subgraphUrls, handoffs: handoffsUrl },
      timeouts: { subgraphMs: 1_000, requestMs: 15_000 },
    });
  });
  afterAll(async () => {
    await hub?.drop();
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => hanging.close(resolve));
  });

  // The hanging stand-in never answers: only the deadline can end this request.
  it('gives TIMEOUT naming the service after SUBGRAPH_TIMEOUT_MS, while the other subgraphs answer', async () => {
    const response = await hub.query(`{ shelterCapacity { type } handoff(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(response.data.shelterCapacity).toHaveLength(7);
    expect(response.data.handoff).toBeNull();
    expect(response.errors).toEqual([
      {
        message: 'the handoffs service did not answer within 1 s',
        path: ['handoff'],
        extensions: { code: 'TIMEOUT', service: 'handoffs', serviceName: 'handoffs' },
      },
    ]);
  });
});
