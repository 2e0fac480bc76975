import type { Side } from './roles';

/*
 * The workflow tables' shared rules, loading nothing but the role table: a browser bundle (the console) may import
 * this, so a workflow's legal moves are shown from the same table the subgraph checks them with.
 */

/**
 * The HL7 FHIR Task status codes (DESIGN.md section 6). Each workflow declares its own status enum
 * from these (ReferralStatus, HandoffStatus) and stores it in its own subgraph, so a change to one
 * workflow never needs another subgraph's migration; the rules below hold for whichever codes it uses.
 */
type FhirTaskStatus =
  'REQUESTED' | 'RECEIVED' | 'ACCEPTED' | 'REJECTED' | 'ON_HOLD' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED' | 'FAILED' | 'ENTERED_IN_ERROR';

/** One legal move of a workflow over its statuses `S`, and the sides that may make it. */
export interface TransitionRule<S extends string> {
  from: readonly S[];
  to: S;
  by: readonly Side[];
}

/** Moves into these statuses must say why (DESIGN.md section 6), in every workflow that has them. */
export const REASON_REQUIRED: ReadonlySet<string> = new Set<FhirTaskStatus>(['REJECTED', 'ON_HOLD', 'CANCELLED', 'FAILED', 'ENTERED_IN_ERROR']);

/** Statuses no work follows: nothing is overdue in them, and only a correction leaves them. */
export const CLOSED_STATUSES: ReadonlySet<string> = new Set<FhirTaskStatus>(['COMPLETED', 'CANCELLED', 'FAILED', 'REJECTED', 'ENTERED_IN_ERROR']);

/** The values of a workflow's status enum that are not closed, in declaration order. */
export function openStatuses<S extends string>(statuses: Record<string, S>): S[] {
  return Object.values(statuses).filter((status) => !CLOSED_STATUSES.has(status));
}

/** The values of a workflow's status enum that a move into must give a reason for, in declaration order. */
export function reasonStatuses<S extends string>(statuses: Record<string, S>): S[] {
  return Object.values(statuses).filter((status) => REASON_REQUIRED.has(status));
}

/** The values of a workflow's status enum that are closed, in declaration order. */
export function closedStatuses<S extends string>(statuses: Record<string, S>): S[] {
  return Object.values(statuses).filter((status) => CLOSED_STATUSES.has(status));
}

/** The sides that make some move of a workflow, in the order the table first names them. */
export function sidesOf<S extends string>(rules: readonly TransitionRule<S>[]): Side[] {
  return [...new Set(rules.flatMap((rule) => rule.by))];
}

/** One legal move by one side, as docs/workflows.md and the tests write it. */
interface TransitionRow<S extends string> {
  from: S;
  to: S;
  side: Side;
  reason: boolean;
}

/** Every legal move of a workflow, one row per (from, to, side), in the table's order. */
export function describeTransitions<S extends string>(rules: readonly TransitionRule<S>[]): TransitionRow<S>[] {
  return rules.flatMap((rule) => rule.from.flatMap((from) => rule.by.map((side) => ({ from, to: rule.to, side, reason: REASON_REQUIRED.has(rule.to) }))));
}

/**
 * The statuses in which a workflow still waits for an answer: those reachable from `start` by moves into neither
 * an answer (`answers`, e.g. the partner accepting or rejecting) nor a closed status. A work queue of things not
 * yet answered (contact due, overdue handoffs) selects these, so a new status joins it by its place in the table.
 */
export function awaitingStatuses<S extends string>(rules: readonly TransitionRule<S>[], start: S, answers: readonly S[]): S[] {
  const waiting = new Set<S>([start]);
  for (let grew = true; grew;) {
    grew = false;
    for (const rule of rules) {
      if (waiting.has(rule.to) || answers.includes(rule.to) || CLOSED_STATUSES.has(rule.to)) continue;
      if (rule.from.some((from) => waiting.has(from))) {
        waiting.add(rule.to);
        grew = true;
      }
    }
  }
  return [...waiting];
}
