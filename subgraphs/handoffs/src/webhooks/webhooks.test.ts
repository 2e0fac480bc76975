import { DEFAULT_RETENTION_PERIODS, DEFAULT_WEBHOOK_SETTINGS, DEMO_CLIENTS, DEMO_PARTNERS, HubMetrics, Side } from '@hub/common';
import { signatureHeaders, startTestSubgraphs, startWebhookReceiver, testCallers, until, type TestSubgraphs, type WebhookReceiver } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import { Webhook } from 'standardwebhooks';
import { createHandoff, handoffInput, move, recordConsent } from '../handoff-test-support';
import { transitionHandoff } from '../handoff-transition';
import { HandoffStatus } from '../handoff.workflow';
import { handoffsRecords } from '../handoffs-records';
import { handoffsSubgraph } from '../subgraph';

const GGZ = 0;
const OTHER_GGZ = 1;
const staff = testCallers.staff;
/** A short failure window, so the test sees an endpoint disabled. */
const FAILURE_WINDOW_MS = 1000;

const REGISTER = `mutation($input: RegisterWebhookEndpointInput!) {
  registerWebhookEndpoint(input: $input) { secret endpoint { id organisationId url eventTypes disabledAt } } }`;
const DELIVERIES = `query($id: UUID!) { webhookDeliveries(endpointId: $id) { edges { node { eventId attempt succeeded statusCode errorClass durationMs } } } }`;
const DISABLED = `{ disabledWebhookEndpoints { id disabledAt disabledReason } }`;

/** The nodes of a connection's page. */
const nodes = <T>(page: { edges: { node: T }[] }) => page.edges.map((edge) => edge.node);

describe('id-only webhooks', () => {
  let hub: TestSubgraphs;
  const metrics = new HubMetrics();
  let receiver: WebhookReceiver;
  let clientIndex = 30;
  const clientOf = new Map<string, (typeof DEMO_CLIENTS)[number]>();

  const newHandoff = async (partner: number): Promise<string> => {
    const client = DEMO_CLIENTS[clientIndex++ % DEMO_CLIENTS.length];
    await recordConsent(hub, client.id, partner, ['IDENTITY', 'HEALTH_SCREENING']);
    const { data, errors } = await createHandoff(hub, handoffInput(client.id, partner));
    if (errors) throw new Error(JSON.stringify(errors));
    clientOf.set(data.createHandoff.id, client);
    return data.createHandoff.id;
  };
  const register = async (partner: number, path: string) => {
    const input = {
      organisationKind: 'PARTNER_ORGANISATION',
      organisationId: DEMO_PARTNERS[partner].id,
      url: `${receiver.url}${path}`,
      eventTypes: ['HANDOFF_STATUS_CHANGED'],
    };
    const { data, errors } = await hub.query('handoffs', REGISTER, { input }, staff);
    if (errors) throw new Error(JSON.stringify(errors));
    return data.registerWebhookEndpoint as { secret: string; endpoint: { id: string } };
  };
  const bodiesAt = (path: string, handoffId: string, status?: string) => receiver.about(path, handoffId, status);
  const statusesAt = (path: string, handoffId: string) =>
    bodiesAt(path, handoffId).map((r) => (JSON.parse(r.body) as { data: { status: string } }).data.status);

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    hub = await startTestSubgraphs(
      [clientsSubgraph, handoffsSubgraph],
      { webhooks: { ...DEFAULT_WEBHOOK_SETTINGS, failureWindowMs: FAILURE_WINDOW_MS, allowLoopbackHttp: true } },
      { metrics },
    );
  });
  afterAll(async () => {
    await hub?.stop();
    await receiver?.close();
  });

  it('a partner cannot register, list or read webhook endpoints (FORBIDDEN)', async () => {
    const partner = testCallers.partner(GGZ);
    const input = {
      organisationKind: 'PARTNER_ORGANISATION',
      organisationId: DEMO_PARTNERS[GGZ].id,
      url: 'https://partner.example/hook',
      eventTypes: ['HANDOFF_STATUS_CHANGED'],
    };
    for (const [document, variables] of [
      [REGISTER, { input }],
      ['{ webhookEndpoints { id url } }', {}],
      [DISABLED, {}],
    ] as const) {
      const { data, errors } = await hub.query('handoffs', document, variables, partner);
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(data ?? null).toBeNull();
    }
  });

  it('refuses a bad URL or an unknown organisation with the field named', async () => {
    const input = {
      organisationKind: 'PARTNER_ORGANISATION',
      organisationId: DEMO_PARTNERS[GGZ].id,
      url: 'http://partner.example/hook',
      eventTypes: ['HANDOFF_STATUS_CHANGED'],
    };
    const http = await hub.query('handoffs', REGISTER, { input }, staff);
    expect(http.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    const unknown = await hub.query(
      'handoffs',
      REGISTER,
      { input: { ...input, url: 'https://partner.example/hook', organisationId: DEMO_CLIENTS[0].id } },
      staff,
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationId' });
  });

  it('delivers a signed, id-only event within 5 s of transitionHandoff, and keeps the attempt', async () => {
    const { secret, endpoint } = await register(GGZ, '/ok');
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    // The secret is shown once: an endpoint has no field to read it back.
    const readBack = await hub.query('handoffs', '{ webhookEndpoints { id secret } }', {}, staff);
    expect(readBack.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const id = await newHandoff(GGZ);
    const started = Date.now();
    const moved = await move(hub, testCallers.partner(GGZ), id, 'RECEIVED');
    expect(moved.errors).toBeUndefined();
    const [event] = await until('the event', () => (bodiesAt('/ok', id, 'RECEIVED').length ? bodiesAt('/ok', id, 'RECEIVED') : undefined), 5000);
    expect(event.at - started).toBeLessThan(5000);

    // Standard Webhooks: the receiver's check with the secret passes, and fails with another secret.
    const headers = signatureHeaders(event);
    const verified = new Webhook(secret).verify(event.body, headers) as Record<string, unknown>;
    expect(() => new Webhook(`whsec_${Buffer.alloc(24, 1).toString('base64')}`).verify(event.body, headers)).toThrow();

    // Id-only: exactly these keys, and nothing of the client.
    expect(Object.keys(verified).sort()).toEqual(['data', 'timestamp', 'type']);
    expect(verified).toEqual({ type: 'handoff.status_changed', timestamp: expect.any(String), data: { resourceType: 'Handoff', id, status: 'RECEIVED' } });
    expect(Number.isNaN(Date.parse(verified.timestamp as string))).toBe(false);
    const client = clientOf.get(id)!;
    for (const [field, value] of Object.entries(client)) {
      // Its id is the handoff's field too; its value (the client's id) must not be there.
      if (field !== 'id') expect(event.body).not.toContain(`"${field}"`);
      for (const part of [value].flat()) if (typeof part === 'string') expect(event.body).not.toContain(part);
    }
    expect(event.body).not.toMatch(/client/i);

    const deliveries = await hub.query('handoffs', DELIVERIES, { id: endpoint.id }, staff);
    expect(deliveries.errors).toBeUndefined();
    expect(nodes(deliveries.data.webhookDeliveries)).toContainEqual({
      eventId: headers['webhook-id'],
      attempt: 1,
      succeeded: true,
      statusCode: 204,
      errorClass: null,
      durationMs: expect.any(Number),
    });
  });

  it('tells the partner of a new handoff addressed to it (REQUESTED), id-only, once', async () => {
    const { secret } = await register(OTHER_GGZ, '/new');
    const id = await newHandoff(OTHER_GGZ);
    const [event] = await until('the new handoff', () => (bodiesAt('/new', id).length ? bodiesAt('/new', id) : undefined), 5000);
    expect(new Webhook(secret).verify(event.body, signatureHeaders(event))).toEqual({
      type: 'handoff.status_changed',
      timestamp: expect.any(String),
      data: { resourceType: 'Handoff', id, status: 'REQUESTED' },
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(statusesAt('/new', id)).toEqual(['REQUESTED']);
  });

  it('retries after a 500 with the same event id, and counts both attempts in the metrics', async () => {
    const attempts = async (outcome: string, errorClass: string) =>
      (await metrics.webhookDeliveries.get()).values.find((v) => v.labels.outcome === outcome && v.labels.error_class === errorClass)?.value ?? 0;
    const [failedBefore, succeededBefore] = [await attempts('failed', 'http_status'), await attempts('succeeded', 'none')];
    // The handoff before the endpoint: its creation tells nobody, so the 500 falls on the move's event.
    const id = await newHandoff(OTHER_GGZ);
    const { secret, endpoint } = await register(OTHER_GGZ, '/flaky');
    expect((await move(hub, testCallers.partner(OTHER_GGZ), id, 'ACCEPTED')).errors).toBeUndefined();
    const [first, second] = await until('the retry', () => (bodiesAt('/flaky', id).length >= 2 ? bodiesAt('/flaky', id) : undefined), 15000);
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
    const headers = signatureHeaders(second);
    expect(new Webhook(secret).verify(second.body, headers)).toMatchObject({ data: { id, status: 'ACCEPTED' } });
    const deliveries = await until(
      'both attempts kept',
      async () => {
        const { data } = await hub.query('handoffs', DELIVERIES, { id: endpoint.id }, staff);
        return nodes(data.webhookDeliveries).length === 2 ? nodes(data.webhookDeliveries) : undefined;
      },
      5000,
    );
    expect(deliveries).toEqual([
      { eventId: headers['webhook-id'], attempt: 2, succeeded: true, statusCode: 204, errorClass: null, durationMs: expect.any(Number) },
      { eventId: headers['webhook-id'], attempt: 1, succeeded: false, statusCode: 500, errorClass: 'http_status', durationMs: expect.any(Number) },
    ]);
    expect(await attempts('failed', 'http_status')).toBeGreaterThanOrEqual(failedBefore + 1);
    expect(await attempts('succeeded', 'none')).toBeGreaterThanOrEqual(succeededBefore + 1);
  });

  it('sends nothing when the transition rolls back', async () => {
    const id = await newHandoff(GGZ);
    const em = hub.servers.handoffs!.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        await transitionHandoff(tx, testCallers.partner(GGZ), Side.PARTNER, { handoffId: id, to: HandoffStatus.RECEIVED });
        throw new Error('rolled back after the transition');
      }),
    ).rejects.toThrow('rolled back after the transition');
    // A committed move of the same handoff comes through; the rolled-back one never does.
    expect((await move(hub, testCallers.partner(GGZ), id, 'ACCEPTED')).errors).toBeUndefined();
    await until('the committed event', () => (bodiesAt('/ok', id, 'ACCEPTED').length ? true : undefined), 5000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // The handoff's creation (REQUESTED) and the committed move; never the rolled-back RECEIVED.
    expect(statusesAt('/ok', id).sort()).toEqual(['ACCEPTED', 'REQUESTED']);
    const events = await em.execute<{ status: string }[]>('select status from webhooks.event where resource_id = ? order by status', [id]);
    expect(events.map((e) => e.status)).toEqual(['ACCEPTED', 'REQUESTED']);
  });

  it('disables an endpoint failing for the whole failure window, tells staff, and staff enable it again', async () => {
    const { endpoint } = await register(OTHER_GGZ, '/down');
    const id = await newHandoff(OTHER_GGZ);
    expect((await move(hub, testCallers.partner(OTHER_GGZ), id, 'RECEIVED')).errors).toBeUndefined();
    const disabled = await until(
      'the endpoint disabled',
      async () => {
        const { data } = await hub.query('handoffs', DISABLED, {}, staff);
        return data.disabledWebhookEndpoints.find((e: { id: string }) => e.id === endpoint.id) as { disabledReason: string } | undefined;
      },
      20000,
    );
    expect(disabled.disabledReason).toMatch(/^every delivery failed since /);
    const attempts = bodiesAt('/down', id).length;
    expect(attempts).toBeGreaterThanOrEqual(2);

    // Disabled: a new event is not sent to it.
    expect((await move(hub, testCallers.partner(OTHER_GGZ), id, 'ACCEPTED')).errors).toBeUndefined();
    await until('the healthy endpoint told', () => (bodiesAt('/flaky', id, 'ACCEPTED').length ? true : undefined), 5000);
    expect(bodiesAt('/down', id)).toHaveLength(attempts);

    const enabled = await hub.query(
      'handoffs',
      'mutation($id: UUID!) { enableWebhookEndpoint(id: $id) { id disabledAt failingSince } }',
      { id: endpoint.id },
      staff,
    );
    expect(enabled.data.enableWebhookEndpoint).toEqual({ id: endpoint.id, disabledAt: null, failingSince: null });
    expect((await hub.query('handoffs', DISABLED, {}, staff)).data.disabledWebhookEndpoints).toEqual([]);
  }, 30000);

  it('the retention job removes events older than RETENTION_WEBHOOK_DELIVERIES, their attempts with them', async () => {
    const em = hub.servers.handoffs!.orm.em.fork();
    const count = async (table: string) => Number((await em.execute<{ n: string }[]>(`select count(*) as n from webhooks.${table}`))[0].n);
    expect(await count('event')).toBeGreaterThan(0);
    expect(await count('delivery')).toBeGreaterThan(0);
    const periods = { ...DEFAULT_RETENTION_PERIODS, webhookDeliveries: { years: 0, days: 1 } };
    // Within the period nothing goes; a day and a bit later everything does (no handoff is old enough to go).
    expect(await handoffsRecords.expire(em, periods, new Date(), async () => new Map())).toEqual({});
    const removed = await handoffsRecords.expire(em, periods, new Date(Date.now() + 26 * 3600 * 1000), async () => new Map());
    expect(removed).toEqual({ webhookEvents: expect.any(Number) });
    expect(await count('event')).toBe(0);
    expect(await count('delivery')).toBe(0);
  });
});
