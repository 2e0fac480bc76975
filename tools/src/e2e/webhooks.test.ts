import { testCallers } from '@hub/testing';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { startTestStack, type TestStack } from '../testing/test-stack';

const REGISTER = `mutation($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) { secret endpoint { id } } }`;
const OWN_REQUESTED = `{ handoffs(first: 100, status: [REQUESTED]) { edges { node { id } } } }`;
const TRANSITION = `mutation($input: TransitionHandoffInput!) { transitionHandoff(input: $input) { id status } }`;
const SUBMIT_REFERRAL = `mutation($input: SubmitReferralInput!) { submitReferral(input: $input) { id status } }`;
const TRANSITION_REFERRAL = `mutation($input: TransitionReferralInput!) { transitionReferral(input: $input) { id status } }`;

/**
 * Issue 14 item 4, as checked: a webhook receiver on 127.0.0.1 gets a signed, id-only event within 5 s of
 * `transitionHandoff` through the gateway, and the partner then reads the handoff through the gateway.
 */
describe('webhooks through the whole stack', () => {
  let hub: TestStack;
  let receiver: Server;
  const received: { path: string; headers: IncomingHttpHeaders; body: string; at: number }[] = [];

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    hub = await startTestStack();
  });
  afterAll(async () => {
    await hub?.drop();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('a GGZ partner gets a signed id-only event within 5 s of transitionHandoff; only staff register endpoints', async () => {
    const partner = testCallers.partnerOfType('GGZ');
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/kadera`;
    const input = { organisationKind: 'PARTNER_ORGANISATION', organisationId: partner.organisationId, url, eventTypes: ['HANDOFF_STATUS_CHANGED'] };

    const refused = await hub.as(partner).query(REGISTER, { input });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const registered = await hub.query(REGISTER, { input });
    expect(registered.errors).toBeUndefined();
    const secret = registered.data.registerWebhookEndpoint.secret as string;

    const open = await hub.as(partner).query(OWN_REQUESTED);
    expect(open.errors).toBeUndefined();
    const handoffId = open.data.handoffs.edges[0].node.id as string;
    const started = Date.now();
    const moved = await hub.as(partner).query(TRANSITION, { input: { handoffId, to: 'RECEIVED' } });
    expect(moved.errors).toBeUndefined();

    const deadline = started + 5000;
    const atKadera = () => received.filter((r) => r.path === '/kadera');
    while (!atKadera().length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(atKadera()).toHaveLength(1);
    const [event] = atKadera();
    expect(event.at - started).toBeLessThan(5000);
    const payload = new Webhook(secret).verify(event.body, {
      'webhook-id': event.headers['webhook-id'] as string,
      'webhook-timestamp': event.headers['webhook-timestamp'] as string,
      'webhook-signature': event.headers['webhook-signature'] as string,
    });
    expect(payload).toEqual({
      type: 'handoff.status_changed',
      timestamp: expect.any(String),
      data: { resourceType: 'Handoff', id: handoffId, status: 'RECEIVED' },
    });

    // The partner fetches what it may see through the gateway.
    const read = await hub.as(partner).query(`query($id: UUID!) { handoff(id: $id) { id status } }`, { id: handoffId });
    expect(read.data.handoff).toEqual({ id: handoffId, status: 'RECEIVED' });
  });

  it('a referring organisation gets a signed id-only event within 5 s of each status change of its referral, with nothing of the person', async () => {
    const referrer = testCallers.referrer(0);
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/referrer`;
    const input = { organisationKind: 'REFERRER_ORGANISATION', organisationId: referrer.organisationId, url, eventTypes: ['REFERRAL_STATUS_CHANGED'] };
    const registered = await hub.query(REGISTER, { input });
    expect(registered.errors).toBeUndefined();
    const secret = registered.data.registerWebhookEndpoint.secret as string;

    const person = { name: 'Fenna Winterkoning', dateOfBirth: '1991-02-17', municipalityCode: 'GM0153' };
    const referral = {
      kind: 'AMBULATORY',
      region: 'TWENTE',
      priority: 'ROUTINE',
      fundingStream: 'WMO',
      sourceType: 'GP',
      referrerOrganisationName: 'Huisartsenpraktijk De Esch',
      referrerContactName: 'Dr. B. Zonneveld',
      referrerContactPhone: '038-7654321',
      person,
    };
    const submitted = await hub.as(referrer).query(SUBMIT_REFERRAL, { input: referral });
    expect(submitted.errors).toBeUndefined();
    const referralId = submitted.data.submitReferral.id as string;
    const started = Date.now();
    const moved = await hub.as(testCallers.intake).query(TRANSITION_REFERRAL, { input: { referralId, to: 'RECEIVED' } });
    expect(moved.errors).toBeUndefined();

    const atReferrer = () => received.filter((r) => r.path === '/referrer');
    const deadline = started + 5000;
    while (atReferrer().length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const events = atReferrer().map((event) => ({
      at: event.at,
      body: event.body,
      payload: new Webhook(secret).verify(event.body, {
        'webhook-id': event.headers['webhook-id'] as string,
        'webhook-timestamp': event.headers['webhook-timestamp'] as string,
        'webhook-signature': event.headers['webhook-signature'] as string,
      }) as { data: { status: string } },
    }));
    expect(events.map((e) => e.payload.data.status).sort()).toEqual(['RECEIVED', 'REQUESTED']);
    const onMove = events.find((e) => e.payload.data.status === 'RECEIVED')!;
    expect(onMove.at - started).toBeLessThan(5000);
    expect(onMove.payload).toEqual({
      type: 'referral.status_changed',
      timestamp: expect.any(String),
      data: { resourceType: 'Referral', id: referralId, status: 'RECEIVED' },
    });
    for (const { body } of events) {
      for (const value of [person.name, person.dateOfBirth, referral.referrerContactName, referral.referrerContactPhone]) expect(body).not.toContain(value);
    }
    // The partner endpoint of the first test heard nothing of it.
    expect(received.filter((r) => r.path === '/kadera' && r.body.includes(referralId))).toEqual([]);
  });
});
