import { createHash } from 'node:crypto';
import { DEMO_CLIENTS, PartnerType } from '@hub/common';
import { registerManifestAt } from '@hub/handoffs';
import { testCallers } from '@hub/testing';
import { parsePrometheusText, type MetricFamily } from '../testing/prometheus-text';
import { startTestStack, type TestStack } from '../testing/test-stack';

/** `/metrics` of the whole hub in one process: one registry, a listener of its own (docs/architecture.md, "Metrics"). */
describe('Prometheus metrics', () => {
  let hub: TestStack;
  const client = DEMO_CLIENTS[0];

  beforeAll(async () => {
    hub = await startTestStack({ metrics: { port: 0, host: '127.0.0.1' } });
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const scrape = async (): Promise<{ text: string; families: Map<string, MetricFamily> }> => {
    const response = await fetch(hub.stack.metricsUrl!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    return { text, families: parsePrometheusText(text) };
  };
  /** The sum of a family's samples named `name` whose labels include `labels`. */
  const value = (families: Map<string, MetricFamily>, family: string, labels: Record<string, string>, name = family) =>
    (families.get(family)?.samples ?? [])
      .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
      .reduce((sum, s) => sum + s.value, 0);

  it('listens on a port of its own, on 127.0.0.1; the gateway answers /metrics with a 404 in JSON', async () => {
    const metrics = new URL(hub.stack.metricsUrl!);
    const gateway = new URL(hub.gatewayUrl);
    expect(metrics.hostname).toBe('127.0.0.1');
    expect(metrics.port).not.toBe(gateway.port);
    const onGateway = await fetch(new URL('/metrics', gateway));
    expect(onGateway.status).toBe(404);
    expect(onGateway.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await onGateway.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('NOT_FOUND');
    const elsewhere = await fetch(new URL('/graphql', metrics));
    expect(elsewhere.status).toBe(404);
    expect(((await elsewhere.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('NOT_FOUND');
    const posted = await fetch(metrics, { method: 'POST' });
    expect(posted.status).toBe(405);
  });

  it('parses as Prometheus text with Node default metrics and every subgraph pool', async () => {
    const { families } = await scrape();
    for (const name of ['nodejs_eventloop_lag_seconds', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes']) expect(families.has(name)).toBe(true);
    const pools = new Set(families.get('hub_db_pool_connections')!.samples.map((s) => `${s.labels.service}/${s.labels.pool}`));
    for (const name of ['clients', 'placements', 'referrals', 'handoffs']) expect(pools).toContain(`${name}/orm`);
    expect(pools).toContain('gateway/access_log');
  });

  it('counts a FORBIDDEN request under its reason and its outcome, and an unauthenticated one under its own', async () => {
    const before = (await scrape()).families;
    const forbidden = await hub.as(testCallers.intake).query(`query ($id: UUID!) { client(id: $id) { confidentialAddress } }`, { id: client.id });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await hub.anonymous(`{ clients(first: 1) { totalCount } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const after = (await scrape()).families;
    const delta = (family: string, labels: Record<string, string>, name?: string) => value(after, family, labels, name) - value(before, family, labels, name);
    expect(delta('hub_refused_requests_total', { service: 'gateway', reason: 'forbidden' })).toBe(1);
    expect(delta('hub_refused_requests_total', { service: 'gateway', reason: 'unauthenticated' })).toBe(1);
    expect(delta('hub_refused_requests_total', { service: 'gateway', reason: 'limits' })).toBe(0);
    expect(delta('hub_graphql_requests_total', { service: 'gateway', operation: 'other', type: 'query', outcome: 'FORBIDDEN' })).toBe(1);
    expect(delta('hub_graphql_requests_total', { service: 'gateway', outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(delta('hub_graphql_request_duration_seconds', { service: 'gateway', outcome: 'FORBIDDEN' }, 'hub_graphql_request_duration_seconds_count')).toBe(1);
    // The denied attempt was written to the access log by the gateway, and timed.
    expect(delta('hub_access_log_write_duration_seconds', { service: 'gateway' }, 'hub_access_log_write_duration_seconds_count')).toBe(1);
  });

  it('names no client in a label after a client read, whatever the operation is called', async () => {
    const given = client.name.split(' ')[0];
    // A caller may name its operation anything, a client's name included: an operation of its own is labelled "other".
    const read = await hub.query(`query Read_${given} ($id: UUID!) { client(id: $id) { id name dateOfBirth confidentialAddress } }`, { id: client.id });
    expect(read.data?.client).toMatchObject({ id: client.id, name: client.name });
    const { text, families } = await scrape();
    const labelValues = [...families.values()].flatMap((f) => f.samples.flatMap((s) => Object.values(s.labels)));
    expect(labelValues.length).toBeGreaterThan(100);
    const secrets = [
      client.id,
      client.name,
      ...client.name.split(' ').filter((part) => part.length > 3),
      client.dateOfBirth,
      client.confidentialAddress.split(',')[0],
    ];
    for (const secret of secrets) {
      expect({ secret, inLabel: labelValues.some((v) => v.toLowerCase().includes(secret.toLowerCase())) }).toEqual({ secret, inLabel: false });
      expect({ secret, inText: text.toLowerCase().includes(secret.toLowerCase()) }).toEqual({ secret, inText: false });
    }
    // The read itself is counted: at the gateway as "other", at the clients subgraph with its fetch and access log write.
    expect(value(families, 'hub_graphql_requests_total', { service: 'gateway', operation: 'other', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(value(families, 'hub_graphql_requests_total', { service: 'clients', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(
      value(
        families,
        'hub_gateway_subgraph_fetch_duration_seconds',
        { subgraph: 'clients', outcome: 'ok' },
        'hub_gateway_subgraph_fetch_duration_seconds_count',
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(
      value(families, 'hub_access_log_write_duration_seconds', { service: 'clients' }, 'hub_access_log_write_duration_seconds_count'),
    ).toBeGreaterThanOrEqual(1);
  });

  it('labels a registered document by its operation name, and the same text sent as a document of its own as "other"', async () => {
    const body = 'query GgzHandoffs($first: Int!) { handoffs(first: $first) { edges { node { id status } } } }';
    // The hash computed here with node's sha256, not by the code under test.
    const hash = createHash('sha256').update(body).digest('hex');
    await registerManifestAt(hub.databaseUrl, { name: 'ggz-portal', role: 'partner:ggz', manifest: { [`sha256:${hash}`]: body } });
    const ggz = testCallers.partnerOfType(PartnerType.GGZ);
    const post = async (request: Record<string, unknown>) => {
      const response = await fetch(hub.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.as(ggz).token()}` },
        body: JSON.stringify(request),
      });
      expect(response.status).toBe(200);
    };
    const before = (await scrape()).families;
    await post({ documentId: `sha256:${hash}`, variables: { first: 2 } });
    await post({ query: body, variables: { first: 2 } });
    const after = (await scrape()).families;
    const delta = (operation: string) =>
      value(after, 'hub_graphql_requests_total', { service: 'gateway', operation, outcome: 'ok' }) -
      value(before, 'hub_graphql_requests_total', { service: 'gateway', operation, outcome: 'ok' });
    expect(delta('GgzHandoffs')).toBe(1);
    expect(delta('other')).toBe(1);
  });
});
