import { describeTransitions, REASON_REQUIRED } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { REFERRAL_TRANSITIONS, ReferralStatus } from './referral.workflow';
import { referralsSubgraph } from './subgraph';
import { codeOf, submitOk, transition } from './referral-test-support';

const { REQUESTED, RECEIVED, ACCEPTED, ON_HOLD, IN_PROGRESS, COMPLETED, CANCELLED, REJECTED } = ReferralStatus;

/** How Kadera brings a fresh referral into each state the table moves from. */
const PATH_TO: Partial<Record<ReferralStatus, ReferralStatus[]>> = {
  [REQUESTED]: [],
  [RECEIVED]: [RECEIVED],
  [ACCEPTED]: [RECEIVED, ACCEPTED],
  [ON_HOLD]: [RECEIVED, ON_HOLD],
  [IN_PROGRESS]: [RECEIVED, ACCEPTED, IN_PROGRESS],
};

describe('transitionReferral', () => {
  let hub: TestSubgraphs;
  const referrer = testCallers.referrer(2);
  const intake = testCallers.intake;
  const callerFor = (side: string) => (side === 'KADERA' ? intake : referrer);

  beforeAll(async () => {
    hub = await startTestSubgraphs([referralsSubgraph]);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  const referralIn = async (status: ReferralStatus) => {
    const referral = await submitOk(hub, referrer);
    for (const step of PATH_TO[status]!) {
      const moved = await transition(hub, intake, referral.id, step, 'setting up the test');
      expect(moved.errors).toBeUndefined();
    }
    return referral.id as string;
  };

  const stored = async (id: string) => {
    const connection = hub.servers.referrals!.orm.em.fork().getConnection();
    const [row] = await connection.execute('select status from referrals.referral where id = ?', [id]);
    const [history] = await connection.execute('select count(*) as n from referrals.referral_status_change where referral_id = ?', [id]);
    return { status: row.status, history: Number(history.n) };
  };

  /** A move that must fail with `code`, leaving status and history as they were. */
  const refusedMove = async (id: string, caller: any, to: ReferralStatus, reason: string | undefined, code: string) => {
    const before = await stored(id);
    const response = await transition(hub, caller, id, to, reason);
    expect(codeOf(response)).toBe(code);
    expect(await stored(id)).toEqual(before);
    return response.errors![0];
  };

  // The table itself is pinned move by move, by hand, in referral.workflow.test.ts; here each move goes through the subgraph.
  const rows = describeTransitions(REFERRAL_TRANSITIONS);

  it('the table has every move DESIGN.md and the issue name', () => {
    expect(rows.length).toBe(19);
  });

  it.each(rows)('$side moves $from -> $to (reason required: $reason)', async ({ from, to, side, reason }) => {
    const id = await referralIn(from);
    const why = reason ? `because ${to}` : undefined;
    const response = await transition(hub, callerFor(side), id, to, why);
    expect(response.errors).toBeUndefined();
    const referral = response.data.transitionReferral;
    expect(referral.status).toBe(to);
    expect(referral.history.at(-1)).toMatchObject({
      from,
      to,
      side,
      changedByUserId: callerFor(side).userId,
      reason: why ?? null,
    });
    expect(await stored(id)).toEqual({ status: to, history: PATH_TO[from]!.length + 2 });
  });

  it('refuses illegal moves with INVALID_TRANSITION and writes nothing', async () => {
    const id = await referralIn(REQUESTED);
    const error = await refusedMove(id, intake, ACCEPTED, undefined, 'INVALID_TRANSITION');
    expect(error.extensions).toMatchObject({ from: 'REQUESTED', to: 'ACCEPTED' });
    await refusedMove(id, intake, REQUESTED, undefined, 'INVALID_TRANSITION');
    await refusedMove(id, intake, COMPLETED, undefined, 'INVALID_TRANSITION');
    const done = await referralIn(IN_PROGRESS);
    expect((await transition(hub, intake, done, COMPLETED)).errors).toBeUndefined();
    for (const to of Object.values(ReferralStatus)) await refusedMove(done, intake, to, 'closed is closed', 'INVALID_TRANSITION');
  });

  it('refuses a legal move by the wrong side with FORBIDDEN', async () => {
    const id = await referralIn(REQUESTED);
    await refusedMove(id, referrer, RECEIVED, undefined, 'FORBIDDEN');
    await refusedMove(id, intake, CANCELLED, 'only the referrer withdraws a new referral', 'FORBIDDEN');
    await refusedMove(id, testCallers.partner(1), CANCELLED, 'partners have no part in referrals', 'FORBIDDEN');
    await refusedMove(id, testCallers.auditor, RECEIVED, undefined, 'FORBIDDEN');
    const inProgress = await referralIn(IN_PROGRESS);
    await refusedMove(inProgress, referrer, CANCELLED, 'too late to withdraw', 'INVALID_TRANSITION');
  });

  it('requires a reason for REJECTED, ON_HOLD, CANCELLED, FAILED and ENTERED_IN_ERROR (BAD_USER_INPUT)', async () => {
    const received = await referralIn(RECEIVED);
    for (const to of [REJECTED, ON_HOLD, ReferralStatus.ENTERED_IN_ERROR]) {
      expect(REASON_REQUIRED.has(to)).toBe(true);
      const error = await refusedMove(received, intake, to, undefined, 'BAD_USER_INPUT');
      expect(error.extensions).toMatchObject({ argument: 'reason' });
      await refusedMove(received, intake, to, '   ', 'BAD_USER_INPUT');
    }
    await refusedMove(received, referrer, CANCELLED, undefined, 'BAD_USER_INPUT');
    const inProgress = await referralIn(IN_PROGRESS);
    await refusedMove(inProgress, intake, ReferralStatus.FAILED, '', 'BAD_USER_INPUT');
    const error = await refusedMove(received, intake, REJECTED, 'r'.repeat(1001), 'BAD_USER_INPUT');
    expect(error.extensions).toMatchObject({ field: 'reason' });
  });

  it("a referrer withdrawing another organisation's referral is told NOT_FOUND, as for one that does not exist", async () => {
    const id = await referralIn(REQUESTED);
    const error = await refusedMove(id, testCallers.referrer(0), CANCELLED, 'not mine', 'NOT_FOUND');
    expect(error.message).toBe('referral was not found');
    const missing = await transition(hub, intake, '00000000-0000-4000-8000-000000000000', RECEIVED);
    expect(codeOf(missing)).toBe('NOT_FOUND');
    const malformed = await transition(hub, intake, 'not-a-uuid', RECEIVED);
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors![0].extensions).toMatchObject({ field: 'referralId' });
    const anonymous = await transition(hub, undefined as any, id, RECEIVED);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('keeps the full history: who, when, from, to and why, oldest first', async () => {
    const id = await referralIn(REQUESTED);
    await transition(hub, intake, id, RECEIVED);
    await transition(hub, intake, id, ON_HOLD, 'waiting list 8-12 weeks');
    const last = await transition(hub, referrer, id, CANCELLED, 'help found elsewhere');
    const history = last.data.transitionReferral.history;
    expect(history.map((h: any) => [h.from, h.to, h.side, h.changedByUserId, h.reason])).toEqual([
      [null, 'REQUESTED', 'REFERRER', referrer.userId, null],
      ['REQUESTED', 'RECEIVED', 'KADERA', intake.userId, null],
      ['RECEIVED', 'ON_HOLD', 'KADERA', intake.userId, 'waiting list 8-12 weeks'],
      ['ON_HOLD', 'CANCELLED', 'REFERRER', referrer.userId, 'help found elsewhere'],
    ]);
    expect(history[3].changedByOrganisationId).toBe(referrer.organisationId);
    const times = history.map((h: any) => new Date(h.changedAt).getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const query = await hub.query('referrals', `query ($id: UUID!) { referral(id: $id) { status history { to } } }`, { id }, intake);
    expect(query.data.referral).toEqual({ status: 'CANCELLED', history: history.map((h: any) => ({ to: h.to })) });
  });
});
