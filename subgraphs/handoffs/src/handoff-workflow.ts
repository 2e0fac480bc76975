import { badInput, checkTransition, CLOSED_STATUSES, Side, TaskStatus, type TransitionRule } from '@hub/common';
import type { HandoffOutcomeInput } from './handoff.input';

const { REQUESTED, RECEIVED, ACCEPTED, REJECTED, ON_HOLD, IN_PROGRESS, COMPLETED, CANCELLED, FAILED, ENTERED_IN_ERROR } = TaskStatus;
const { KADERA, PARTNER } = Side;

const OPEN = [REQUESTED, RECEIVED, ACCEPTED, IN_PROGRESS, ON_HOLD];

/**
 * The handoff state machine (FHIR Task, closed loop): the partner moves its own handoffs
 * forward and reports the outcome; Kadera can only call one off or mark it a mistake.
 */
export const HANDOFF_TRANSITIONS: readonly TransitionRule[] = [
  { from: [REQUESTED], to: RECEIVED, by: [PARTNER] },
  { from: [REQUESTED, RECEIVED], to: ACCEPTED, by: [PARTNER] },
  { from: [REQUESTED, RECEIVED], to: REJECTED, by: [PARTNER] },
  { from: [ACCEPTED], to: IN_PROGRESS, by: [PARTNER] },
  { from: [ACCEPTED, IN_PROGRESS], to: ON_HOLD, by: [PARTNER] },
  { from: [ON_HOLD], to: IN_PROGRESS, by: [PARTNER] },
  { from: [IN_PROGRESS], to: COMPLETED, by: [PARTNER] },
  { from: [IN_PROGRESS], to: FAILED, by: [PARTNER] },
  { from: OPEN, to: CANCELLED, by: [KADERA] },
  { from: [...OPEN, REJECTED, COMPLETED, CANCELLED, FAILED], to: ENTERED_IN_ERROR, by: [KADERA] },
];

/** Closing moves that must carry an outcome, and the success it must report. */
export const OUTCOME_REQUIRED: ReadonlyMap<TaskStatus, boolean> = new Map([
  [COMPLETED, true],
  [FAILED, false],
]);
/** Closing moves that may carry an (unsuccessful) outcome, e.g. rejected as NOT_ELIGIBLE. */
const OUTCOME_ALLOWED: ReadonlySet<TaskStatus> = new Set([REJECTED, CANCELLED]);

/** Checks a move and its reason and outcome; returns the tidied reason and outcome to store. */
export function checkHandoffTransition(
  from: TaskStatus,
  to: TaskStatus,
  side: Side,
  reason: string | null | undefined,
  outcome: HandoffOutcomeInput | null | undefined,
): { reason: string | null; outcome: HandoffOutcomeInput | null } {
  checkTransition(HANDOFF_TRANSITIONS, from, to, side, reason);
  // Lengths are the input's rules (handoff.input.ts); here only what depends on the move.
  const tidyReason = reason?.trim() || null;
  const success = OUTCOME_REQUIRED.get(to);
  if (success !== undefined && !outcome) {
    throw badInput(`closing a handoff as ${to} needs an outcome`, { argument: 'input', field: 'outcome' });
  }
  if (outcome) {
    if (success === undefined && !OUTCOME_ALLOWED.has(to)) {
      throw badInput(`an outcome is only reported when closing (COMPLETED, FAILED, REJECTED, CANCELLED), not on ${to}`, {
        argument: 'input',
        field: 'outcome',
      });
    }
    if (outcome.successful !== (success ?? false)) {
      throw badInput(`a handoff closed as ${to} needs outcome.successful ${success ?? false}`, { argument: 'input', field: 'outcome' });
    }
    const note = outcome.note?.trim() || null;
    return { reason: tidyReason, outcome: { ...outcome, note } };
  }
  return { reason: tidyReason, outcome: null };
}

export const isClosed = (status: TaskStatus) => CLOSED_STATUSES.has(status);
