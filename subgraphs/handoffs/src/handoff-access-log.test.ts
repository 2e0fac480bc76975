import { DEMO_CLIENTS } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import { createHandoff, handoffInput, recordConsent } from './handoff-test-support';
import { handoffsSubgraph } from './subgraph';

const GGZ = 0;
const OTHER_GGZ = 1;

/** Nothing about a client's handoff unlogged, whatever is selected, and a refusal names the client it concerned. */
describe('access log of handoffs', () => {
  let hub: TestSubgraphs;
  const entries = async (clientId: string, userId: string) =>
    await hub.servers.handoffs!.orm.em.getConnection().execute<Array<{ action: string; outcome: string; fields: string[]; sourceService: string }>>(
      `select action, outcome, fields, source_service as "sourceService" from audit.access_log
        where client_ids @> array[?]::uuid[] and user_id = ? order by seq`,
      [clientId, userId],
    );
  const newHandoff = async (clientId: string) => {
    await recordConsent(hub, clientId, GGZ, ['IDENTITY', 'HEALTH_SCREENING']);
    const { data, errors } = await createHandoff(hub, handoffInput(clientId, GGZ));
    if (errors) throw new Error(JSON.stringify(errors));
    return data.createHandoff.id as string;
  };

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, handoffsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it("a partner's transitionHandoff selecting only __typename leaves an entry naming the client, written with the change", async () => {
    const clientId = DEMO_CLIENTS[33].id;
    const id = await newHandoff(clientId);
    const partner = testCallers.partner(GGZ);
    const moved = await hub.query(
      'handoffs',
      `mutation($input: TransitionHandoffInput!) { transitionHandoff(input: $input) { __typename } }`,
      {
        input: { handoffId: id, to: 'RECEIVED' },
      },
      partner,
    );
    expect(moved.errors).toBeUndefined();
    const logged = await entries(clientId, partner.userId);
    expect(logged).toEqual(
      expect.arrayContaining([
        { action: 'UPDATE', outcome: 'ALLOWED', fields: expect.arrayContaining(['Handoff.status']), sourceService: 'handoffs' },
        { action: 'UPDATE', outcome: 'ALLOWED', fields: ['Mutation.transitionHandoff'], sourceService: 'handoffs' },
      ]),
    );
  });

  it("another organisation's handoff: handoff(id) and transitionHandoff are refused, and logged as DENIED with its client", async () => {
    const clientId = DEMO_CLIENTS[34].id;
    const id = await newHandoff(clientId);
    const other = testCallers.partner(OTHER_GGZ);
    const read = await hub.query('handoffs', `query($id: UUID!) { handoff(id: $id) { __typename id } }`, { id }, other);
    expect(read.data?.handoff ?? null).toBeNull();
    const moved = await hub.query(
      'handoffs',
      `mutation($input: TransitionHandoffInput!) { transitionHandoff(input: $input) { __typename } }`,
      {
        input: { handoffId: id, to: 'RECEIVED' },
      },
      other,
    );
    expect(moved.errors?.[0].extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
    expect(await entries(clientId, other.userId)).toEqual([
      { action: 'READ', outcome: 'DENIED', fields: ['Query.handoff'], sourceService: 'handoffs' },
      { action: 'UPDATE', outcome: 'DENIED', fields: ['Mutation.transitionHandoff'], sourceService: 'handoffs' },
    ]);
  });
});
