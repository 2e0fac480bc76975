import { Side } from './roles';
import { awaitingStatuses, type TransitionRule } from './workflow';

type S = 'REQUESTED' | 'RECEIVED' | 'ACCEPTED' | 'REJECTED' | 'IN_PROGRESS' | 'CANCELLED' | 'ON_HOLD';

const RULES: TransitionRule<S>[] = [
  { from: ['REQUESTED'], to: 'RECEIVED', by: [Side.PARTNER] },
  { from: ['RECEIVED'], to: 'ON_HOLD', by: [Side.PARTNER] },
  { from: ['REQUESTED', 'RECEIVED', 'ON_HOLD'], to: 'ACCEPTED', by: [Side.PARTNER] },
  { from: ['REQUESTED', 'RECEIVED'], to: 'REJECTED', by: [Side.PARTNER] },
  { from: ['ACCEPTED'], to: 'IN_PROGRESS', by: [Side.PARTNER] },
  { from: ['REQUESTED', 'RECEIVED', 'ACCEPTED'], to: 'CANCELLED', by: [Side.KADERA] },
];

describe('awaitingStatuses', () => {
  it('follows the table from the start until an answer or a closed status', () => {
    expect(awaitingStatuses(RULES, 'REQUESTED', ['ACCEPTED', 'REJECTED']).sort()).toEqual(['ON_HOLD', 'RECEIVED', 'REQUESTED']);
    expect(awaitingStatuses(RULES, 'REQUESTED', ['ACCEPTED', 'REJECTED', 'ON_HOLD']).sort()).toEqual(['RECEIVED', 'REQUESTED']);
  });

  it('never passes an answer: what follows acceptance is not waiting', () => {
    expect(awaitingStatuses(RULES, 'REQUESTED', ['RECEIVED', 'ACCEPTED', 'REJECTED'])).toEqual(['REQUESTED']);
  });
});
