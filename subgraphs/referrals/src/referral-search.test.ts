import { DEMO_REFERRERS } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import { referralInput, submitOk } from './referral-test-support';
import { referralsSubgraph } from './subgraph';

const SEARCH = `query($ref: String, $orgId: UUID, $orgName: String, $first: Int, $after: String) {
  searchReferrals(referrerReference: $ref, referrerOrganisationId: $orgId, referrerOrganisationName: $orgName, first: $first, after: $after) {
    totalCount edges { node { id referrerReference status } } pageInfo { hasNextPage endCursor }
  }
}`;
const LINK = `mutation($input: LinkReferralClientInput!) { linkReferralClient(input: $input) { id } }`;

/** Referral search: by the referrer's own reference (any Kadera role; a referrer within its own) and by referring organisation (Kadera). */
describe('searchReferrals', () => {
  let hub: TestSubgraphs;
  const [own, other] = [testCallers.referrer(0), testCallers.referrer(1)];
  let ownId: string;
  let otherId: string;
  const search = (variables: Record<string, unknown>, caller = testCallers.staff) => hub.query('referrals', SEARCH, variables, caller);
  const ids = (response: any) => response.data.searchReferrals.edges.map((e: any) => e.node.id);

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, referralsSubgraph]);
    ownId = (await submitOk(hub, own, referralInput({ referrerReference: 'HA-2026-0815', referrerOrganisationName: DEMO_REFERRERS[0].name }))).id;
    // Another referrer happens to use the same reference for its own case.
    otherId = (await submitOk(hub, other, referralInput({ referrerReference: 'ha-2026-0815', referrerOrganisationName: DEMO_REFERRERS[1].name }))).id;
  });
  afterAll(() => hub?.stop());

  it('Kadera finds every referral with that reference, ignoring case and surrounding spaces, with the total', async () => {
    for (const caller of [testCallers.staff, testCallers.intake, testCallers.shelter]) {
      const found = await search({ ref: '  Ha-2026-0815 ' }, caller);
      expect(found.errors).toBeUndefined();
      expect(new Set(ids(found))).toEqual(new Set([ownId, otherId]));
      expect(found.data.searchReferrals.totalCount).toBe(2);
    }
    const none = await search({ ref: 'HA-2026-08' });
    expect(none.data.searchReferrals).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("a referrer finds its own referral by its reference, never another referrer's, not even in the total", async () => {
    const mine = await search({ ref: 'HA-2026-0815' }, own);
    expect(mine.errors).toBeUndefined();
    expect(mine.data.searchReferrals).toMatchObject({
      totalCount: 1,
      edges: [{ node: { id: ownId, referrerReference: 'HA-2026-0815', status: 'REQUESTED' } }],
    });
    const theirs = await search({ ref: 'HA-2026-0815' }, other);
    expect(ids(theirs)).toEqual([otherId]);
    expect(theirs.text).not.toContain(ownId);
  });

  it("filters on the referring organisation only for Kadera: the filter follows the field's own rule", async () => {
    const byId = await search({ orgId: DEMO_REFERRERS[0].id, first: 100 });
    expect(ids(byId)).toContain(ownId);
    expect(ids(byId)).not.toContain(otherId);
    const byName = await search({ orgName: DEMO_REFERRERS[0].name.slice(4, 20).toUpperCase(), first: 100 });
    expect(ids(byName)).toContain(ownId);
    expect(byName.data.searchReferrals.totalCount).toBe(byName.data.searchReferrals.edges.length);
    const wildcard = await search({ orgName: '%' });
    expect(wildcard.data.searchReferrals.totalCount).toBe(0);
    for (const variables of [{ orgId: DEMO_REFERRERS[0].id }, { orgName: 'Esch' }, { ref: 'HA-2026-0815', orgName: 'Esch' }]) {
      const refused = await search(variables, own);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        argument: Object.keys(variables).includes('orgId') ? 'referrerOrganisationId' : 'referrerOrganisationName',
      });
      expect(refused.data?.searchReferrals ?? null).toBeNull();
    }
  });

  it('pages with a stable cursor and the same total on every page', async () => {
    const all = await search({ orgId: DEMO_REFERRERS[0].id, first: 100 });
    const expected = ids(all);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await search({ orgId: DEMO_REFERRERS[0].id, first: 2, after });
      expect(page.data.searchReferrals.totalCount).toBe(expected.length);
      seen.push(...ids(page));
      if (!page.data.searchReferrals.pageInfo.hasNextPage) break;
      after = page.data.searchReferrals.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('by referral to its client: a linked referral found by reference names its client (Kadera only)', async () => {
    const { data } = await hub.query('clients', `{ clients(first: 1) { edges { node { id } } } }`, {}, testCallers.staff);
    const clientId = data.clients.edges[0].node.id;
    const linked = await hub.query('referrals', LINK, { input: { referralId: ownId, clientId } }, testCallers.intake);
    expect(linked.errors).toBeUndefined();
    const found = await hub.query(
      'referrals',
      `{ searchReferrals(referrerReference: "HA-2026-0815", referrerOrganisationId: "${DEMO_REFERRERS[0].id}") { edges { node { id client { id } } } } }`,
      {},
      testCallers.intake,
    );
    expect(found.data.searchReferrals.edges).toEqual([{ node: { id: ownId, client: { id: clientId } } }]);
    const referrer = await hub.query('referrals', `{ searchReferrals(referrerReference: "HA-2026-0815") { edges { node { client { id } } } } }`, {}, own);
    expect(referrer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(referrer.text).not.toContain(clientId);
  });

  it('needs a filter; refuses callers outside Kadera and referrers', async () => {
    const neither = await search({});
    expect(neither.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referrerReference' });
    for (const caller of [testCallers.partner(0), testCallers.auditor, testCallers.municipality('GM0153')]) {
      const refused = await search({ ref: 'HA-2026-0815' }, caller);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.text).not.toContain(ownId);
    }
  });

  it('is in the access log as a SEARCH of the referrals linked to a client', async () => {
    const sql = (query: string) => hub.servers.referrals!.orm.em.getConnection().execute(query);
    await search({ ref: 'HA-2026-0815' }, testCallers.intake);
    const [entry] = await sql(`select action, outcome, fields, source_service from audit.access_log order by seq desc limit 1`);
    expect(entry).toMatchObject({ action: 'SEARCH', outcome: 'ALLOWED', source_service: 'referrals' });
    expect(entry.fields).toEqual(expect.arrayContaining(['Referral.id', 'Referral.referrerReference']));
  });
});
