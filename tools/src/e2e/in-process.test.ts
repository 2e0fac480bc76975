import { randomUUID } from 'node:crypto';
import {
  auditKeyOf,
  CALLER_HEADER,
  createLogger,
  createShutdownState,
  createSubgraphServer,
  DEFAULT_BODY_LIMIT_BYTES,
  freePort,
  generateHubKeys,
  signCallerToken,
  SUBGRAPH_NAMES,
  subgraphKeysOf,
  type InProcessFetch,
  type SubgraphName,
  type SubgraphServer,
} from '@hub/common';
import { startGateway, type RunningGateway } from '@hub/gateway';
import { createTestDatabase, lockTable, postGraphQL, startTestSubgraphs, testCallers, type TestDatabase, type TestSubgraphs } from '@hub/testing';
import { SUBGRAPHS } from '@hub/schema';
import { Client } from 'pg';
import { testConfig } from '../testing/test-stack';
import { tokenFor } from '../testing/tokens-for-tests';

/**
 * HUB_IN_PROCESS_SUBGRAPHS: the gateway hands its fetches to the subgraphs of its own process.
 * Here the subgraphs never listen and the gateway's URLs for them lead to a port nobody listens on,
 * so every answer below came in process, through the subgraphs' own checks and access log.
 */
const ACROSS_SUBGRAPHS = `{
  shelterCapacity { type capacity }
  handoffs(first: 3) { edges { node { id status client { name } } } }
}`;

describe('subgraphs in the gateway’s process, without HTTP', () => {
  let database: TestDatabase;
  let gateway: RunningGateway;
  const servers: Partial<Record<SubgraphName, SubgraphServer>> = {};
  let query: (text: string, requestId?: string) => ReturnType<typeof postGraphQL<any>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig(database.url, { timeouts: { subgraphMs: 2_000, requestMs: 15_000 } });
    const logger = createLogger(process.env.TEST_LOG_LEVEL || 'silent', 'test');
    const keys = generateHubKeys(SUBGRAPH_NAMES);
    const shutdown = createShutdownState();
    const inProcess: Partial<Record<SubgraphName, InProcessFetch>> = {};
    for (const definition of SUBGRAPHS) {
      const server = await createSubgraphServer(definition, {
        databaseUrl: database.url,
        logger,
        seedDemoData: true,
        internalKeys: subgraphKeysOf(keys, definition.name),
        shutdown,
        audit: { ...config.audit, key: auditKeyOf(config) },
      });
      servers[definition.name] = server;
      inProcess[definition.name] = server.fetchInProcess;
    }
    const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
    const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, nowhere])) as Record<SubgraphName, string>;
    gateway = await startGateway({ config, logger, subgraphUrls, inProcess, signingKey: keys.gateway, databaseUrl: database.url, shutdown });
    const keyOptions = { keyDir: config.auth.devKeyDir, issuer: config.auth.issuer, audience: config.auth.audience };
    query = async (text, requestId = randomUUID()) =>
      postGraphQL(gateway.url, text, undefined, { authorization: `Bearer ${await tokenFor(testCallers.staff, keyOptions)}`, 'x-request-id': requestId });
  });
  afterAll(async () => {
    await gateway?.stop();
    for (const server of Object.values(servers)) await server.stop();
    await database?.drop();
  });

  it('answers a query across subgraphs, and the access log holds what it served of clients under the request id', async () => {
    const requestId = randomUUID();
    const response = await query(ACROSS_SUBGRAPHS, requestId);
    expect(response.errors).toBeUndefined();
    expect(response.data.shelterCapacity).toHaveLength(7);
    const edges = response.data.handoffs.edges;
    expect(edges.length).toBeGreaterThan(0);
    for (const { node } of edges) expect(node.client.name).toEqual(expect.any(String));

    const sql = new Client({ connectionString: database.url });
    await sql.connect();
    try {
      const { rows } = await sql.query(`select source_service, outcome from audit.access_log where request_id = $1`, [requestId]);
      expect(rows).toEqual(expect.arrayContaining([{ source_service: 'clients', outcome: expect.any(String) }]));
    } finally {
      await sql.end();
    }
  });

  it('answers a subgraph that hangs in process with TIMEOUT at the fields it owed, while the others answer', async () => {
    const lock = await lockTable(database.url, 'handoffs.handoff');
    try {
      const response = await query(`{ shelterCapacity { type } handoff(id: "00000000-0000-4000-8000-000000000000") { id } }`);
      expect(response.data.shelterCapacity).toHaveLength(7);
      expect(response.data.handoff).toBeNull();
      expect(response.errors).toEqual([
        {
          message: 'the handoffs service did not answer within 2 s',
          path: ['handoff'],
          extensions: { code: 'TIMEOUT', service: 'handoffs', serviceName: 'handoffs' },
        },
      ]);
    } finally {
      await lock.release();
    }
  });

  it('names a subgraph of the process that has stopped SUBGRAPH_UNAVAILABLE at its fields (its URL answers nothing either)', async () => {
    await servers.clients!.stop();
    delete servers.clients;
    const response = await query(ACROSS_SUBGRAPHS);
    expect(response.data.shelterCapacity).toHaveLength(7);
    const edges = response.data.handoffs.edges;
    expect(edges.length).toBeGreaterThan(0);
    expect(response.errors).toHaveLength(edges.length);
    response.errors!.forEach((error, index) => {
      expect(error.message).toBe('the clients service is unavailable');
      expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', service: 'clients' });
      expect(error.path).toEqual(['handoffs', 'edges', index, 'node', 'client', 'name']);
    });
    expect(response.text).not.toMatch(/localhost|127\.0\.0\.1|http:|ECONNREFUSED|HUB_SERVICE_STOPPED/);
  });
});

describe('a subgraph’s in-process entry makes every check its HTTP path makes', () => {
  let subgraphs: TestSubgraphs;
  const SHELTER = JSON.stringify({ query: '{ shelterCapacity { type } }' });
  const call = (body: string, token?: string) =>
    subgraphs.servers.placements!.fetchInProcess({
      headers: () => ({ 'content-type': 'application/json', ...(token ? { [CALLER_HEADER]: token } : {}) }),
      body,
      idempotent: true,
    });
  const sign = (body: string) => signCallerToken(testCallers.shelter, { audience: 'placements', body }, subgraphs.internalKeys.gateway);
  const codesOf = async (response: { json(): Promise<unknown> }) =>
    ((await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.map((e) => e.extensions?.code);

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs(SUBGRAPHS.filter((d) => d.name === 'placements'));
  });
  afterAll(async () => {
    await subgraphs?.stop();
  });

  it('answers a request with a token for this subgraph and this very body, once', async () => {
    const token = sign(SHELTER);
    const answered = await call(SHELTER, token);
    expect(answered.status).toBe(200);
    expect(((await answered.json()) as { data: { shelterCapacity: unknown[] } }).data.shelterCapacity).toHaveLength(7);
    // Taken once: the same token again is a replay.
    expect(await codesOf(await call(SHELTER, token))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a request without a token, or with one for other bytes', async () => {
    expect(await codesOf(await call(SHELTER))).toEqual(['UNAUTHENTICATED']);
    expect(await codesOf(await call(SHELTER, sign(JSON.stringify({ query: '{ shelterCapacity { capacity } }' }))))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a body over the subgraph’s limit and a NUL in a string, as its HTTP path does', async () => {
    const big = JSON.stringify({ query: '{ shelterCapacity { type } }', variables: { padding: 'x'.repeat(DEFAULT_BODY_LIMIT_BYTES.subgraph) } });
    const tooLarge = await call(big, sign(big));
    expect(tooLarge.status).toBe(413);
    expect(await codesOf(tooLarge)).toEqual(['PAYLOAD_TOO_LARGE']);
    const nul = JSON.stringify({ query: '{ shelterCapacity { type } }', variables: { note: 'a\u0000b' } });
    const refused = await call(nul, sign(nul));
    expect(refused.status).toBe(400);
    expect(await codesOf(refused)).toEqual(['BAD_USER_INPUT']);
  });
});
