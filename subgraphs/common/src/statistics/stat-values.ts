import { protectCount, protectGroup, protectRate } from './disclosure';
import { StatCell, StatCount, StatGroup, StatRate } from './statistics.types';

/**
 * Builds the published statistics values from raw counts, through the
 * disclosure rule (disclosure.ts), for every subgraph alike.
 */

/** Raw counts of a breakdown: per label, and the total (not always their sum: labels may overlap). */
export interface RawBreakdown {
  cells: ReadonlyMap<string, number>;
  total: number;
}

/** A row of `group by grouping sets ((label), ())`: a cell, or with `is_total` 1 the total. */
export interface GroupedRow {
  label: string | null;
  n: number | string;
  is_total: number | string;
}

/** The cells and total of a grouping-sets result; a null label (no category) is in the total only. */
export function breakdownOf(rows: readonly GroupedRow[]): RawBreakdown {
  const cells = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    if (Number(row.is_total) === 1) total = Number(row.n);
    else if (row.label !== null) cells.set(row.label, Number(row.n));
  }
  return { cells, total };
}

/** Every label listed, with zero when absent (a missing label would itself say "none"), protected with its total. */
export function statGroup(labels: readonly string[], raw: RawBreakdown, options: { overlapping?: boolean } = {}): StatGroup {
  const group = protectGroup(
    labels.map((label) => ({ label, n: raw.cells.get(label) ?? 0 })),
    raw.total,
    options,
  );
  return Object.assign(new StatGroup(), {
    cells: group.cells.map((cell) => Object.assign(new StatCell(), cell)),
    total: Object.assign(new StatCount(), group.total),
  });
}

export const statCount = (n: number): StatCount => Object.assign(new StatCount(), protectCount(n));

export const statRate = (numerator: number, basis: number, digits?: number): StatRate => Object.assign(new StatRate(), protectRate(numerator, basis, digits));
