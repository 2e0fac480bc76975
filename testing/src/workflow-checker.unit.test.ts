import { GraphQLError } from 'graphql';
import {
  checkTransition,
  closedStatuses,
  CLOSED_STATUSES,
  describeTransitions,
  openStatuses,
  REASON_REQUIRED,
  reasonStatuses,
  Side,
  sidesOf,
  type TransitionRule,
} from '@hub/common';
import { transitionVerdicts, verdictsOfTable, type ExpectedMove } from './transition-verdicts';

/** A small workflow of its own, so the checker is tested apart from the referral and handoff tables. */
enum ToyStatus {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
const { REQUESTED, ACCEPTED, COMPLETED, CANCELLED } = ToyStatus;
const TOY: readonly TransitionRule<ToyStatus>[] = [
  { from: [REQUESTED], to: ACCEPTED, by: [Side.PARTNER] },
  { from: [ACCEPTED], to: COMPLETED, by: [Side.PARTNER, Side.KADERA] },
  { from: [REQUESTED, ACCEPTED], to: CANCELLED, by: [Side.KADERA] },
];

const refusal = (run: () => void) => {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return { message: (error as GraphQLError).message, extensions: (error as GraphQLError).extensions };
  }
};

describe('workflow rules (common)', () => {
  it('a reason is required for REJECTED, ON_HOLD, CANCELLED, FAILED and ENTERED_IN_ERROR', () => {
    expect([...REASON_REQUIRED].sort()).toEqual(['CANCELLED', 'ENTERED_IN_ERROR', 'FAILED', 'ON_HOLD', 'REJECTED']);
    expect(reasonStatuses(ToyStatus)).toEqual(['CANCELLED']);
  });

  it('the closed statuses are COMPLETED, CANCELLED, FAILED, REJECTED and ENTERED_IN_ERROR', () => {
    expect([...CLOSED_STATUSES].sort()).toEqual(['CANCELLED', 'COMPLETED', 'ENTERED_IN_ERROR', 'FAILED', 'REJECTED']);
    expect(openStatuses(ToyStatus)).toEqual(['REQUESTED', 'ACCEPTED']);
    expect(closedStatuses(ToyStatus)).toEqual(['COMPLETED', 'CANCELLED']);
  });

  it('describes a table one row per (from, to, side), and names its sides', () => {
    expect(describeTransitions(TOY)).toEqual([
      { from: 'REQUESTED', to: 'ACCEPTED', side: 'PARTNER', reason: false },
      { from: 'ACCEPTED', to: 'COMPLETED', side: 'PARTNER', reason: false },
      { from: 'ACCEPTED', to: 'COMPLETED', side: 'KADERA', reason: false },
      { from: 'REQUESTED', to: 'CANCELLED', side: 'KADERA', reason: true },
      { from: 'ACCEPTED', to: 'CANCELLED', side: 'KADERA', reason: true },
    ]);
    expect(sidesOf(TOY)).toEqual(['PARTNER', 'KADERA']);
  });

  it('checkTransition: illegal INVALID_TRANSITION, wrong side FORBIDDEN, no reason BAD_USER_INPUT', () => {
    expect(refusal(() => checkTransition(TOY, REQUESTED, COMPLETED, Side.KADERA, 'why'))).toEqual({
      message: 'cannot move from REQUESTED to COMPLETED',
      extensions: { code: 'INVALID_TRANSITION', from: 'REQUESTED', to: 'COMPLETED' },
    });
    expect(refusal(() => checkTransition(TOY, REQUESTED, ACCEPTED, Side.KADERA, null))).toEqual({
      message: 'a kadera caller cannot move from REQUESTED to ACCEPTED',
      extensions: { code: 'FORBIDDEN', from: 'REQUESTED', to: 'ACCEPTED' },
    });
    for (const reason of [undefined, null, '', '   ']) {
      expect(refusal(() => checkTransition(TOY, ACCEPTED, CANCELLED, Side.KADERA, reason))).toMatchObject({
        message: 'moving to CANCELLED needs a reason',
        extensions: { code: 'BAD_USER_INPUT', argument: 'reason' },
      });
    }
    expect(refusal(() => checkTransition(TOY, ACCEPTED, CANCELLED, Side.KADERA, 'client moved'))).toBeUndefined();
  });

  it('checkTransition answers every (from, to, side) as the table written out here says', () => {
    const expected: ExpectedMove[] = [
      ['REQUESTED', 'ACCEPTED', Side.PARTNER, false],
      ['ACCEPTED', 'COMPLETED', Side.PARTNER, false],
      ['ACCEPTED', 'COMPLETED', Side.KADERA, false],
      ['REQUESTED', 'CANCELLED', Side.KADERA, true],
      ['ACCEPTED', 'CANCELLED', Side.KADERA, true],
    ];
    const statuses = Object.values(ToyStatus);
    const sides = Object.values(Side);
    expect(transitionVerdicts(TOY, statuses, sides)).toEqual(verdictsOfTable(expected, statuses, sides));
    expect(transitionVerdicts(TOY, statuses, sides)['COMPLETED -> CANCELLED by KADERA']).toBe('INVALID_TRANSITION');
    expect(transitionVerdicts(TOY, statuses, sides)['REQUESTED -> CANCELLED by PARTNER']).toBe('FORBIDDEN');
  });
});
