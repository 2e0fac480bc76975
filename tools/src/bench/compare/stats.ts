/** The arithmetic of the gateway benchmark's rounds: medians, spread, paired ratios and the lines it ends with. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spreadOf(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Round by round `a[i] / b[i]`: each pair ran back to back, so what the
 * machine was doing meanwhile weighs on both (the rounds alternate the order).
 * A round in which either answered nothing (too short for the latency of a
 * busy machine) says nothing about the ratio and is left out.
 */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`cannot pair ${a.length} rounds with ${b.length}`);
  return a.flatMap((value, i) => (value > 0 && b[i] > 0 ? [value / b[i]] : []));
}

/**
 * The share of the machine's cores a run kept busy: its requests per second times the CPU ms one request cost
 * every process together (each process's CPU over the run divided by its answers), over the cores' ms per second.
 * Below 1 at a fixed number of connections, requests spent part of their time waiting without CPU.
 */
export function busyShare(rps: number, cpuMsPerRequest: readonly number[], cores: number): number {
  return (rps * cpuMsPerRequest.reduce((sum, ms) => sum + (Number.isFinite(ms) ? ms : 0), 0)) / (1000 * cores);
}

/** `1.19 (1.02–1.31)`: the median and the range. */
export function formatSpread(spread: Spread, digits = 2): string {
  return `${spread.median.toFixed(digits)} (${spread.min.toFixed(digits)}–${spread.max.toFixed(digits)})`;
}

/** How our gateway compares, as medians of the paired ratios: gateway/direct, ours/plain, ours/Hive. */
export interface Ratios {
  direct: number;
  plain: number;
  hive: number;
}

/** `ratios: direct=0.48 plain=0.84 hive=1.19`, the form the benchmark's last lines take. */
export function ratiosLine(label: 'ratios' | 'ratios-handoffs', ratios: Ratios): string {
  return `${label}: direct=${ratios.direct.toFixed(2)} plain=${ratios.plain.toFixed(2)} hive=${ratios.hive.toFixed(2)}`;
}

/** Whether every count is the same, to within `tolerance` (background work may add a stray statement). */
export function constant(counts: readonly number[], tolerance = 0.5): boolean {
  return Math.max(...counts) - Math.min(...counts) <= tolerance;
}
