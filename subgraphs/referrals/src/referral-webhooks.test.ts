import { DEFAULT_WEBHOOK_SETTINGS, DEMO_PARTNERS, DEMO_REFERRERS, Side } from '@hub/common';
import {
  peerSubgraph,
  signatureHeaders,
  startTestSubgraphs,
  startWebhookReceiver,
  testCallers,
  until,
  type TestSubgraphs,
  type WebhookReceiver,
} from '@hub/testing';
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { referralInput, submitOk, transition } from './referral-test-support';
import { transitionReferral } from './referral-transition';
import { ReferralStatus } from './referral.workflow';
import { referralsSubgraph } from './subgraph';

const REGISTER = `mutation($input: RegisterWebhookEndpointInput!) {
  registerWebhookEndpoint(input: $input) { secret endpoint { id organisationKind organisationId eventTypes } } }`;

const staff = testCallers.staff;
const intake = testCallers.intake;
/** testCallers.referrer(2) refers as this organisation; another referring organisation beside it. */
const OWN = 2;
const OTHER = 3;

/**
 * Issue 14 item 4 for referrals: a referral's status changes reach its referring organisation's endpoint,
 * signed and id-only, through the one outbox and the one delivery worker (handoffs subgraph).
 */
describe('referral webhooks', () => {
  let hub: TestSubgraphs;
  let receiver: WebhookReceiver;
  let secret: string;
  let personCount = 0;

  const register = async (input: Record<string, unknown>) => hub.query('handoffs', REGISTER, { input }, staff);
  const referrerEndpoint = (index: number, path: string) => ({
    organisationKind: 'REFERRER_ORGANISATION',
    organisationId: DEMO_REFERRERS[index].id,
    url: `${receiver.url}${path}`,
    eventTypes: ['REFERRAL_STATUS_CHANGED'],
  });
  /** A referral by the OWN organisation, about a person whose every detail is unique to this test. */
  const submit = async () => {
    const n = ++personCount;
    const input = referralInput({
      referrerContactName: `Contact Zwaluw-${n}`,
      referrerContactPhone: `06 - 9876 54${String(n).padStart(2, '0')}`,
      person: { name: `Persoon Kwikstaart-${n}`, dateOfBirth: '1987-11-23', municipalityCode: 'GM0153' },
    });
    const referral = await submitOk(hub, testCallers.referrer(OWN), input);
    return { id: referral.id as string, clientValues: [input.referrerContactName, input.referrerContactPhone, input.person.name, input.person.dateOfBirth] };
  };
  const statusesAt = (path: string, id: string) => receiver.about(path, id).map((r) => (JSON.parse(r.body) as { data: { status: string } }).data.status);

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    hub = await startTestSubgraphs([referralsSubgraph, peerSubgraph('handoffs')], { webhooks: { ...DEFAULT_WEBHOOK_SETTINGS, allowLoopbackHttp: true } });
    const own = await register(referrerEndpoint(OWN, '/own'));
    expect(own.errors).toBeUndefined();
    expect(own.data.registerWebhookEndpoint.endpoint).toMatchObject({
      organisationKind: 'REFERRER_ORGANISATION',
      organisationId: DEMO_REFERRERS[OWN].id,
      eventTypes: ['REFERRAL_STATUS_CHANGED'],
    });
    secret = own.data.registerWebhookEndpoint.secret;
    expect((await register(referrerEndpoint(OTHER, '/other'))).errors).toBeUndefined();
    const partner = await register({
      organisationKind: 'PARTNER_ORGANISATION',
      organisationId: DEMO_PARTNERS[0].id,
      url: `${receiver.url}/partner`,
      eventTypes: ['HANDOFF_STATUS_CHANGED'],
    });
    expect(partner.errors).toBeUndefined();
  });
  afterAll(async () => {
    await hub?.stop();
    await receiver?.close();
  });

  it('refuses event types of the other kind, and organisations that are not of the kind named', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...referrerEndpoint(OWN, '/x'), eventTypes: ['REFERRAL_STATUS_CHANGED', 'HANDOFF_STATUS_CHANGED'] }, 'eventTypes'],
      [{ ...referrerEndpoint(OWN, '/x'), organisationKind: 'PARTNER_ORGANISATION' }, 'eventTypes'],
      [{ ...referrerEndpoint(OWN, '/x'), organisationKind: 'PARTNER_ORGANISATION', eventTypes: ['HANDOFF_STATUS_CHANGED'] }, 'organisationId'],
      [{ ...referrerEndpoint(OWN, '/x'), organisationId: DEMO_PARTNERS[0].id }, 'organisationId'],
      [{ ...referrerEndpoint(OWN, '/x'), organisationId: randomUUID() }, 'organisationId'],
    ];
    for (const [input, field] of cases) {
      const { data, errors } = await register(input);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(data ?? null).toBeNull();
    }
    expect((await register({ ...referrerEndpoint(OWN, '/x'), eventTypes: ['HANDOFF_STATUS_CHANGED'] })).errors?.[0].message).toBe(
      'eventTypes: HANDOFF_STATUS_CHANGED is not an event of a REFERRER_ORGANISATION; it may have REFERRAL_STATUS_CHANGED',
    );
  });

  it('tells the referring organisation of the submission and of each move, signed and id-only, within 5 s', async () => {
    const submitted = Date.now();
    const { id, clientValues } = await submit();
    const [requested] = await until('the submission event', () => (receiver.about('/own', id).length ? receiver.about('/own', id) : undefined), 5000);
    expect(requested.at - submitted).toBeLessThan(5000);

    const moved = Date.now();
    expect((await transition(hub, intake, id, ReferralStatus.RECEIVED)).errors).toBeUndefined();
    const received = await until('the move event', () => receiver.about('/own', id).find((r) => r.body.includes('"RECEIVED"')), 5000);
    expect(received.at - moved).toBeLessThan(5000);

    for (const [event, status] of [
      [requested, 'REQUESTED'],
      [received, 'RECEIVED'],
    ] as const) {
      const verified = new Webhook(secret).verify(event.body, signatureHeaders(event)) as Record<string, unknown>;
      expect(() => new Webhook(`whsec_${Buffer.alloc(24, 7).toString('base64')}`).verify(event.body, signatureHeaders(event))).toThrow();
      expect(Object.keys(verified).sort()).toEqual(['data', 'timestamp', 'type']);
      expect(verified).toEqual({ type: 'referral.status_changed', timestamp: expect.any(String), data: { resourceType: 'Referral', id, status } });
      // Nothing of the referred person or the referrer's contact: only ids and the status.
      for (const value of clientValues) expect(event.body).not.toContain(value);
      expect(event.body).not.toMatch(/person|name|client|contact/i);
    }
    expect(statusesAt('/own', id)).toEqual(['REQUESTED', 'RECEIVED']);
  });

  it("sends nothing to another referring organisation's endpoint, nor to a partner organisation's", async () => {
    const { id } = await submit();
    expect((await transition(hub, intake, id, ReferralStatus.RECEIVED)).errors).toBeUndefined();
    await until('the own endpoint told', () => (statusesAt('/own', id).length === 2 ? true : undefined), 5000);
    // Both events were queued for the own endpoint only: nothing is left for anyone else.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.about('/other', id)).toEqual([]);
    expect(receiver.received.filter((r) => r.path === '/partner' || r.path === '/other')).toEqual([]);
    const em = hub.servers.referrals!.orm.em.fork();
    // Every attempt kept for this referral's events went to the own endpoint.
    const attempts = await em.execute<{ url: string }[]>(
      `select e.url from webhooks.delivery d join webhooks.endpoint e on e.id = d.endpoint_id
       join webhooks.event v on v.id = d.event_id where v.resource_id = ?`,
      [id],
    );
    expect(attempts.map((a) => a.url)).toEqual([`${receiver.url}/own`, `${receiver.url}/own`]);
  });

  it('sends nothing for a transition that rolls back after the outbox write', async () => {
    const { id } = await submit();
    await until('the submission event', () => (statusesAt('/own', id).length ? true : undefined), 5000);
    const em = hub.servers.referrals!.orm.em.fork();
    const events = async () => Number((await em.execute<{ n: string }[]>('select count(*) as n from webhooks.event where resource_id = ?', [id]))[0].n);
    expect(await events()).toBe(1);
    await expect(
      em.transactional(async (tx) => {
        await transitionReferral(tx, intake, Side.KADERA, { referralId: id, to: ReferralStatus.RECEIVED });
        // The outbox row is written in this transaction: it is there until the rollback.
        expect(Number((await tx.execute<{ n: string }[]>('select count(*) as n from webhooks.event where resource_id = ?', [id]))[0].n)).toBe(2);
        throw new Error('rolled back after the outbox write');
      }),
    ).rejects.toThrow('rolled back after the outbox write');
    expect(await events()).toBe(1);
    // A committed move of the same referral comes through; the rolled-back one never does.
    expect((await transition(hub, intake, id, ReferralStatus.RECEIVED)).errors).toBeUndefined();
    await until('the committed event', () => (statusesAt('/own', id).length === 2 ? true : undefined), 5000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(statusesAt('/own', id)).toEqual(['REQUESTED', 'RECEIVED']);
    expect(await events()).toBe(2);
  });

  it('a replayed submission (same idempotency key) is told once', async () => {
    const key = randomUUID();
    const first = await submitOk(hub, testCallers.referrer(OWN), referralInput(), key);
    const again = await submitOk(hub, testCallers.referrer(OWN), referralInput(), key);
    expect(again.id).toBe(first.id);
    await until('the submission event', () => (statusesAt('/own', first.id).length ? true : undefined), 5000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(statusesAt('/own', first.id)).toEqual(['REQUESTED']);
    const em = hub.servers.referrals!.orm.em.fork();
    const [{ n }] = await em.execute<{ n: string }[]>('select count(*) as n from webhooks.event where resource_id = ?', [first.id]);
    expect(Number(n)).toBe(1);
  });

  it('keeps the signing secret sealed: the raw row holds no trace of it', async () => {
    const em = hub.servers.referrals!.orm.em.fork();
    const rows = await em.execute<{ row: string; sealed: Buffer; key_id: string }[]>(
      `select e::text as row, e.secret_sealed as sealed, e.secret_key_id as key_id from webhooks.endpoint e where e.url = ?`,
      [`${receiver.url}/own`],
    );
    expect(rows).toHaveLength(1);
    const [{ row, sealed, key_id }] = rows;
    const key = secret.slice('whsec_'.length);
    expect(key_id).toBe('test-webhook-key');
    for (const text of [row, sealed.toString('latin1'), sealed.toString('base64'), sealed.toString('hex')]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(key);
    }
    expect(sealed.toString('hex')).not.toContain(Buffer.from(key, 'base64').toString('hex'));
    const columns = await em.execute<{ column_name: string }[]>(
      `select column_name from information_schema.columns where table_schema = 'webhooks' and table_name = 'endpoint' and column_name like '%secret%' order by 1`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['secret_key_id', 'secret_sealed']);
  });
});
