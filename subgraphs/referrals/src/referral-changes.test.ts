import { DEMO_REFERRERS, type Caller } from '@hub/common';
import { clientsSubgraph } from '@hub/testing/peers';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { Referral } from './referral.entity';
import { codeOf, submitOk, transition } from './referral-test-support';
import { referralsSubgraph } from './subgraph';

const CHANGES = `query($first: Int, $after: String, $updatedSince: DateTimeISO) {
  referrals(first: $first, after: $after, updatedSince: $updatedSince) {
    edges { node { id status } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const EPOCH = '2000-01-01T00:00:00.000Z';

interface Seen {
  id: string;
  status: string;
}

describe('referrals(updatedSince:): changed-since reading', () => {
  let hub: TestSubgraphs;
  const rows = () => hub.servers.referrals!.orm.em.fork();

  const page = async (caller: Caller, variables: Record<string, unknown>) => {
    const { data, errors } = await hub.query('referrals', CHANGES, { updatedSince: EPOCH, ...variables }, caller);
    expect(errors).toBeUndefined();
    return data.referrals as { edges: { node: Seen }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  };

  /** Follows the cursor to the end, from `after`. */
  const drain = async (caller: Caller, after: string | null, first = 4) => {
    const seen: Seen[] = [];
    let cursor = after;
    for (;;) {
      const result = await page(caller, { first, after: cursor });
      seen.push(...result.edges.map((edge) => edge.node));
      if (result.pageInfo.endCursor) cursor = result.pageInfo.endCursor;
      if (!result.pageInfo.hasNextPage) return { seen, cursor };
    }
  };

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, referralsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it('lists every referral once, in change order', async () => {
    const all = await rows().find(Referral, {}, { orderBy: { changeSeq: 'asc' } });
    const { seen } = await drain(testCallers.staff, null, 3);
    expect(seen.map((r) => r.id)).toEqual(all.map((r) => r.id));
  });

  it('shows a change made during paging exactly once, later, in its new state', async () => {
    const total = await rows().count(Referral, {});
    const firstPage = await page(testCallers.staff, { first: 6 });
    const changed = firstPage.edges.map((e) => e.node).find((r) => r.status === 'REQUESTED');
    expect(changed).toBeDefined();
    expect((await transition(hub, testCallers.staff, changed!.id, 'RECEIVED')).errors).toBeUndefined();
    const { seen: rest } = await drain(testCallers.staff, firstPage.pageInfo.endCursor);
    expect(rest.filter((r) => r.id === changed!.id)).toEqual([{ id: changed!.id, status: 'RECEIVED' }]);
    const others = [...firstPage.edges.map((e) => e.node), ...rest].filter((r) => r.id !== changed!.id).map((r) => r.id);
    expect(new Set(others).size).toBe(total - 1);
    expect(others).toHaveLength(total - 1);
  });

  it("a referrer polls only its own organisation's referrals, and sees its new and changed ones once", async () => {
    const referrer = testCallers.referrer(0);
    const own = await rows().count(Referral, { referrerOrganisationId: DEMO_REFERRERS[0].id });
    const { seen, cursor } = await drain(referrer, null, 2);
    expect(seen).toHaveLength(own);
    const ownIds = new Set((await rows().find(Referral, { referrerOrganisationId: DEMO_REFERRERS[0].id })).map((r) => r.id));
    for (const referral of seen) expect(ownIds.has(referral.id)).toBe(true);

    const submitted = await submitOk(hub, referrer);
    await submitOk(hub, testCallers.referrer(1));
    expect((await transition(hub, referrer, submitted.id, 'CANCELLED', 'Client found help elsewhere')).errors).toBeUndefined();
    const next = await drain(referrer, cursor);
    expect(next.seen).toEqual([{ id: submitted.id, status: 'CANCELLED' }]);
  });

  it('refuses a cursor of the other ordering with BAD_USER_INPUT', async () => {
    const newest = await hub.query('referrals', `{ referrals(first: 1) { pageInfo { endCursor } } }`, {}, testCallers.staff);
    const wrong = await hub.query('referrals', CHANGES, { first: 1, after: newest.data.referrals.pageInfo.endCursor, updatedSince: EPOCH }, testCallers.staff);
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
  });
});
