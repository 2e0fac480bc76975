import { describeTransitions, Side, sidesOf } from '@hub/common';
import { transitionVerdicts, verdictsOfTable, type ExpectedMove } from '@hub/testing';
import { AWAITING_RESPONSE, checkHandoffTransition, HANDOFF_SIDES, HANDOFF_TRANSITIONS, HandoffStatus, OUTCOME_REQUIRED } from './handoff.workflow';
import { OutcomeReason } from './handoff-outcome';

const { KADERA, PARTNER } = Side;

/**
 * Every legal handoff move, written out by hand (docs/workflows.md, closed loop):
 * from, to, the side that may make it, and whether it needs a reason.
 */
const EXPECTED: ExpectedMove[] = [
  ['REQUESTED', 'RECEIVED', PARTNER, false],
  ['REQUESTED', 'ACCEPTED', PARTNER, false],
  ['RECEIVED', 'ACCEPTED', PARTNER, false],
  ['REQUESTED', 'REJECTED', PARTNER, true],
  ['RECEIVED', 'REJECTED', PARTNER, true],
  ['ACCEPTED', 'IN_PROGRESS', PARTNER, false],
  ['ACCEPTED', 'ON_HOLD', PARTNER, true],
  ['IN_PROGRESS', 'ON_HOLD', PARTNER, true],
  ['ON_HOLD', 'IN_PROGRESS', PARTNER, false],
  ['IN_PROGRESS', 'COMPLETED', PARTNER, false],
  ['IN_PROGRESS', 'FAILED', PARTNER, true],
  ['REQUESTED', 'CANCELLED', KADERA, true],
  ['RECEIVED', 'CANCELLED', KADERA, true],
  ['ACCEPTED', 'CANCELLED', KADERA, true],
  ['ON_HOLD', 'CANCELLED', KADERA, true],
  ['IN_PROGRESS', 'CANCELLED', KADERA, true],
  ['REQUESTED', 'ENTERED_IN_ERROR', KADERA, true],
  ['RECEIVED', 'ENTERED_IN_ERROR', KADERA, true],
  ['ACCEPTED', 'ENTERED_IN_ERROR', KADERA, true],
  ['ON_HOLD', 'ENTERED_IN_ERROR', KADERA, true],
  ['IN_PROGRESS', 'ENTERED_IN_ERROR', KADERA, true],
  ['REJECTED', 'ENTERED_IN_ERROR', KADERA, true],
  ['COMPLETED', 'ENTERED_IN_ERROR', KADERA, true],
  ['CANCELLED', 'ENTERED_IN_ERROR', KADERA, true],
  ['FAILED', 'ENTERED_IN_ERROR', KADERA, true],
];

const STATUSES = Object.values(HandoffStatus);
const SIDES = Object.values(Side);
const sorted = (moves: ExpectedMove[]) => moves.map((move) => move.join(' ')).sort();

describe('the handoff workflow table', () => {
  it('holds exactly the moves written out here', () => {
    const moves = describeTransitions(HANDOFF_TRANSITIONS).map(({ from, to, side, reason }): ExpectedMove => [from, to, side, reason]);
    expect(sorted(moves)).toEqual(sorted(EXPECTED));
  });

  it('checkTransition answers every (from, to, side) as the table written out here says', () => {
    expect(transitionVerdicts(HANDOFF_TRANSITIONS, STATUSES, SIDES)).toEqual(verdictsOfTable(EXPECTED, STATUSES, SIDES));
  });

  it('waits for the partner to respond in REQUESTED and RECEIVED: the statuses before it accepts or rejects', () => {
    expect([...AWAITING_RESPONSE].sort()).toEqual(['RECEIVED', 'REQUESTED']);
  });

  it('uses every HandoffStatus, and the stored sides are the sides that move a handoff', () => {
    expect(new Set(EXPECTED.flatMap(([from, to]) => [from, to]))).toEqual(new Set(STATUSES));
    expect([...HANDOFF_SIDES].sort()).toEqual(['KADERA', 'PARTNER']);
    expect(HANDOFF_SIDES).toEqual(sidesOf(HANDOFF_TRANSITIONS));
  });

  it('COMPLETED demands a successful outcome and FAILED an unsuccessful one; nothing else demands one', () => {
    expect([...OUTCOME_REQUIRED]).toEqual([
      ['COMPLETED', true],
      ['FAILED', false],
    ]);
    const done = { successful: true, reasonCode: OutcomeReason.GOAL_REACHED };
    const notDone = { successful: false, reasonCode: OutcomeReason.NO_CONTACT };
    const codeOf = (run: () => unknown) => {
      try {
        run();
        return 'ok';
      } catch (error) {
        return (error as { extensions?: { code?: string } }).extensions?.code;
      }
    };
    const { IN_PROGRESS, COMPLETED, FAILED, RECEIVED, REJECTED } = HandoffStatus;
    expect(codeOf(() => checkHandoffTransition(IN_PROGRESS, COMPLETED, PARTNER, null, done))).toBe('ok');
    expect(codeOf(() => checkHandoffTransition(IN_PROGRESS, COMPLETED, PARTNER, null, null))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkHandoffTransition(IN_PROGRESS, COMPLETED, PARTNER, null, notDone))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkHandoffTransition(IN_PROGRESS, FAILED, PARTNER, 'no answer', notDone))).toBe('ok');
    expect(codeOf(() => checkHandoffTransition(IN_PROGRESS, FAILED, PARTNER, 'no answer', done))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkHandoffTransition(RECEIVED, REJECTED, PARTNER, 'outside our area', null))).toBe('ok');
    expect(codeOf(() => checkHandoffTransition(RECEIVED, REJECTED, PARTNER, 'outside our area', notDone))).toBe('ok');
    expect(codeOf(() => checkHandoffTransition(HandoffStatus.REQUESTED, RECEIVED, PARTNER, null, notDone))).toBe('BAD_USER_INPUT');
  });
});
