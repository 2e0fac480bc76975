import { testCallers } from '@hub/testing';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { startTestStack, type TestStack } from '../testing/test-stack';

const REGISTER = `mutation($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) { secret endpoint { id } } }`;
const OWN_REQUESTED = `{ handoffs(first: 100, status: [REQUESTED]) { edges { node { id } } } }`;
const TRANSITION = `mutation($input: TransitionHandoffInput!) { transitionHandoff(input: $input) { id status } }`;

/**
 * Issue 14 item 4, as checked: a webhook receiver on 127.0.0.1 gets a signed, id-only event within 5 s of
 * `transitionHandoff` through the gateway, and the partner then reads the handoff through the gateway.
 */
describe('webhooks through the whole stack', () => {
  let hub: TestStack;
  let receiver: Server;
  const received: { headers: IncomingHttpHeaders; body: string; at: number }[] = [];

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
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
    while (!received.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received).toHaveLength(1);
    const [event] = received;
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
});
