import { DEMO_CLIENTS } from '@hub/common';
import { checkExportPart, peerSubgraph, startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from './subgraph';

const EXPORT = `mutation ($id: UUID!, $reason: String!) { exportClientData(clientId: $id, reason: $reason) }`;

/** The clients service's part of the right of access export, and exportClientData gathering every part through the peers. */
describe('right of access export in the clients subgraph', () => {
  let hub: TestSubgraphs;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, peerSubgraph('placements'), peerSubgraph('referrals'), peerSubgraph('handoffs')]);
  });
  afterAll(() => hub?.stop());

  it('clientsDataExport: staff only; the file, children, consents and histories of one client, nothing of another', async () => {
    await hub.query(
      'clients',
      `mutation ($id: UUID!) { changeRiskLevel(clientId: $id, expectedVersion: 1, riskLevel: RED, reason: "Threats by phone") { id } }`,
      { id: DEMO_CLIENTS[8].id },
      testCallers.staff,
    );
    const part = await checkExportPart(
      hub,
      'clients',
      `select id, id as client_id from clients.client
       union all select id, client_id from clients.child union all select id, client_id from clients.consent
       union all select id, client_id from clients.safety_plan union all select id, client_id from clients.client_change
       union all select id, client_id from clients.risk_level_change union all select id, client_id from clients.data_export`,
    );
    expect(Object.keys(part).sort()).toEqual(['changes', 'children', 'client', 'consents', 'emergencyAccesses', 'exports', 'riskLevelHistory', 'safetyPlan']);
    expect(part.client).toMatchObject({ name: expect.any(String), confidentialAddress: expect.any(String), contactNeverUse: expect.any(Array) });
  });

  it('exportClientData gathers the four parts and the access log entries about the client, with no other client in them', async () => {
    // A list that serves several clients leaves one entry naming them all: the export names only her.
    const search = await hub.query('clients', `{ clients(first: 5) { edges { node { id name } } } }`, {}, testCallers.staff);
    expect(search.errors).toBeUndefined();
    const client = DEMO_CLIENTS.find((demo) => demo.id === search.data.clients.edges[0].node.id)!;
    const answer = await hub.query('clients', EXPORT, { id: client.id, reason: 'Request of the client' }, testCallers.staff);
    expect(answer.errors).toBeUndefined();
    const document = answer.data.exportClientData;
    expect(Object.keys(document.sections).sort()).toEqual(['accessLog', 'clients', 'handoffs', 'placements', 'referrals']);
    expect(document.sections.clients.client.id).toBe(client.id);
    expect(document.sections.accessLog).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'SEARCH', fields: expect.arrayContaining(['Client.name']) })]),
    );
    // The reason is kept with the export, and the next export shows this one.
    const [kept] = await hub.servers.clients!.orm.em.getConnection().execute('select * from clients.data_export where id = ?', [document.exportId]);
    expect(kept).toMatchObject({
      client_id: client.id,
      reason: 'Request of the client',
      exported_by_user_id: testCallers.staff.userId,
      request_id: document.requestId,
    });
    const again = await hub.query('clients', EXPORT, { id: client.id, reason: 'Second request' }, testCallers.staff);
    expect(again.data.exportClientData.sections.clients.exports).toEqual([expect.objectContaining({ id: document.exportId, reason: 'Request of the client' })]);
    const text = JSON.stringify(document);
    for (const other of DEMO_CLIENTS.filter((demo) => demo.id !== client.id))
      expect({ other: other.id, leaked: text.includes(other.id) || text.includes(other.name) }).toEqual({ other: other.id, leaked: false });
  });

  it('a peer that is down fails the export as a whole: no partial export', async () => {
    await hub.servers.referrals!.stop();
    const answer = await hub.query('clients', EXPORT, { id: DEMO_CLIENTS[1].id, reason: 'Request of the client' }, testCallers.staff);
    expect(answer.errors?.[0].extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(answer.data?.exportClientData ?? null).toBeNull();
    const kept = await hub.servers.clients!.orm.em.getConnection().execute('select id from clients.data_export where client_id = ?', [DEMO_CLIENTS[1].id]);
    expect(kept).toEqual([]);
  });
});
