import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
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
import { Client } from 'pg';
import { tokenFor } from '../testing/tokens-for-tests';
import { deployedGatewayNodeOptions, hubImageEnvironment } from './deployed-environment';

/*
 * The hub as the load and fault benchmarks run it: real processes started the
 * way `npm start` starts them (tools/dist/main.js with
 * HUB_SERVICES), over an embedded PostgreSQL of the benchmark's own, on the
 * fixed ports below (4200-4206, 55200: clear of `npm start`'s 4000-4004/54329). BENCH_PORT_BASE moves
 * them all (e.g. 4300: 4300-4306 and 55300), so that two benchmarks can run side by side.
 */
const BASE = Number(process.env.BENCH_PORT_BASE ?? 4200);
export const BENCH_PORTS = {
  gateway: BASE,
  clients: BASE + 1,
  placements: BASE + 2,
  referrals: BASE + 3,
  handoffs: BASE + 4,
  /** The comparison gateways of `npm run bench:gateway`. */
  plain: BASE + 5,
  hive: BASE + 6,
  postgres: 51000 + BASE,
} as const;

const MAIN = path.resolve(__dirname, '..', 'main.js');
/**
 * A gateway of its own runs as it is deployed (docker-compose.yml): gateway/dist/main.js, which loads
 * no subgraph code. The launcher would also load all four subgraphs' modules into it: about 12 MB of RSS (7 MB of heap) that is not the gateway's.
 */
export const GATEWAY_MAIN = path.join(path.dirname(require.resolve('@hub/gateway/package.json')), 'dist', 'main.js');

export interface BenchEnvironment {
  workDir: string;
  databaseUrl: string;
  /** The environment every hub process shares (database, ports, keys). */
  env: NodeJS.ProcessEnv;
  /** The internal keys, handed to each service in a process of its own (keyEnvironment). */
  internalKeys: HubKeys;
  gatewayUrl: string;
  token(caller: Caller): Promise<string>;
  /** CPU time PostgreSQL has used so far, in ms: the postmaster and every backend, live or ended. */
  postgresCpuMs(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts the embedded server; with `statementStatistics` it is restarted once
 * with pg_stat_statements loaded (a library only loaded at server start), so
 * the benchmark can count the SQL statements a request costs.
 */
async function startPostgres(dataDir: string, name: string, statementStatistics: boolean) {
  const start = (persistent: boolean) => startEmbeddedPostgres({ dataDir, port: BENCH_PORTS.postgres, persistent, logger: createLogger('warn', name) });
  if (!statementStatistics) return start(false);
  const first = await start(true);
  const admin = new Client({ connectionString: first.url });
  await admin.connect();
  await admin.query(`alter system set shared_preload_libraries = 'pg_stat_statements'`);
  await admin.end();
  await first.stop();
  const postgres = await start(true);
  const extension = new Client({ connectionString: postgres.url });
  await extension.connect();
  await extension.query('create extension if not exists pg_stat_statements');
  await extension.end();
  return {
    ...postgres,
    async stop() {
      await postgres.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** USER_HZ: the unit of /proc's CPU times, 100 on every Linux the hub runs on. */
const CLOCK_TICKS_PER_S = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime, and cutime + cstime (children waited for), in clock ticks. */
  own: number;
  children: number;
}

/** /proc/<pid>/stat, as far as CPU time goes (`comm` may hold spaces: the fields after its closing paren). */
async function procStat(pid: number | string): Promise<ProcStat | undefined> {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (!text) return undefined;
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): ppid is field 4, utime..cstime fields 14-17.
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
  return { pid: Number(pid), ppid: Number(fields[1]), own: utime + stime, children: cutime + cstime };
}

const ticksToMs = (ticks: number) => (ticks * 1000) / CLOCK_TICKS_PER_S;

/** CPU ms a process has used so far, its own and that of children it waited for. */
async function processCpuMs(pid: number): Promise<number> {
  const stat = await procStat(pid);
  return stat ? ticksToMs(stat.own + stat.children) : NaN;
}

/** The postmaster (its pid is the first line of postmaster.pid) with its children waited for, plus its live backends. */
async function postgresCpuMs(dataDir: string): Promise<number> {
  const postmaster = Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const stats = await Promise.all((await readdir('/proc')).filter((entry) => /^\d+$/.test(entry)).map((pid) => procStat(pid)));
  let ticks = 0;
  for (const stat of stats) {
    if (stat?.pid === postmaster) ticks += stat.own + stat.children;
    else if (stat?.ppid === postmaster) ticks += stat.own;
  }
  return ticksToMs(ticks);
}

export async function startBenchEnvironment(name: string, options: { statementStatistics?: boolean } = {}): Promise<BenchEnvironment> {
  const workDir = path.join(os.tmpdir(), `hub-${name}-${randomBytes(4).toString('hex')}`);
  const dataDir = path.join(workDir, 'postgres');
  const postgres = await startPostgres(dataDir, name, options.statementStatistics ?? false);
  const databaseUrl = withDatabase(postgres.url, 'kadera_hub_bench');
  await ensureDatabase(databaseUrl);
  const keyDir = path.join(workDir, 'dev-keys');
  const env: NodeJS.ProcessEnv = {
    // As the deployed image runs every service (NODE_ENV=production above all); the comparison gateways get it too.
    ...hubImageEnvironment(),
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
    postgresCpuMs: () => postgresCpuMs(dataDir),
    stop: () => postgres.stop(),
  };
}

export interface HubProcess {
  name: string;
  child: ChildProcess;
  /** Resident memory in MB, from /proc. */
  rssMb(): Promise<number>;
  /** CPU time used so far (user + system), in ms, from /proc. */
  cpuMs(): Promise<number>;
  /** SIGKILL: no drain, no goodbye, as a crash. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `tools/dist/main.js` with these services (the gateway alone: `gateway/dist/main.js`; `env` over the benchmark's); its output goes to a log file in the work dir. */
export async function startHubProcess(
  bench: BenchEnvironment,
  name: string,
  services: string,
  healthUrl: string,
  env: NodeJS.ProcessEnv = {},
): Promise<HubProcess> {
  // One service per process needs its keys given; 'all' makes its own.
  const keys = services === 'all' ? {} : keyEnvironment(bench.internalKeys, services as SubgraphName | 'gateway');
  const deployed = services === 'gateway' ? { NODE_OPTIONS: deployedGatewayNodeOptions() } : {};
  return startProcess(bench, name, [services === 'gateway' ? GATEWAY_MAIN : MAIN], { ...deployed, ...keys, ...env, HUB_SERVICES: services }, healthUrl);
}

/**
 * Starts `node <args>` with the benchmark's environment plus `env`, and waits
 * until `ready` says so (a URL: it answers 2xx); its output goes to a log file
 * in the work dir.
 */
export async function startProcess(
  bench: BenchEnvironment,
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: string | (() => Promise<boolean>),
): Promise<HubProcess> {
  const isReady =
    typeof ready === 'string'
      ? () =>
          fetch(ready, { signal: AbortSignal.timeout(2_000) }).then(
            (r) => r.ok,
            () => false,
          )
      : ready;
  const log = createWriteStream(path.join(bench.workDir, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, args, { env: { ...bench.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start; see ${path.join(bench.workDir, `${name}.log`)}`);
    if (await isReady()) break;
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
    cpuMs: () => processCpuMs(child.pid!),
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
