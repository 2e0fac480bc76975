import os from 'node:os';
import { CALLER_HEADER, createLogger, DEMO_CLIENTS, signCallerToken, signPeerToken, type SubgraphName } from '@hub/common';
import { testCallers } from '@hub/testing';
import { startStack } from '../stack';
import { startTestStack, type TestStack } from '../testing/test-stack';

/** What a captured caller token is worth: one request, to one subgraph, for a few seconds (issue 9). */
describe('the caller token between gateway and subgraphs', () => {
  let hub: TestStack;
  const lines: string[] = [];
  const QUERY = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { id name } } }';
  const variables = { r: [{ __typename: 'Client', id: DEMO_CLIENTS[0].id }] };
  const body = JSON.stringify({ query: QUERY, variables });
  const other = JSON.stringify({ query: QUERY, variables: { r: [{ __typename: 'Client', id: DEMO_CLIENTS[1].id }] } });

  beforeAll(async () => {
    hub = await startTestStack({}, undefined, { level: 'info', destination: { write: (line) => lines.push(line) } });
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const gatewayKey = () => hub.stack.internalKeys.gateway!;
  const subgraphKey = (name: SubgraphName) => hub.stack.internalKeys.subgraphs[name]!;
  /** Posts these exact bytes to a subgraph with this caller token. */
  const send = async (name: SubgraphName, token: string, bytes = body) => {
    const response = await fetch(hub.stack.subgraphs[name]!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CALLER_HEADER]: token },
      body: bytes,
    });
    return { status: response.status, ...((await response.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> }) };
  };
  const expectRefused = (answer: Awaited<ReturnType<typeof send>>) => {
    expect(answer.status).toBe(401);
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.data ?? null).toBeNull();
  };
  const refusals = () => lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'caller token refused');

  it('answers the request it was signed for, once', async () => {
    const token = signCallerToken(testCallers.staff, { audience: 'clients', body }, gatewayKey());
    const answer = await send('clients', token);
    expect(answer.status).toBe(200);
    expect(answer.data._entities).toEqual([{ id: DEMO_CLIENTS[0].id, name: DEMO_CLIENTS[0].name }]);
    // Captured and sent again, the very same request: refused, its id was taken.
    expectRefused(await send('clients', token));
    expect(refusals().at(-1)).toMatchObject({ reason: 'replayed' });
  });

  it('refuses a captured token replayed with another body', async () => {
    const token = signCallerToken(testCallers.staff, { audience: 'clients', body }, gatewayKey());
    expectRefused(await send('clients', token, other));
    expect(refusals().at(-1)).toMatchObject({ reason: 'body mismatch' });
    // The same JSON with one byte of whitespace more is another body as well.
    expectRefused(await send('clients', token, `${body} `));
  });

  it('refuses a captured token sent to another subgraph', async () => {
    const placements = JSON.stringify({ query: '{ shelterCapacity { type } }' });
    const token = signCallerToken(testCallers.staff, { audience: 'clients', body: placements }, gatewayKey());
    expectRefused(await send('placements', token, placements));
    expect(refusals().at(-1)).toMatchObject({ reason: 'wrong audience' });
  });

  it('refuses a captured token once its few seconds are over', async () => {
    const stale = signCallerToken(testCallers.staff, { audience: 'clients', body }, gatewayKey(), Date.now() - 10_000);
    expectRefused(await send('clients', stale));
    expect(refusals().at(-1)).toMatchObject({ reason: 'expired' });
  });

  it('logs the reason of every refusal, never the token', async () => {
    const token = signCallerToken(testCallers.staff, { audience: 'clients', body }, gatewayKey());
    expectRefused(await send('clients', token, other));
    expect(lines.some((line) => line.includes(token) || line.includes(token.split('.')[2]))).toBe(false);
    for (const entry of refusals()) expect(Object.keys(entry)).not.toContain('token');
  });

  describe('a subgraph cannot mint callers', () => {
    it('a caller token signed with a subgraph key is refused', async () => {
      const minted = signCallerToken(testCallers.staff, { audience: 'clients', body }, subgraphKey('handoffs'));
      expectRefused(await send('clients', minted));
      expect(refusals().at(-1)).toMatchObject({ reason: 'unknown key' });
    });

    it('a call from another subgraph passes on a gateway token addressed to that subgraph, bound to its own body', async () => {
      const handoffsBody = JSON.stringify({ query: '{ partnerOrganisations { name } }' });
      const fromGateway = signCallerToken(testCallers.staff, { audience: 'handoffs', body: handoffsBody }, gatewayKey());
      const peer = signPeerToken(fromGateway, 'handoffs', { audience: 'clients', body }, subgraphKey('handoffs'));
      const answer = await send('clients', peer);
      expect(answer.status).toBe(200);
      expect(answer.data._entities).toHaveLength(1);
      // Bound like the gateway's: not to another body, not twice.
      const again = signPeerToken(fromGateway, 'handoffs', { audience: 'clients', body }, subgraphKey('handoffs'));
      expectRefused(await send('clients', again, other));
      expectRefused(await send('clients', peer));
    });

    it('refuses a peer call carrying a caller the subgraph made up, one meant for another service, or a stale one', async () => {
      const selfMade = signCallerToken(testCallers.staff, { audience: 'handoffs', body }, subgraphKey('handoffs'));
      expectRefused(await send('clients', signPeerToken(selfMade, 'handoffs', { audience: 'clients', body }, subgraphKey('handoffs'))));
      expect(refusals().at(-1)).toMatchObject({ reason: 'unknown key' });

      // A gateway token seen on the wire to clients, wrapped by handoffs: it was not addressed to handoffs.
      const forClients = signCallerToken(testCallers.staff, { audience: 'clients', body }, gatewayKey());
      expectRefused(await send('clients', signPeerToken(forClients, 'handoffs', { audience: 'clients', body }, subgraphKey('handoffs'))));
      expect(refusals().at(-1)).toMatchObject({ reason: 'wrong audience' });

      const stale = signCallerToken(testCallers.staff, { audience: 'handoffs', body }, gatewayKey(), Date.now() - 10_000);
      expectRefused(await send('clients', signPeerToken(stale, 'handoffs', { audience: 'clients', body }, subgraphKey('handoffs'))));
      expect(refusals().at(-1)).toMatchObject({ reason: 'expired' });

      // The gateway's own key does not pass as a subgraph's.
      const fromGateway = signCallerToken(testCallers.staff, { audience: 'handoffs', body }, gatewayKey());
      expectRefused(await send('clients', signPeerToken(fromGateway, 'handoffs', { audience: 'clients', body }, gatewayKey())));
    });
  });

  it('a gateway in a process of its own refuses to start without its signing key', async () => {
    const config = { ...hub.stack.config, services: ['gateway' as const] };
    await expect(startStack(config, createLogger('silent'))).rejects.toThrow(/a gateway in a process of its own needs HUB_INTERNAL_SIGNING_KEY/);
  });

  it('a subgraph computes no inline trace (ftv1), even for a request that asks for one', async () => {
    const token = signCallerToken(testCallers.staff, { audience: 'clients', body }, gatewayKey());
    const response = await fetch(hub.stack.subgraphs.clients!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CALLER_HEADER]: token, 'apollo-federation-include-trace': 'ftv1' },
      body,
    });
    const answer = (await response.json()) as { data?: any; extensions?: Record<string, unknown> };
    expect(answer.data._entities).toHaveLength(1);
    expect(answer.extensions?.ftv1).toBeUndefined();
    expect(lines.some((line) => line.includes('inline tracing'))).toBe(false);
  });

  describe('in one process', () => {
    it('the subgraphs listen on 127.0.0.1 only, the gateway on every interface', async () => {
      for (const subgraph of Object.values(hub.stack.subgraphs)) expect(subgraph.address).toBe('127.0.0.1');
      const outward = Object.values(os.networkInterfaces())
        .flat()
        .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
      if (!outward) return; // A machine with loopback only: nothing else to try.
      const gatewayPort = new URL(hub.gatewayUrl).port;
      // The gateway is reachable on that address, so the subgraphs' refusal is theirs, not the network's.
      expect((await fetch(`http://${outward}:${gatewayPort}/health`)).status).toBe(200);
      for (const subgraph of Object.values(hub.stack.subgraphs)) {
        const port = new URL(subgraph.url).port;
        await expect(fetch(`http://${outward}:${port}/health`)).rejects.toThrow();
      }
    });

    it('a subgraph still asks another as the caller: placements checks the client with clients before admitting', async () => {
      const ADMIT = `mutation ($input: AdmitClientInput!) { admitClient(input: $input) { outcome } }`;
      const { data } = await hub.query(`{ occupancy { location { id } type available } }`);
      const unit = data.occupancy.find((u: any) => u.available > 0);
      const input = { placementType: unit.type, locationId: unit.location.id };
      // Known to clients: admitted or waitlisted; unknown: NOT_FOUND, which only clients could have said.
      const REGISTER = `mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id } }`;
      const registered = await hub.query(REGISTER, {
        input: {
          name: 'Peer Proef',
          dateOfBirth: '1990-02-03',
          municipalityCode: 'GM0193',
          confidentialAddress: 'Proefstraat 1, Zwolle',
          riskLevel: 'RED',
          formsOfAbuse: ['PARTNER_ABUSE'],
        },
      });
      expect(registered.errors).toBeUndefined();
      const known = await hub.query(ADMIT, { input: { ...input, clientId: registered.data.registerClient.id } });
      expect(known.errors).toBeUndefined();
      expect(['ADMITTED', 'WAITLISTED']).toContain(known.data.admitClient.outcome);
      const unknown = await hub.query(ADMIT, { input: { ...input, clientId: '00000000-0000-4000-8000-000000000000' } });
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });
});
