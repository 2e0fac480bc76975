import { addCalendarDays, dueWithinDaysEnd, Priority } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { Referral } from './referral.entity';
import { codeOf, referralInput, submitOk, transition } from './referral-test-support';
import { AWAITING_CONTACT, ReferralStatus } from './referral.workflow';
import { referralsSubgraph } from './subgraph';

const QUEUE = `query($withinDays: Int!, $first: Int, $after: String) {
  referralContactQueue(withinDays: $withinDays, first: $first, after: $after) {
    totalCount
    edges { cursor node { id status priority contactDueAt overdue } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('referralContactQueue: referrals whose contact is due within N days or overdue', () => {
  let hub: TestSubgraphs;

  const queue = async (withinDays: number, first = 100, after?: string) => {
    const { data, errors } = await hub.query('referrals', QUEUE, { withinDays, first, after }, testCallers.staff);
    expect(errors).toBeUndefined();
    return data.referralContactQueue;
  };
  /** The queue as the rule says, from the table itself: waiting for contact and due before the end of the day N days ahead. */
  const expected = async (withinDays: number) => {
    const rows = await hub.servers.referrals!.orm.em.fork().find(Referral, {}, { orderBy: { contactDueAt: 'asc', id: 'asc' } });
    const end = dueWithinDaysEnd(withinDays).getTime();
    return rows.filter((r) => AWAITING_CONTACT.includes(r.status) && r.contactDueAt.getTime() < end).map((r) => r.id);
  };

  beforeAll(async () => {
    hub = await startTestSubgraphs([referralsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it('holds the waiting referrals due by tonight, overdue first, ordered by due date, with the total', async () => {
    const today = await queue(0);
    const ids = await expected(0);
    expect(ids.length).toBeGreaterThan(0);
    expect(today.edges.map((e: any) => e.node.id)).toEqual(ids);
    expect(today.totalCount).toBe(ids.length);
    const nodes = today.edges.map((e: any) => e.node);
    expect(nodes.every((n: any) => ['REQUESTED', 'RECEIVED'].includes(n.status))).toBe(true);
    const dues = nodes.map((n: any) => Date.parse(n.contactDueAt));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    // Overdue ones come before those still due today.
    const overdue = nodes.map((n: any) => n.overdue);
    expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
    expect(overdue).toContain(true);
  });

  it('widens with withinDays: a new routine referral is due in 7 days, so in the 7-day queue and not in the 6-day one', async () => {
    const referral = await submitOk(hub, testCallers.staff, referralInput({ priority: Priority.ROUTINE }));
    const inIds = async (days: number) => (await queue(days)).edges.some((e: any) => e.node.id === referral.id);
    expect(await inIds(6)).toBe(false);
    expect(await inIds(7)).toBe(true);
    const week = await queue(7);
    expect(week.edges.map((e: any) => e.node.id)).toEqual(await expected(7));
    expect(week.totalCount).toBeGreaterThan((await queue(0)).totalCount);
  });

  it('pages by cursor, every referral once, with the total on every page', async () => {
    const all = await expected(30);
    expect(all.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await queue(30, 2, after);
      expect(page.totalCount).toBe(all.length);
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('a referral leaves the queue once Kadera answers it (accepted), and a put-on-hold one is not waiting either', async () => {
    const urgent = await submitOk(hub, testCallers.staff, referralInput({ priority: Priority.URGENT }));
    const other = await submitOk(hub, testCallers.staff, referralInput({ priority: Priority.URGENT }));
    const ids = async () => (await queue(1)).edges.map((e: any) => e.node.id);
    expect(await ids()).toEqual(expect.arrayContaining([urgent.id, other.id]));
    for (const [id, to, reason] of [
      [urgent.id, ReferralStatus.RECEIVED],
      [urgent.id, ReferralStatus.ACCEPTED],
      [other.id, ReferralStatus.RECEIVED],
      [other.id, ReferralStatus.ON_HOLD, 'Waiting list'],
    ] as const) {
      expect((await transition(hub, testCallers.staff, id, to, reason)).errors).toBeUndefined();
      if (to === ReferralStatus.RECEIVED) expect(await ids()).toContain(id);
    }
    expect(await ids()).not.toContain(urgent.id);
    expect(await ids()).not.toContain(other.id);
  });

  it('is for Kadera only; withinDays must be 0 or more', async () => {
    for (const caller of [testCallers.referrer(0), testCallers.partner(0), testCallers.auditor, testCallers.municipality('GM0193')]) {
      expect(codeOf(await hub.query('referrals', QUEUE, { withinDays: 1 }, caller))).toBe('FORBIDDEN');
    }
    for (const caller of [testCallers.intake, testCallers.shelter]) {
      expect((await hub.query('referrals', QUEUE, { withinDays: 1 }, caller)).errors).toBeUndefined();
    }
    const bad = await hub.query('referrals', QUEUE, { withinDays: -1 }, testCallers.staff);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions).toMatchObject({ argument: 'withinDays' });
    expect(codeOf(await hub.query('referrals', QUEUE, { withinDays: 1, after: 'bm90IGEgY3Vyc29y' }, testCallers.staff))).toBe('BAD_USER_INPUT');
  });
});

describe('contact due per priority, as set', () => {
  let hub: TestSubgraphs;

  beforeAll(async () => {
    hub = await startTestSubgraphs([referralsSubgraph], { contactDueDays: { URGENT: 2, ROUTINE: 10 } });
  });
  afterAll(() => hub?.stop());

  it('dates contact by the settings: URGENT 2 days, ROUTINE 10 days after receipt', async () => {
    const urgent = await submitOk(hub, testCallers.staff, referralInput({ priority: Priority.URGENT }));
    const routine = await submitOk(hub, testCallers.staff, referralInput({ priority: Priority.ROUTINE }));
    expect(urgent.contactDueAt).toBe(addCalendarDays(new Date(urgent.receivedAt), 2).toISOString());
    expect(routine.contactDueAt).toBe(addCalendarDays(new Date(routine.receivedAt), 10).toISOString());
  });

  it('dates the demo referrals by the settings too', async () => {
    const rows = await hub.servers.referrals!.orm.em.fork().find(Referral, {});
    for (const row of rows) expect(row.contactDueAt).toEqual(addCalendarDays(row.receivedAt, row.priority === Priority.URGENT ? 2 : 10));
  });
});
