import { awaitingStatuses, badInput, checkTransition, openStatuses, Side, sidesOf, type TransitionRule } from '@hub/common';
import { registerEnumType } from 'type-graphql';
import type { HandoffOutcomeInput } from './handoff.input';

/** Where a handoff stands: the HL7 FHIR Task statuses of the closed-loop handoff. */
export enum HandoffStatus {
  REQUESTED = 'REQUESTED',
  RECEIVED = 'RECEIVED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  ON_HOLD = 'ON_HOLD',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
  ENTERED_IN_ERROR = 'ENTERED_IN_ERROR',
}
registerEnumType(HandoffStatus, { name: 'HandoffStatus', description: 'Workflow state of a handoff (HL7 FHIR Task status).' });

const { REQUESTED, RECEIVED, ACCEPTED, REJECTED, ON_HOLD, IN_PROGRESS, COMPLETED, CANCELLED, FAILED, ENTERED_IN_ERROR } = HandoffStatus;
const { KADERA, PARTNER } = Side;

const OPEN = openStatuses(HandoffStatus);

/**
 * The handoff state machine (FHIR Task, closed loop): the partner moves its own handoffs
 * forward and reports the outcome; Kadera can only call one off or mark it a mistake.
 */
export const HANDOFF_TRANSITIONS: readonly TransitionRule<HandoffStatus>[] = [
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

/**
 * The statuses in which the partner has not yet responded: before it accepts or rejects (or Kadera closes the
 * handoff), by the table above (REQUESTED, RECEIVED). A handoff past its `dueAt` in one of these is overdue.
 */
export const AWAITING_RESPONSE: readonly HandoffStatus[] = awaitingStatuses(HANDOFF_TRANSITIONS, REQUESTED, [ACCEPTED, REJECTED]);

/** The sides a handoff's history can name: whoever makes a move (Kadera also creates the handoff). */
export const HANDOFF_SIDES: readonly Side[] = sidesOf(HANDOFF_TRANSITIONS);

/** Closing moves that must carry an outcome, and the success it must report. */
export const OUTCOME_REQUIRED: ReadonlyMap<HandoffStatus, boolean> = new Map([
  [COMPLETED, true],
  [FAILED, false],
]);
/** Closing moves that may carry an (unsuccessful) outcome, e.g. rejected as NOT_ELIGIBLE. */
export const OUTCOME_ALLOWED: ReadonlySet<HandoffStatus> = new Set([REJECTED, CANCELLED]);

/** Checks a move and its reason and outcome; returns the tidied reason and outcome to store. */
export function checkHandoffTransition(
  from: HandoffStatus,
  to: HandoffStatus,
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
      throw badInput(`an outcome is only reported when closing (${[...OUTCOME_REQUIRED.keys(), ...OUTCOME_ALLOWED].join(', ')}), not on ${to}`, {
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
