import { DEMO_REFERRERS } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import { referralsSubgraph } from './subgraph';

/** A refused request on a referral is logged with the client of that referral. */
describe('access log of referrals', () => {
  let hub: TestSubgraphs;
  const sql = (query: string, params: unknown[] = []) => hub.servers.referrals!.orm.em.getConnection().execute(query, params);

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, referralsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it("another organisation's referral: referral(id) answers nothing and is logged as DENIED with its client", async () => {
    const [referral] = await sql(
      'select id, client_id from referrals.referral where client_id is not null and referrer_organisation_id is distinct from ? order by id limit 1',
      [DEMO_REFERRERS[0].id],
    );
    const referrer = testCallers.referrer(0);
    const read = await hub.query('referrals', `query($id: UUID!) { referral(id: $id) { __typename } }`, { id: referral.id }, referrer);
    expect(read.data?.referral ?? null).toBeNull();
    const entries = await sql(`select action, outcome, fields from audit.access_log where client_ids @> array[?]::uuid[] and user_id = ?`, [
      referral.client_id,
      referrer.userId,
    ]);
    expect(entries).toEqual([{ action: 'READ', outcome: 'DENIED', fields: ['Query.referral'] }]);
  });
});
