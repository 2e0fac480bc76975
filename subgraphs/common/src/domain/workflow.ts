import { badInput, hubError } from '../errors';
import type { Side } from './roles';
import { REASON_REQUIRED, type TransitionRule } from './workflow-rules';

export * from './workflow-rules';

/**
 * Checks a status change against a workflow's rules: an illegal move is
 * INVALID_TRANSITION, a legal move by the wrong side FORBIDDEN, a missing reason BAD_USER_INPUT.
 */
export function checkTransition<S extends string>(rules: readonly TransitionRule<S>[], from: S, to: S, side: Side, reason: string | undefined | null): void {
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
