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

/**
 * `npm run bench`: municipal statistics at 10 thousand and 1 million referrals
 * and stays, and what the access log costs a read. Sizes: BENCH_SIZES=10000,1000000.
 */
const STATISTICS = `{ municipalityStatistics(municipalityCode: "GM0153", year: 2024) {
  referralsByKind { total { value } } referralsBySourceType { total { value } } referralsByFormOfAbuse { total { value } }
  ambulatoryClients { value } clientsSheltered { value } occupancyRateByPlacementType { rate { value } }
  averageLengthOfStayDays { value } handoffsByPartnerType { total { value } } handoffCompletionRate { value } } }`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];

async function timeRequests(stack: Stack, caller: Caller, query: string, variables: Record<string, unknown>, runs: number) {
  const config = stack.config;
  const token = await tokenFor(caller, { keyDir: config.auth.devKeyDir, issuer: config.auth.issuer, audience: config.auth.audience });
  const headers = { authorization: `Bearer ${token}` };
  for (let i = 0; i < 5; i += 1) await postGraphQL(stack.gatewayUrl!, query, variables, headers);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    const response = await postGraphQL(stack.gatewayUrl!, query, variables, headers);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (response.errors) throw new Error(`benchmark query failed: ${JSON.stringify(response.errors)}`);
  }
  return { median: median(times), p95: p95(times) };
}

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
  const rows: string[] = [];
  try {
    for (const size of sizes) {
      const url = withDatabase(serverUrl, `hub_bench_${size}`);
      await dropDatabase(url);
      await ensureDatabase(url);
      const stack = await startStack(testConfig(url), createLogger('silent'));
      try {
        const start = Date.now();
        await addBulkData(stack, size);
        const loadSeconds = (Date.now() - start) / 1000;
        const stats = await timeRequests(stack, testCallers.staff, STATISTICS, {}, 30);
        rows.push(`| ${size.toLocaleString('en')} | ${loadSeconds.toFixed(1)} s | ${stats.median.toFixed(1)} ms | ${stats.p95.toFixed(1)} ms |`);
        console.log(`statistics at ${size} referrals + ${size} stays: median ${stats.median.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms`);
      } finally {
        await stack.stop();
      }
      await dropDatabase(url);
    }

    const url = withDatabase(serverUrl, 'hub_bench_log');
    await dropDatabase(url);
    await ensureDatabase(url);
    const read = `query ($id: UUID!) { client(id: $id) { name dateOfBirth riskLevel } }`;
    const variables = { id: '00000000-0000-4000-8000-000000000000' };
    const timings: Record<string, { median: number; p95: number }> = {};
    for (const accessLog of [false, true]) {
      const stack = await startStack(testConfig(url), createLogger('silent'), { accessLog });
      try {
        const id = (await stack.subgraphs.clients!.server.orm.em.getConnection().execute<{ id: string }[]>('select id from clients.client limit 1'))[0].id;
        timings[String(accessLog)] = await timeRequests(stack, testCallers.staff, read, { ...variables, id }, 300);
      } finally {
        await stack.stop();
      }
    }
    await dropDatabase(url);
    const overhead = (timings.true.median - timings.false.median) / timings.false.median;

    console.log('\n| referrals and stays | load | statistics median | p95 |');
    console.log('| ---: | ---: | ---: | ---: |');
    rows.forEach((row) => console.log(row));
    console.log('\n| client read through the gateway | median | p95 |');
    console.log('| --- | ---: | ---: |');
    console.log(`| without access log | ${timings.false.median.toFixed(2)} ms | ${timings.false.p95.toFixed(2)} ms |`);
    console.log(`| with access log | ${timings.true.median.toFixed(2)} ms | ${timings.true.p95.toFixed(2)} ms |`);
    console.log(`\naccess log overhead on a read: ${(overhead * 100).toFixed(1)} % of the median`);
  } finally {
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
