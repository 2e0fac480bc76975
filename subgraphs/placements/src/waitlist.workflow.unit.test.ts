import { describeTransitions, Side } from '@hub/common';
import { transitionVerdicts, verdictsOfTable, type ExpectedMove } from '@hub/testing';
import { WAITLIST_TRANSITIONS, WaitlistStatus } from './waitlist.workflow';

/** Every legal waitlist move, written out by hand (docs/workflows.md): from, to, who, reason required. */
const EXPECTED: ExpectedMove[] = [
  ['WAITING', 'OFFERED', Side.KADERA, false],
  ['OFFERED', 'ADMITTED', Side.KADERA, false],
  ['WAITING', 'ADMITTED', Side.KADERA, false],
  ['OFFERED', 'WAITING', Side.KADERA, false],
  ['WAITING', 'WITHDRAWN', Side.KADERA, false],
  ['OFFERED', 'WITHDRAWN', Side.KADERA, false],
];

const STATUSES = Object.values(WaitlistStatus);
const SIDES = Object.values(Side);

describe('the waitlist workflow table', () => {
  it('holds exactly the moves written out here', () => {
    expect(describeTransitions(WAITLIST_TRANSITIONS).map(({ from, to, side, reason }) => [from, to, side, reason])).toEqual(EXPECTED);
  });

  it('checkTransition answers every (from, to, side) as the table written out here says', () => {
    expect(transitionVerdicts(WAITLIST_TRANSITIONS, STATUSES, SIDES)).toEqual(verdictsOfTable(EXPECTED, STATUSES, SIDES));
  });

  it('an admitted or withdrawn entry never moves again, and no partner, referrer or municipality moves any', () => {
    for (const rule of WAITLIST_TRANSITIONS) {
      expect(rule.from).not.toContain(WaitlistStatus.ADMITTED);
      expect(rule.from).not.toContain(WaitlistStatus.WITHDRAWN);
      expect(rule.by).toEqual([Side.KADERA]);
    }
  });
});
