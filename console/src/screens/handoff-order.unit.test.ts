import { Side } from '@hub/common/light';
import { HANDOFF_TRANSITIONS, HandoffStatus } from '@hub/handoffs/dist/handoff.workflow';
import { ACCEPTABLE_FROM, inboxOrder } from './handoff-order';

describe('the handoffs inbox', () => {
  it('offers Accept exactly in the statuses the handoff workflow lets a partner accept from', () => {
    const from = HANDOFF_TRANSITIONS.filter((rule) => rule.to === HandoffStatus.ACCEPTED && rule.by.includes(Side.PARTNER)).flatMap((rule) => rule.from);
    expect([...ACCEPTABLE_FROM].sort()).toEqual([...from].sort());
  });

  it('lists the overdue first, then the soonest due', () => {
    const handoffs = [
      { id: 'later', overdue: false, dueAt: '2026-12-10T10:00:00Z' },
      { id: 'overdue-recent', overdue: true, dueAt: '2026-12-06T10:00:00Z' },
      { id: 'sooner', overdue: false, dueAt: '2026-12-08T10:00:00Z' },
      { id: 'overdue-oldest', overdue: true, dueAt: '2026-12-01T10:00:00Z' },
    ];
    expect(inboxOrder(handoffs).map((h) => h.id)).toEqual(['overdue-oldest', 'overdue-recent', 'sooner', 'later']);
    expect(handoffs[0].id).toBe('later');
  });
});
