import { CALLER_HEADER, DEMO_CLIENTS, signCallerToken, signPeerToken, SUBGRAPH_NAMES, type SubgraphName } from '@hub/common';
import { testCallers } from '@hub/testing';
import { seedClientEverywhere } from '../testing/client-seed';
import { startTestStack, type TestStack } from '../testing/test-stack';

const EXPORT = `mutation ($id: UUID!, $reason: String!) { exportClientData(clientId: $id, reason: $reason) }`;
const CLIENT = 'query ($id: UUID!) { client(id: $id) { id municipalityCode } }';
const COVERAGE = 'query ($c: UUID!, $p: UUID!) { consentCoverage(clientId: $c, partnerOrganisationId: $p, categories: [IDENTITY]) { covered } }';
const CLIENT_LIST = '{ clients { id name } }';
const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { id name } } }';

interface Answer {
  status: number;
  data?: any;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * Each subgraph with a peer listener (`<NAME>_PEER_PORT`): the main port serves only the gateway, the peer port only
 * the calls the other subgraphs make (peer-calls.ts), so a NetworkPolicy can admit only the gateway to a subgraph's API.
 */
describe('subgraphs with a peer port', () => {
  let hub: TestStack;
  const anna = DEMO_CLIENTS[0];

  beforeAll(async () => {
    const peerPorts = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 0])) as Record<SubgraphName, number>;
    hub = await startTestStack({ peerPorts });
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const gatewayKey = () => hub.stack.internalKeys.gateway!;
  const subgraphKey = (name: SubgraphName) => hub.stack.internalKeys.subgraphs[name]!;
  const post = async (url: string, body: string, token?: string): Promise<Answer> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { [CALLER_HEADER]: token } : {}) },
      body,
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
  };
  /** A call `from` makes of `to` for staff, as the gateway signed `from`'s request and `from` passes it on. */
  const peerCall = (from: SubgraphName, to: SubgraphName, query: string, variables: Record<string, unknown> = {}, url = hub.stack.subgraphs[to]!.peerUrl) => {
    const body = JSON.stringify({ query, variables });
    const fromGateway = signCallerToken(testCallers.staff, { audience: from, body: JSON.stringify({ query: '{ __typename }' }) }, gatewayKey());
    return post(url, body, signPeerToken(fromGateway, from, { audience: to, body }, subgraphKey(from)));
  };
  const gatewayCall = (to: SubgraphName, query: string, variables: Record<string, unknown> = {}, url = hub.stack.subgraphs[to]!.url) => {
    const body = JSON.stringify({ query, variables });
    return post(url, body, signCallerToken(testCallers.staff, { audience: to, body }, gatewayKey()));
  };
  const expectRefused = (answer: Answer, status: number, code: string) => {
    expect(answer.status).toBe(status);
    expect(answer.errors?.[0]?.extensions?.code).toBe(code);
    expect(answer.data ?? null).toBeNull();
    expect(JSON.stringify(answer)).not.toContain(anna.name);
  };

  it('listens on a port of its own for its peers', () => {
    for (const name of SUBGRAPH_NAMES) {
      const { url, peerUrl } = hub.stack.subgraphs[name]!;
      expect(new URL(peerUrl).port).not.toBe(new URL(url).port);
    }
  });

  it('serves every peer call through the peer ports: a client seeded in all four subgraphs, then exported from all four', async () => {
    // Placements, referrals and handoffs ask clients (the client, the consent's coverage) as they record her.
    const seeded = await seedClientEverywhere(hub, 'Peerxq', 'PEER-XQ-0001');
    // Clients asks the three others for their parts.
    const answer = await hub.query(EXPORT, { id: seeded.clientId, reason: 'Request of the client by letter' });
    expect(answer.errors).toBeUndefined();
    const { placements, referrals, handoffs } = answer.data.exportClientData.sections;
    expect(placements.alarmDeployments).toEqual([expect.objectContaining({ deviceSerial: 'PEER-XQ-0001' })]);
    expect(referrals.referrals).toHaveLength(1);
    expect(handoffs.handoffs.length).toBeGreaterThan(0);
  });

  it('answers on the peer port a declared call from a subgraph that makes it', async () => {
    const answer = await peerCall('handoffs', 'clients', CLIENT, { id: anna.id });
    expect(answer.status).toBe(200);
    expect(answer.data.client).toEqual({ id: anna.id, municipalityCode: anna.municipalityCode });
  });

  it('refuses on the peer port a GraphQL query that is not a peer call, with a JSON 404, whoever signed it', async () => {
    expectRefused(await peerCall('handoffs', 'clients', CLIENT_LIST), 404, 'NOT_FOUND');
    expectRefused(await peerCall('handoffs', 'clients', ENTITIES, { r: [{ __typename: 'Client', id: anna.id }] }), 404, 'NOT_FOUND');
    // A declared field beside an undeclared one is no peer call either.
    expectRefused(
      await peerCall('handoffs', 'clients', `query ($id: UUID!) { client(id: $id) { id } clients { id name } }`, { id: anna.id }),
      404,
      'NOT_FOUND',
    );
    const body = JSON.stringify({ query: CLIENT_LIST });
    expectRefused(
      await post(hub.stack.subgraphs.clients!.peerUrl, body, signCallerToken(testCallers.staff, { audience: 'clients', body }, gatewayKey())),
      404,
      'NOT_FOUND',
    );
    expectRefused(await post(hub.stack.subgraphs.clients!.peerUrl, body), 404, 'NOT_FOUND');
  });

  it('refuses on the peer port a declared call from a subgraph that does not make it, and the gateway', async () => {
    // Only handoffs asks clients for the consent's coverage; placements never does.
    expectRefused(await peerCall('placements', 'clients', COVERAGE, { c: anna.id, p: anna.id }), 401, 'UNAUTHENTICATED');
    expectRefused(await gatewayCall('clients', CLIENT, { id: anna.id }, hub.stack.subgraphs.clients!.peerUrl), 401, 'UNAUTHENTICATED');
  });

  it('has nothing but /graphql on the peer port', async () => {
    const response = await fetch(new URL('/health', hub.stack.subgraphs.clients!.peerUrl));
    expect(response.status).toBe(404);
    expect(((await response.json()) as Answer).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a peer token on the main port, which answers the gateway', async () => {
    expectRefused(await peerCall('handoffs', 'clients', CLIENT, { id: anna.id }, hub.stack.subgraphs.clients!.url), 401, 'UNAUTHENTICATED');
    const fromGateway = await gatewayCall('clients', CLIENT, { id: anna.id });
    expect(fromGateway.status).toBe(200);
    expect(fromGateway.data.client.id).toBe(anna.id);
  });
});
