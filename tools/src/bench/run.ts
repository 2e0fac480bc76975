import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { createLogger, dropDatabase, ensureDatabase, freePort, withDatabase, type Caller } from '@hub/common';
import { startEmbeddedPostgres } from '@hub/dev-postgres';
import { postGraphQL, testCallers } from '@hub/testing';
import { tokenFor } from '../testing/tokens-for-tests';
import { startStack, type Stack } from '../stack';
import { testConfig } from '../testing/test-stack';
import { addBulkData } from './bulk-data';
import { formatSpread, median, pairedRatios, spreadOf } from './compare/stats';

/**
 * `npm run bench`: municipal statistics at 10 thousand and 1 million referrals
 * and stays, and what the access log costs a read. Sizes: BENCH_SIZES=10000,1000000.
 * Each comparison keeps both of its hubs running and times them in alternating
 * rounds (BENCH_ROUNDS, default 6; the order flips every round), so whatever the
 * machine does meanwhile weighs on both: the ratio is the median of the rounds'
 * ratios, printed with its range.
 */
const STATISTICS = `{ municipalityStatistics(municipalityCode: "GM0153", year: 2024) {
  referralsByKind { total { value } } referralsBySourceType { total { value } } referralsByFormOfAbuse { total { value } }
  ambulatoryClients { value } clientsSheltered { value } occupancyRateByPlacementType { rate { value } }
  averageLengthOfStayDays { value } handoffsByPartnerType { total { value } } handoffCompletionRate { value } } }`;
const READ = `query ($id: UUID!) { client(id: $id) { name dateOfBirth riskLevel } }`;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const STATISTICS_PER_ROUND = 20;
const READS_PER_ROUND = 100;

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];

/** One hub and the request it is timed with. */
interface Target {
  name: string;
  send: () => Promise<void>;
  /** Every request's time, all rounds together. */
  times: number[];
  /** The median of each round. */
  rounds: number[];
}

async function target(name: string, stack: Stack, caller: Caller, query: string, variables: Record<string, unknown>): Promise<Target> {
  const config = stack.config;
  const token = await tokenFor(caller, { keyDir: config.auth.devKeyDir, issuer: config.auth.issuer, audience: config.auth.audience });
  const headers = { authorization: `Bearer ${token}` };
  const send = async () => {
    const response = await postGraphQL(stack.gatewayUrl!, query, variables, headers);
    if (response.errors) throw new Error(`benchmark query failed: ${JSON.stringify(response.errors)}`);
  };
  // Warm-up: plans, caches and connections made before anything is timed.
  for (let i = 0; i < 5; i += 1) await send();
  return { name, send, times: [], rounds: [] };
}

/** ROUNDS rounds of `perRound` sequential requests to each target, the order flipped every round. */
async function alternate(targets: Target[], perRound: number): Promise<void> {
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const t of round % 2 ? [...targets].reverse() : targets) {
      const times: number[] = [];
      for (let i = 0; i < perRound; i += 1) {
        const start = process.hrtime.bigint();
        await t.send();
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      t.times.push(...times);
      t.rounds.push(median(times));
    }
  }
}

const msRow = (label: string, t: Target) =>
  `| ${label} | ${median(t.times).toFixed(1)} ms | ${p95(t.times).toFixed(1)} ms | ${formatSpread(spreadOf(t.rounds), 1)} ms |`;

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '10000,1000000').split(',').map(Number);
  const logger = createLogger('warn', 'bench');
  const server = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: path.join(os.tmpdir(), `hub-bench-${randomBytes(4).toString('hex')}`),
        port: await freePort(),
        persistent: false,
        logger,
      });
  const serverUrl = process.env.DATABASE_URL ?? server!.url;
  const stacks: Stack[] = [];
  const databases: string[] = [];
  const database = async (name: string) => {
    const url = withDatabase(serverUrl, name);
    await dropDatabase(url);
    await ensureDatabase(url);
    databases.push(url);
    return url;
  };
  try {
    const statistics: Target[] = [];
    const loads: string[] = [];
    for (const size of sizes) {
      const stack = await startStack(testConfig(await database(`hub_bench_${size}`)), createLogger('silent'));
      stacks.push(stack);
      const start = Date.now();
      await addBulkData(stack, size);
      loads.push(`${((Date.now() - start) / 1000).toFixed(1)} s`);
      statistics.push(await target(size.toLocaleString('en'), stack, testCallers.staff, STATISTICS, {}));
    }
    await alternate(statistics, STATISTICS_PER_ROUND);

    // The access log: two hubs over one database, one writing the log and one not (a switch only the benchmark has).
    const url = await database('hub_bench_log');
    const reads: Target[] = [];
    for (const accessLog of [false, true]) {
      const stack = await startStack(testConfig(url), createLogger('silent'), { accessLog });
      stacks.push(stack);
      const id = (await stack.subgraphs.clients!.server.orm.em.getConnection().execute<{ id: string }[]>('select id from clients.client limit 1'))[0].id;
      reads.push(await target(accessLog ? 'with access log' : 'without access log', stack, testCallers.staff, READ, { id }));
    }
    await alternate(reads, READS_PER_ROUND);

    console.log(
      `\n${ROUNDS} alternating rounds of ${STATISTICS_PER_ROUND} statistics requests and of ${READS_PER_ROUND} client reads; load average ${os.loadavg()[0].toFixed(1)}`,
    );
    console.log('\n| referrals and stays | load | statistics median | p95 | round medians |');
    console.log('| ---: | ---: | ---: | ---: | ---: |');
    statistics.forEach((t, i) => console.log(msRow(`${t.name} | ${loads[i]}`, t)));
    console.log('\n| client read through the gateway | median | p95 | round medians |');
    console.log('| --- | ---: | ---: | ---: |');
    reads.forEach((t) => console.log(msRow(t.name, t)));
    const largest = statistics[statistics.length - 1];
    const scale = spreadOf(pairedRatios(largest.rounds, statistics[0].rounds));
    const logCost = spreadOf(pairedRatios(reads[1].rounds, reads[0].rounds).map((ratio) => (ratio - 1) * 100));
    console.log(`\naccess log overhead on a read: ${formatSpread(logCost, 1)} % of the median`);
    console.log(`statistics ${largest.name} / ${statistics[0].name}: ${formatSpread(scale)}x`);
  } finally {
    for (const stack of stacks.reverse()) await stack.stop();
    for (const url of databases) await dropDatabase(url);
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
