/**
 * Statistical disclosure control for municipal figures (docs/statistics.md):
 * counts below SUPPRESS_BELOW are suppressed, the rest rounded to the nearest ROUND_TO, and a
 * group whose total is published never has exactly one hidden cell, so no
 * hidden cell can be worked out from the total and the other cells.
 */

/** The one threshold: GraphQL descriptions are built from it, docs/statistics.md is checked against it. */
export const SUPPRESS_BELOW = 10;
export const ROUND_TO = 5;

export interface ProtectedCount {
  value: number | null;
  suppressed: boolean;
}

export interface ProtectedGroup {
  cells: Array<{ label: string } & ProtectedCount>;
  total: ProtectedCount;
}

export const roundCount = (n: number): number => Math.round(n / ROUND_TO) * ROUND_TO;

export function protectCount(n: number): ProtectedCount {
  return n < SUPPRESS_BELOW ? { value: null, suppressed: true } : { value: roundCount(n), suppressed: false };
}

/**
 * Protects a breakdown and its total together. Every label is always present
 * (a missing label would itself say "zero"). Secondary suppression applies
 * also when categories may overlap (`overlapping`, e.g. forms of abuse, where
 * one referral can name several): in practice they may not, and then total
 * minus the visible cells would narrow a lone hidden cell down.
 */
export function protectGroup(raw: Array<{ label: string; n: number }>, total: number, _options: { overlapping?: boolean } = {}): ProtectedGroup {
  const suppressed = new Set(raw.filter((c) => c.n < SUPPRESS_BELOW).map((c) => c.label));
  const totalShown = total >= SUPPRESS_BELOW;
  if (totalShown) {
    // One hidden cell = total minus the others. Hide the next smallest until that no longer works.
    const visible = raw.filter((c) => !suppressed.has(c.label)).sort((a, b) => a.n - b.n || a.label.localeCompare(b.label));
    while (suppressed.size === 1 && visible.length > 0) suppressed.add(visible.shift()!.label);
  }
  return {
    cells: raw.map((c) => ({
      label: c.label,
      ...(suppressed.has(c.label) ? { value: null, suppressed: true } : { value: roundCount(c.n), suppressed: false }),
    })),
    total: protectCount(total),
  };
}

/** A ratio whose basis is a count of people or events: hidden when the basis is below the threshold. */
export function protectRate(numerator: number, basis: number, digits = 2): { value: number | null; suppressed: boolean } {
  if (basis < SUPPRESS_BELOW) return { value: null, suppressed: true };
  const factor = 10 ** digits;
  return { value: Math.round((numerator / basis) * factor) / factor, suppressed: false };
}
