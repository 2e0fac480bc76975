import { badInput, hubError } from '../errors';
import type { Side } from './roles';
import { TaskStatus } from './enums';

/** One legal move of a FHIR Task-style workflow, and who may make it. */
export interface TransitionRule {
  from: TaskStatus[];
  to: TaskStatus;
  by: Side[];
}

/** Moves that must say why (DESIGN.md section 6). */
export const REASON_REQUIRED: ReadonlySet<TaskStatus> = new Set([
  TaskStatus.REJECTED,
  TaskStatus.ON_HOLD,
  TaskStatus.CANCELLED,
  TaskStatus.FAILED,
  TaskStatus.ENTERED_IN_ERROR,
]);

export const CLOSED_STATUSES: ReadonlySet<TaskStatus> = new Set([
  TaskStatus.COMPLETED,
  TaskStatus.CANCELLED,
  TaskStatus.FAILED,
  TaskStatus.REJECTED,
  TaskStatus.ENTERED_IN_ERROR,
]);

/**
 * Checks a status change against a workflow's rules: an illegal move is
 * INVALID_TRANSITION, a legal move by the wrong side FORBIDDEN, a missing reason BAD_USER_INPUT.
 */
export function checkTransition(
  rules: readonly TransitionRule[],
  from: TaskStatus,
  to: TaskStatus,
  side: Side,
  reason: string | undefined | null,
): void {
  const legal = rules.filter((rule) => rule.to === to && rule.from.includes(from));
  if (legal.length === 0) {
    throw hubError('INVALID_TRANSITION', `cannot move from ${from} to ${to}`, { from, to });
  }
  if (!legal.some((rule) => rule.by.includes(side))) {
    throw hubError('FORBIDDEN', `a ${side.toLowerCase()} caller cannot move from ${from} to ${to}`, { from, to });
  }
  if (REASON_REQUIRED.has(to) && !reason?.trim()) {
    throw badInput(`moving to ${to} needs a reason`, { argument: 'reason' });
  }
}

/** Rows for docs/workflows.md: every legal move with who may make it. */
export function describeTransitions(rules: readonly TransitionRule[]): Array<{ from: string; to: string; by: string; reason: boolean }> {
  return rules.flatMap((rule) =>
    rule.from.map((from) => ({ from, to: rule.to, by: rule.by.join(', '), reason: REASON_REQUIRED.has(rule.to) })),
  );
}
