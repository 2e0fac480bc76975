import { addDays, DEMO_CLIENTS, DEMO_PARTNERS, today } from '@hub/common';
import { peerSubgraph, startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from './subgraph';

/** Every query and mutation that concerns a client leaves an entry naming her, whatever is selected. */
describe('access log: nothing client-linked unlogged', () => {
  let hub: TestSubgraphs;
  type Entry = { action: string; outcome: string; fields: string[] };
  const entries = (clientId: string, userId: string) =>
    hub.servers
      .clients!.orm.em.getConnection()
      .execute<Entry[]>(`select action, outcome, fields from audit.access_log where client_ids @> array[?]::uuid[] and user_id = ? order by seq`, [
        clientId,
        userId,
      ]);
  const ok = async (query: string, variables: Record<string, unknown>, caller = testCallers.staff) => {
    const response = await hub.query('clients', query, variables, caller);
    expect(response.errors).toBeUndefined();
    return response.data;
  };

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, peerSubgraph('handoffs')]);
  });
  afterAll(() => hub?.stop());

  it('recordConsent selecting only __typename: the CREATE and the request, naming the client', async () => {
    const clientId = DEMO_CLIENTS[20].id;
    await ok(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { __typename } }`, {
      input: { clientId, partnerOrganisationId: DEMO_PARTNERS[2].id, categories: ['IDENTITY'], purpose: 'Debt assistance', validUntil: addDays(today(), 30) },
    });
    expect(await entries(clientId, testCallers.staff.userId)).toEqual(
      expect.arrayContaining([
        { action: 'CREATE', outcome: 'ALLOWED', fields: expect.arrayContaining(['Consent.categories', 'Consent.clientId']) },
        { action: 'CREATE', outcome: 'ALLOWED', fields: ['Mutation.recordConsent'] },
      ]),
    );
  });

  it('consentCoverage names the client it checked', async () => {
    const clientId = DEMO_CLIENTS[21].id;
    await ok(`query($c: UUID!, $p: UUID!) { consentCoverage(clientId: $c, partnerOrganisationId: $p, categories: [IDENTITY]) { covered } }`, {
      c: clientId,
      p: DEMO_PARTNERS[2].id,
    });
    expect(await entries(clientId, testCallers.staff.userId)).toEqual([{ action: 'READ', outcome: 'ALLOWED', fields: ['Query.consentCoverage'] }]);
  });

  it('possibleDuplicates selecting only __typename names the candidates it found', async () => {
    const candidate = DEMO_CLIENTS[22];
    const { possibleDuplicates } = await ok(`query($name: String!, $dob: LocalDate!) { possibleDuplicates(name: $name, dateOfBirth: $dob) { __typename } }`, {
      name: candidate.name,
      dob: candidate.dateOfBirth,
    });
    expect(possibleDuplicates.length).toBeGreaterThan(0);
    expect(await entries(candidate.id, testCallers.staff.userId)).toEqual([{ action: 'SEARCH', outcome: 'ALLOWED', fields: ['Query.possibleDuplicates'] }]);
  });

  it('client(id) selecting only __typename is logged, and a refused withdrawConsent names the consent’s client', async () => {
    const clientId = DEMO_CLIENTS[23].id;
    await ok(`query($id: UUID!) { client(id: $id) { __typename } }`, { id: clientId });
    expect(await entries(clientId, testCallers.staff.userId)).toEqual([{ action: 'READ', outcome: 'ALLOWED', fields: ['Query.client'] }]);

    const { recordConsent } = await ok(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
      input: { clientId, partnerOrganisationId: DEMO_PARTNERS[2].id, categories: ['IDENTITY'], purpose: 'Debt assistance', validUntil: addDays(today(), 30) },
    });
    const partner = testCallers.partner(2);
    const refused = await hub.query('clients', `mutation($id: UUID!) { withdrawConsent(id: $id) { __typename } }`, { id: recordConsent.id }, partner);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await entries(clientId, partner.userId)).toEqual([{ action: 'UPDATE', outcome: 'DENIED', fields: ['Mutation.withdrawConsent'] }]);
  });
});
