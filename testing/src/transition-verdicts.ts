import { GraphQLError } from 'graphql';
import { checkTransition, type Side, type TransitionRule } from '@hub/common';

/** One legal move as a test writes it out by hand: from, to, the side that may make it, whether it needs a reason. */
export type ExpectedMove = readonly [from: string, to: string, side: Side, reasonRequired: boolean];

const key = (from: string, to: string, side: string) => `${from} -> ${to} by ${side}`;

/** What checkTransition answers for every (from, to, side): `legal`, `legal with a reason`, or its error code. */
export function transitionVerdicts<S extends string>(
  rules: readonly TransitionRule<S>[],
  statuses: readonly S[],
  sides: readonly Side[],
): Record<string, string> {
  const answer = (from: S, to: S, side: Side, reason: string | null): string => {
    try {
      checkTransition(rules, from, to, side, reason);
      return 'legal';
    } catch (error) {
      if (error instanceof GraphQLError) return String(error.extensions.code);
      throw error;
    }
  };
  const verdicts: Record<string, string> = {};
  for (const from of statuses) {
    for (const to of statuses) {
      for (const side of sides) {
        const withReason = answer(from, to, side, 'a reason');
        const without = answer(from, to, side, null);
        verdicts[key(from, to, side)] = withReason === 'legal' && without === 'BAD_USER_INPUT' ? 'legal with a reason' : withReason;
      }
    }
  }
  return verdicts;
}

/**
 * The answers a hand-written table of legal moves calls for: a listed move is legal (with a reason where it says so),
 * a move listed only for another side is FORBIDDEN, any other move INVALID_TRANSITION.
 */
export function verdictsOfTable(moves: readonly ExpectedMove[], statuses: readonly string[], sides: readonly Side[]): Record<string, string> {
  const verdicts: Record<string, string> = {};
  for (const from of statuses) {
    for (const to of statuses) {
      for (const side of sides) {
        const move = moves.find(([f, t, s]) => f === from && t === to && s === side);
        const otherSide = moves.some(([f, t]) => f === from && t === to);
        verdicts[key(from, to, side)] = move ? (move[3] ? 'legal with a reason' : 'legal') : otherSide ? 'FORBIDDEN' : 'INVALID_TRANSITION';
      }
    }
  }
  return verdicts;
}
