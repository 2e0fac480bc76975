import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  createLogger,
  ensureDatabase,
  generateHubKeys,
  keyEnvironment,
  SUBGRAPH_NAMES,
  withDatabase,
  type Caller,
  type HubKeys,
  type SubgraphName,
} from '@hub/common';
import { startEmbeddedPostgres } from '@hub/dev-postgres';
import { tokenFor } from '../testing/tokens-for-tests';

/*
 * The hub as the load and fault benchmarks run it: real processes started the
 * way `npm start` starts them (tools/dist/main.js with
 * HUB_SERVICES), over an embedded PostgreSQL of the benchmark's own, on the
 * fixed ports below (4200-4204, 55200: clear of `npm start`'s 4000-4004/54329).
 */
export const BENCH_PORTS = { gateway: 4200, clients: 4201, placements: 4202, referrals: 4203, handoffs: 4204, postgres: 55200 } as const;

const MAIN = path.resolve(__dirname, '..', 'main.js');

export interface BenchEnvironment {
  workDir: string;
  databaseUrl: string;
  /** The environment every hub process shares (database, ports, keys). */
  env: NodeJS.ProcessEnv;
  /** The internal keys, handed to each service in a process of its own (keyEnvironment). */
  internalKeys: HubKeys;
  gatewayUrl: string;
  token(caller: Caller): Promise<string>;
  stop(): Promise<void>;
}

export async function startBenchEnvironment(name: string): Promise<BenchEnvironment> {
  const workDir = path.join(os.tmpdir(), `hub-${name}-${randomBytes(4).toString('hex')}`);
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(workDir, 'postgres'),
    port: BENCH_PORTS.postgres,
    persistent: false,
    logger: createLogger('warn', name),
  });
  const databaseUrl = withDatabase(postgres.url, 'kadera_hub_bench');
  await ensureDatabase(databaseUrl);
  const keyDir = path.join(workDir, 'dev-keys');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HUB_MODE: 'development',
    DATABASE_URL: databaseUrl,
    GATEWAY_PORT: String(BENCH_PORTS.gateway),
    CLIENTS_PORT: String(BENCH_PORTS.clients),
    PLACEMENTS_PORT: String(BENCH_PORTS.placements),
    REFERRALS_PORT: String(BENCH_PORTS.referrals),
    HANDOFFS_PORT: String(BENCH_PORTS.handoffs),
    // Load from a handful of benchmark users must not meet the per-user rate limits.
    RATE_LIMIT_SCALE: '1000000',
    DEV_KEY_DIR: keyDir,
    AUDIT_CHECKPOINT_FILE: path.join(workDir, 'audit-checkpoints.jsonl'),
    LOG_LEVEL: 'warn',
    SEED_DEMO_DATA: 'true',
  };
  return {
    workDir,
    databaseUrl,
    env,
    internalKeys: generateHubKeys(SUBGRAPH_NAMES),
    gatewayUrl: `http://127.0.0.1:${BENCH_PORTS.gateway}/graphql`,
    token: (caller) => tokenFor(caller, { keyDir, issuer: 'kadera-hub-dev', audience: 'kadera-hub', expiresIn: '2h' }),
    stop: () => postgres.stop(),
  };
}

export interface HubProcess {
  name: string;
  child: ChildProcess;
  /** Resident memory in MB, from /proc. */
  rssMb(): Promise<number>;
  /** SIGKILL: no drain, no goodbye, as a crash. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `tools/dist/main.js` with these services; its output goes to a log file in the work dir. */
export async function startHubProcess(bench: BenchEnvironment, name: string, services: string, healthUrl: string): Promise<HubProcess> {
  const log = createWriteStream(path.join(bench.workDir, `${name}.log`), { flags: 'a' });
  // One service per process needs its keys given; 'all' makes its own.
  const keys = services === 'all' ? {} : keyEnvironment(bench.internalKeys, services as SubgraphName | 'gateway');
  const child = spawn(process.execPath, [MAIN], { env: { ...bench.env, ...keys, HUB_SERVICES: services }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start; see ${path.join(bench.workDir, `${name}.log`)}`);
    const ok = await fetch(healthUrl, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`${name} did not become healthy; see ${path.join(bench.workDir, `${name}.log`)}`);
    await sleep(250);
  }
  return {
    name,
    child,
    async rssMb() {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
      return Math.round(kb / 1024);
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export const healthOf = (port: number) => `http://127.0.0.1:${port}/health`;

/** `--duration 5 --connections 10` style flags, with defaults. */
export function numberFlag(name: string, fallback: number, argv = process.argv.slice(2)): number {
  const index = argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

export const machine = () =>
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
