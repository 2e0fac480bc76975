import { DEMO_PARTNERS, PartnerType } from '@hub/common';
import { testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

const CONTACT_QUEUE = `query ($withinDays: Int!, $first: Int, $after: String) {
  referralContactQueue(withinDays: $withinDays, first: $first, after: $after) {
    totalCount
    edges { node { id status priority contactDueAt overdue referrerOrganisationName client { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const OVERDUE = `query ($partnerType: PartnerType, $first: Int, $after: String) {
  overdueHandoffs(partnerType: $partnerType, first: $first, after: $after) {
    totalCount
    edges { node { id status dueAt overdue partner { id name partnerType } client { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const COUNTS = `{ overdueHandoffCounts { partnerOrganisation { id name } partnerType count oldestDueAt } }`;
const MOVE = `mutation ($input: TransitionHandoffInput!) { transitionHandoff(input: $input) { id status overdue } }`;
const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { action outcome userId sourceService } }`;

/** Every page of a queue, as staff would scroll it; each page repeats the total. */
async function allPages(hub: TestStack, query: string, field: string, variables: Record<string, unknown>) {
  const nodes: any[] = [];
  const totals = new Set<number>();
  let after: string | undefined;
  for (;;) {
    const { data, errors } = await hub.query(query, { ...variables, first: 2, after });
    expect(errors).toBeUndefined();
    totals.add(data[field].totalCount);
    nodes.push(...data[field].edges.map((e: any) => e.node));
    if (!data[field].pageInfo.hasNextPage) break;
    after = data[field].pageInfo.endCursor;
  }
  expect(totals.size).toBe(1);
  return { nodes, total: [...totals][0] };
}

/** Staff reading today's work queues through the gateway: contact due, and handoffs partners have not answered. */
describe('work queues through the gateway', () => {
  let hub: TestStack;

  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  it("staff read today's contact queue: waiting referrals due by tonight, overdue first, paged, with the total and the clients", async () => {
    const { nodes, total } = await allPages(hub, CONTACT_QUEUE, 'referralContactQueue', { withinDays: 0 });
    expect(total).toBe(nodes.length);
    expect(nodes.length).toBeGreaterThan(0);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    expect(nodes.every((n) => ['REQUESTED', 'RECEIVED'].includes(n.status))).toBe(true);
    const dues = nodes.map((n) => Date.parse(n.contactDueAt));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(nodes[0].overdue).toBe(true);
    // Clients come from the clients subgraph, batched, for the referrals linked to one.
    expect(nodes.filter((n) => n.client).every((n) => typeof n.client.name === 'string')).toBe(true);
    const week = await hub.query(CONTACT_QUEUE, { withinDays: 7 });
    expect(week.data.referralContactQueue.totalCount).toBeGreaterThanOrEqual(total);
  });

  it('a referrer and a partner are refused the contact queue', async () => {
    for (const caller of [testCallers.referrer(0), testCallers.partnerOfType(PartnerType.GGZ)]) {
      const refused = await hub.as(caller).query(CONTACT_QUEUE, { withinDays: 0 });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.data ?? null).toBeNull();
    }
  });

  it('staff read the overdue handoffs, longest overdue first, and the counts per partner add up to the total', async () => {
    const { nodes, total } = await allPages(hub, OVERDUE, 'overdueHandoffs', {});
    expect(total).toBe(nodes.length);
    expect(nodes.length).toBeGreaterThan(1);
    expect(nodes.every((n) => n.overdue && ['REQUESTED', 'RECEIVED'].includes(n.status) && Date.parse(n.dueAt) < Date.now())).toBe(true);
    const dues = nodes.map((n) => Date.parse(n.dueAt));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(nodes.every((n) => typeof n.client.name === 'string')).toBe(true);

    const { data, errors } = await hub.query(COUNTS);
    expect(errors).toBeUndefined();
    const counts = data.overdueHandoffCounts;
    expect(counts.reduce((sum: number, row: any) => sum + row.count, 0)).toBe(total);
    for (const row of counts) {
      const mine = nodes.filter((n) => n.partner.id === row.partnerOrganisation.id);
      expect(row).toMatchObject({ partnerType: mine[0].partner.partnerType, count: mine.length, oldestDueAt: mine[0].dueAt });
    }
  });

  it('reading the overdue queue is in the access log, per client, as a list read (SEARCH)', async () => {
    const first = (await hub.query(OVERDUE, { first: 1 })).data.overdueHandoffs.edges[0].node;
    const log = async () => (await hub.as(testCallers.auditor).query(LOG, { id: first.client.id })).data.accessLog;
    const before = (await log()).filter((e: any) => e.sourceService === 'handoffs').length;
    expect((await hub.query(OVERDUE, { first: 1 })).errors).toBeUndefined();
    const after = (await log()).filter((e: any) => e.sourceService === 'handoffs');
    expect(after.length).toBeGreaterThan(before);
    expect(after).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'SEARCH', outcome: 'ALLOWED', userId: testCallers.staff.userId })]));
  });

  it('a partner sees only its own overdue handoffs, not the counts; once it accepts one, it leaves the queue', async () => {
    const { nodes } = await allPages(hub, OVERDUE, 'overdueHandoffs', {});
    const target = nodes[0];
    const index = DEMO_PARTNERS.findIndex((p) => p.id === target.partner.id);
    const partner = hub.as(testCallers.partner(index));
    const own = await partner.query(OVERDUE, { first: 100 });
    expect(own.errors).toBeUndefined();
    expect(own.data.overdueHandoffs.edges.map((e: any) => e.node.id)).toEqual(nodes.filter((n) => n.partner.id === target.partner.id).map((n) => n.id));
    const counts = await partner.query(COUNTS);
    expect(counts.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const accepted = await partner.query(MOVE, { input: { handoffId: target.id, to: 'ACCEPTED' } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.transitionHandoff).toEqual({ id: target.id, status: 'ACCEPTED', overdue: false });
    const now = await hub.query(OVERDUE, { first: 100 });
    expect(now.data.overdueHandoffs.totalCount).toBe(nodes.length - 1);
    expect(now.data.overdueHandoffs.edges.map((e: any) => e.node.id)).not.toContain(target.id);
  });
});
