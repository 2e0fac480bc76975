/** The statuses a partner may accept a handoff from (HANDOFF_TRANSITIONS in handoff.workflow.ts; handoff-order.unit.test.ts checks it). */
export const ACCEPTABLE_FROM: readonly string[] = ['REQUESTED', 'RECEIVED'];

interface InboxHandoff {
  overdue: boolean;
  dueAt: string;
}

/** The inbox order: overdue first, then the soonest due. */
export function inboxOrder<H extends InboxHandoff>(handoffs: readonly H[]): H[] {
  return [...handoffs].sort((a, b) => Number(b.overdue) - Number(a.overdue) || Date.parse(a.dueAt) - Date.parse(b.dueAt));
}
