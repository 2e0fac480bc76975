import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import { placementsSubgraph } from './subgraph';

/** A refused request on a stay is logged with the client of that stay. */
describe('access log of placements', () => {
  let hub: TestSubgraphs;
  const sql = (query: string, params: unknown[] = []) => hub.servers.placements!.orm.em.getConnection().execute(query, params);

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, placementsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it("a partner's refused stay(id) names the stay's client", async () => {
    const [stay] = await sql('select id, client_id from placements.stay order by id limit 1');
    const partner = testCallers.partner(0);
    const refused = await hub.query('placements', `query($id: UUID!) { stay(id: $id) { __typename } }`, { id: stay.id }, partner);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const entries = await sql(`select action, outcome, fields from audit.access_log where client_ids @> array[?]::uuid[] and user_id = ?`, [
      stay.client_id,
      partner.userId,
    ]);
    expect(entries).toEqual([{ action: 'READ', outcome: 'DENIED', fields: ['Query.stay'] }]);
  });
});
