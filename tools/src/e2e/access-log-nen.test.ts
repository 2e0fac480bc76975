import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { auditKeyOf, CALLER_HEADER, createLogger, DEMO_PARTNERS, RECORD_CLIENT_PATH, signCallerToken } from '@hub/common';
import { createDeniedAttemptLog, createRecordClientLookup, readSupergraph, supergraphSchema } from '@hub/gateway';
import { postGraphQL, testCallers } from '@hub/testing';
import { parse, type OperationDefinitionNode } from 'graphql';
import { startTestStack, type TestStack } from '../testing/test-stack';

const run = promisify(execFile);
const TOKEN_CLI = path.resolve(__dirname, '../cli/token.js');

const ENTRY = `occurredAt action outcome clientIds userId onBehalfOf applicationId sourceAddress objects consentIds emergency fields sourceService requestId`;
const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { ${ENTRY} } }`;
const GGZ = testCallers.partner(0);

/**
 * A complete NEN 7513 line (docs/access-log.md, "What is logged"): who acted for whom through which
 * application and from where, the records touched or refused, the consents that allowed a partner's read,
 * also for attempts the gateway refuses. Through the gateway, over real HTTP and PostgreSQL.
 */
describe('access log: complete NEN 7513 lines', () => {
  let hub: TestStack;

  beforeAll(async () => {
    // The test's requests reach the gateway from 127.0.0.1: as if a reverse proxy there delivered them.
    hub = await startTestStack({ trustedProxies: ['127.0.0.1'] });
  });
  afterAll(async () => {
    await hub?.drop();
  });

  /** Sends as the holder of `token`, under a request id of the test's own, and returns that request's entries about `clientId`. */
  const send = async (token: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const requestId = `nen-${randomUUID()}`;
    const response = await postGraphQL(hub.gatewayUrl, query, variables, { authorization: `Bearer ${token}`, 'x-request-id': requestId, ...headers });
    return { response, requestId };
  };
  const entriesOf = async (clientId: string, requestId: string) => {
    const log = await hub.as(testCallers.auditor).query(LOG, { id: clientId });
    expect(log.errors).toBeUndefined();
    return (log.data.accessLog as Array<Record<string, any>>).filter((entry) => entry.requestId === requestId);
  };
  /** A handoff as staff see it: its id, partner and client. */
  const handoffs = async () => {
    const { data, errors } = await hub.query(`{ handoffs(first: 100) { edges { node { id partner { id } client { id } } } } }`);
    expect(errors).toBeUndefined();
    return data.handoffs.edges.map((e: any) => ({ id: e.node.id as string, partnerId: e.node.partner.id as string, clientId: e.node.client.id as string }));
  };

  it('names the user who acted, the responsible user it acted for, the application and the source address (npm run token --act --azp)', async () => {
    const env = { ...process.env, DEV_KEY_DIR: hub.stack.config.auth.devKeyDir, HUB_MODE: 'development' };
    const token = (
      await run(process.execPath, [TOKEN_CLI, 'staff', '--user', 'staff-responsible', '--act', 'assistant-3', '--azp', 'kadera-portal'], { env })
    ).stdout.trim();
    const [handoff] = await handoffs();
    const { response, requestId } = await send(
      token,
      `query ($id: UUID!) { handoff(id: $id) { status client { id name } } }`,
      { id: handoff.id },
      {
        // Delivered by the trusted proxy (127.0.0.1); the caller's own entry to the left is never reached.
        'x-forwarded-for': '192.0.2.66, 198.51.100.23',
      },
    );
    expect(response.errors).toBeUndefined();
    const entries = await entriesOf(handoff.clientId, requestId);
    expect(entries.map((e) => e.sourceService).sort()).toEqual(['clients', 'handoffs']);
    for (const entry of entries) {
      expect(entry).toMatchObject({ userId: 'assistant-3', onBehalfOf: 'staff-responsible', applicationId: 'kadera-portal', sourceAddress: '198.51.100.23' });
    }
  });

  it('an actor or application that cannot go into the log is refused: by npm run token, and by the gateway (401)', async () => {
    const env = { ...process.env, DEV_KEY_DIR: hub.stack.config.auth.devKeyDir, HUB_MODE: 'development' };
    await expect(run(process.execPath, [TOKEN_CLI, 'staff', '--act', 'bob,"=1'], { env })).rejects.toMatchObject({ code: 2 });
    for (const caller of [
      { ...testCallers.staff, userId: 'bob,"=1', onBehalfOf: 'staff-1' },
      { ...testCallers.staff, applicationId: `portal\r\n${'x'.repeat(200)}` },
    ]) {
      const refused = await hub.as(caller).query(`{ __typename }`);
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('lists the records served as Type:id', async () => {
    const [handoff] = await handoffs();
    const { response, requestId } = await send(
      await hub.as(testCallers.staff).token(),
      `query ($id: UUID!) { handoff(id: $id) { status client { id name } } }`,
      {
        id: handoff.id,
      },
    );
    expect(response.errors).toBeUndefined();
    const entries = await entriesOf(handoff.clientId, requestId);
    expect(entries.find((e) => e.sourceService === 'handoffs')?.objects).toEqual([`Handoff:${handoff.id}`]);
    expect(entries.find((e) => e.sourceService === 'clients')?.objects).toEqual([`Client:${handoff.clientId}`]);
    // Without a proxy header the source is the connection's own address.
    expect(entries[0].sourceAddress).toBe('127.0.0.1');
  });

  it("a partner's read of consented fields names the consents that allowed it", async () => {
    const own = (await handoffs()).filter((h: { partnerId: string }) => h.partnerId === DEMO_PARTNERS[0].id);
    const sql = (query: string, params: unknown[]) => hub.stack.subgraphs.clients!.server.orm.em.fork().getConnection().execute(query, params);
    // The consents the database holds for that client, organisation and category: the oracle, read apart from the code under test.
    const consentsOf = async (clientId: string) =>
      (
        (await sql(
          `select id from clients.consent where client_id = ? and partner_organisation_id = ? and 'IDENTITY' = any(categories)
             and withdrawn_at is null and valid_from <= current_date and valid_until >= current_date order by id`,
          [clientId, DEMO_PARTNERS[0].id],
        )) as Array<{ id: string }>
      ).map((row) => row.id);
    let checked = 0;
    for (const handoff of own) {
      const consents = await consentsOf(handoff.clientId);
      if (consents.length === 0) continue;
      const { response, requestId } = await send(await hub.as(GGZ).token(), `query ($id: UUID!) { handoff(id: $id) { client { id name } } }`, {
        id: handoff.id,
      });
      expect(response.errors).toBeUndefined();
      expect(typeof response.data.handoff.client.name).toBe('string');
      const fromClients = (await entriesOf(handoff.clientId, requestId)).find((e) => e.sourceService === 'clients');
      expect(fromClients).toMatchObject({ outcome: 'ALLOWED', fields: expect.arrayContaining(['Client.name']), consentIds: consents });
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });

  describe("a GGZ partner's refused request for another organisation's handoff lands in that client's log", () => {
    const othersHandoff = async () => (await handoffs()).find((h: { partnerId: string }) => h.partnerId !== DEMO_PARTNERS[0].id)!;

    it('refused at the gateway (a field its role may not select): the gateway asks the handoffs subgraph for the client', async () => {
      const handoff = await othersHandoff();
      const { response, requestId } = await send(await hub.as(GGZ).token(), `query ($id: UUID!) { handoff(id: $id) { status municipalityCode } }`, {
        id: handoff.id,
      });
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await entriesOf(handoff.clientId, requestId)).toEqual([
        expect.objectContaining({
          outcome: 'DENIED',
          sourceService: 'gateway',
          clientIds: [handoff.clientId],
          objects: [`Handoff:${handoff.id}`],
          fields: ['Handoff.municipalityCode'],
          userId: GGZ.userId,
          sourceAddress: '127.0.0.1',
        }),
      ]);
    });

    it('refused by the row rule in the subgraph (answered as if it did not exist)', async () => {
      const handoff = await othersHandoff();
      const { response, requestId } = await send(await hub.as(GGZ).token(), `query ($id: UUID!) { handoff(id: $id) { status } }`, { id: handoff.id });
      expect(response.data?.handoff ?? null).toBeNull();
      expect(await entriesOf(handoff.clientId, requestId)).toEqual([
        expect.objectContaining({ outcome: 'DENIED', sourceService: 'handoffs', clientIds: [handoff.clientId], objects: [`Handoff:${handoff.id}`] }),
      ]);
    });

    it('a lookup that fails still leaves the entry, with what the operation names (fail closed)', async () => {
      const { config } = hub.stack;
      const logger = createLogger('silent', 'test');
      const handoff = await othersHandoff();
      // Every subgraph unreachable: the lookup cannot answer.
      const down = Object.fromEntries(Object.keys(hub.stack.subgraphs).map((name) => [name, 'http://127.0.0.1:1/graphql'])) as never;
      const supergraph = supergraphSchema(readSupergraph());
      const lookup = createRecordClientLookup({ supergraph, subgraphUrls: down, signingKey: hub.stack.internalKeys.gateway!, logger });
      const denied = createDeniedAttemptLog(hub.databaseUrl, auditKeyOf(config), logger, config.database, lookup);
      const requestId = `nen-${randomUUID()}`;
      const document = parse(`query ($c: UUID!, $id: UUID!) { client(id: $c) { name } handoff(id: $id) { municipalityCode } }`);
      try {
        await denied.log({
          caller: { ...GGZ, sourceAddress: '203.0.113.5' },
          requestId,
          document,
          operation: document.definitions[0] as OperationDefinitionNode,
          schema: supergraph,
          variables: { c: handoff.clientId, id: handoff.id },
          denied: [{ field: 'Handoff.municipalityCode', path: 'handoff.municipalityCode' }],
        });
      } finally {
        await denied.close();
      }
      expect(await entriesOf(handoff.clientId, requestId)).toEqual([
        expect.objectContaining({ outcome: 'DENIED', sourceService: 'gateway', clientIds: [handoff.clientId], objects: [], sourceAddress: '203.0.113.5' }),
      ]);
    });
  });

  describe('the record lookup is for the gateway only', () => {
    const question = JSON.stringify({ field: 'handoff', args: { id: randomUUID() } });
    const post = (url: string, headers: Record<string, string>) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: question });

    it('the gateway does not serve it', async () => {
      const response = await post(new URL(RECORD_CLIENT_PATH, hub.gatewayUrl).toString(), {
        authorization: `Bearer ${await hub.as(testCallers.staff).token()}`,
      });
      expect(response.status).toBe(404);
    });

    it('the subgraph refuses a caller without the gateway signed caller token for that body, whatever else it sends', async () => {
      const url = new URL(RECORD_CLIENT_PATH, hub.stack.subgraphs.handoffs!.url).toString();
      const bearer = await hub.as(testCallers.staff).token();
      const attempts: Array<Record<string, string>> = [{}, { authorization: `Bearer ${bearer}` }, { [CALLER_HEADER]: bearer }];
      for (const headers of attempts) {
        const response = await post(url, headers);
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({ errors: [{ message: 'requests must come through the gateway', extensions: { code: 'UNAUTHENTICATED' } }] });
      }
      // A caller token the gateway signed for another body (a GraphQL request) does not open it either.
      const forOther = signCallerToken(testCallers.staff, { audience: 'handoffs', body: '{"query":"{ __typename }"}' }, hub.stack.internalKeys.gateway!);
      expect((await post(url, { [CALLER_HEADER]: forOther })).status).toBe(401);
    });

    it('answers the gateway: the record and its client', async () => {
      const [handoff] = await handoffs();
      const url = new URL(RECORD_CLIENT_PATH, hub.stack.subgraphs.handoffs!.url).toString();
      const body = JSON.stringify({ field: 'handoff', args: { id: handoff.id } });
      const token = signCallerToken(testCallers.staff, { audience: 'handoffs', body }, hub.stack.internalKeys.gateway!);
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [CALLER_HEADER]: token }, body });
      expect(await response.json()).toEqual({ clientId: handoff.clientId, object: `Handoff:${handoff.id}` });
    });
  });
});
