import { describeTransitions, Side, sidesOf } from '@hub/common';
import { transitionVerdicts, verdictsOfTable, type ExpectedMove } from '@hub/testing';
import { AWAITING_CONTACT, REFERRAL_TRANSITIONS, ReferralSide, ReferralStatus } from './referral.workflow';

const { KADERA, REFERRER } = Side;

/**
 * Every legal referral move, written out by hand (DESIGN.md section 6, docs/workflows.md):
 * from, to, the side that may make it, and whether it needs a reason.
 */
const EXPECTED: ExpectedMove[] = [
  ['REQUESTED', 'RECEIVED', KADERA, false],
  ['RECEIVED', 'ACCEPTED', KADERA, false],
  ['ON_HOLD', 'ACCEPTED', KADERA, false],
  ['RECEIVED', 'REJECTED', KADERA, true],
  ['ON_HOLD', 'REJECTED', KADERA, true],
  ['RECEIVED', 'ON_HOLD', KADERA, true],
  ['IN_PROGRESS', 'ON_HOLD', KADERA, true],
  ['ON_HOLD', 'CANCELLED', KADERA, true],
  ['ACCEPTED', 'IN_PROGRESS', KADERA, false],
  ['IN_PROGRESS', 'COMPLETED', KADERA, false],
  ['IN_PROGRESS', 'FAILED', KADERA, true],
  ['REQUESTED', 'ENTERED_IN_ERROR', KADERA, true],
  ['RECEIVED', 'ENTERED_IN_ERROR', KADERA, true],
  ['ACCEPTED', 'ENTERED_IN_ERROR', KADERA, true],
  ['ON_HOLD', 'ENTERED_IN_ERROR', KADERA, true],
  ['IN_PROGRESS', 'ENTERED_IN_ERROR', KADERA, true],
  ['REQUESTED', 'CANCELLED', REFERRER, true],
  ['RECEIVED', 'CANCELLED', REFERRER, true],
  ['ON_HOLD', 'CANCELLED', REFERRER, true],
];

const STATUSES = Object.values(ReferralStatus);
const SIDES = Object.values(Side);
const sorted = (moves: ExpectedMove[]) => moves.map((move) => move.join(' ')).sort();

describe('the referral workflow table', () => {
  it('keeps the contact promise open in REQUESTED and RECEIVED: the statuses before Kadera accepts, rejects or holds', () => {
    expect([...AWAITING_CONTACT].sort()).toEqual(['RECEIVED', 'REQUESTED']);
  });

  it('holds exactly the moves written out here', () => {
    const moves = describeTransitions(REFERRAL_TRANSITIONS).map(({ from, to, side, reason }): ExpectedMove => [from, to, side, reason]);
    expect(sorted(moves)).toEqual(sorted(EXPECTED));
  });

  it('checkTransition answers every (from, to, side) as the table written out here says', () => {
    expect(transitionVerdicts(REFERRAL_TRANSITIONS, STATUSES, SIDES)).toEqual(verdictsOfTable(EXPECTED, STATUSES, SIDES));
  });

  it('uses every ReferralStatus, and the stored sides are the sides that move a referral', () => {
    expect(new Set(EXPECTED.flatMap(([from, to]) => [from, to]))).toEqual(new Set(STATUSES));
    expect(Object.values(ReferralSide).sort()).toEqual(sidesOf(REFERRAL_TRANSITIONS).sort());
  });
});
