import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { keyEnvironment, loadConfig, type SubgraphName } from '@hub/common';
import { signPool, type LoadRun } from './compare/direct-load';
import { DIRECT_PLANS, directPlanRun } from './compare/direct-plan';
import { fillPages } from './compare/page-data';
import { BENCH_QUERIES, LOAD_PAGE, type BenchQuery } from './compare/queries';
import { statementsPerRequest } from './compare/statements';
import {
  alternatingRounds,
  configTable,
  cpuMedian,
  heading,
  ms,
  pairedSpread,
  roundSettings,
  rssOf,
  rssTable,
  runBench,
  type BenchOutput,
  type Measured,
  type RoundTarget,
} from './compare/rounds';
import { busyShare, constant, formatSpread, median, ratiosLine, type Ratios, type Spread } from './compare/stats';
import { subgraphCredentials } from './compare/subgraph-credentials';
import { autocannonTarget } from './compare/autocannon-target';
import { BENCH_PORTS, healthOf, startBenchEnvironment, startHubProcess, startProcess, type BenchEnvironment, type HubProcess } from './hub-processes';

/**
 * `npm run bench:gateway` (BENCH_SECONDS=3 for a smoke run): our gateway side
 * by side with
 *  - direct: the same work sent straight to the subgraphs with the credential
 *    our gateway would send (shelterCapacity to placements; for the GGZ
 *    handoffs, the two fetches of the gateway's query plan one after the other);
 *  - plain: `@apollo/gateway` + Apollo Server 5 (compare/plain-gateway.ts);
 *  - hive: Hive Gateway with generic auth enforcing the supergraph's
 *    `@requiresScopes` (compare/hive-gateway.config.ts);
 * all over the same four subgraph processes and embedded PostgreSQL, in
 * 4 alternating rounds of BENCH_SECONDS each at 20 connections (compare/rounds.ts),
 * with CPU milliseconds per request read from /proc for every process, RSS,
 * and the SQL statements a request costs as the page grows. Ends with the
 * median ratios: `ratios-handoffs: …`, then `ratios: …` (shelterCapacity).
 * Exits 1 when an answer had an error or a statement count grew with the page.
 */

const PAGES = [10, 50, 100];
/** Requests per statement sample, and samples per page size (the fewest statements count: other work only adds). */
const STATEMENT_REQUESTS = 10;
const STATEMENT_SAMPLES = 3;
/** After the load, for requests still queued in the services to finish before statements are counted. */
const SETTLE_MS = 3_000;
const SUBGRAPHS = ['clients', 'placements', 'referrals', 'handoffs'] as const satisfies readonly SubgraphName[];

type ConfigName = 'ours' | 'direct' | 'plain' | 'hive';
const GATEWAYS = ['ours', 'plain', 'hive'] as const;

/** One way of answering one query under load. */
interface Target extends RoundTarget<ConfigName> {
  /** The process that plays the gateway (none for direct). */
  gateway?: HubProcess;
}

interface Processes {
  ours: HubProcess;
  plain: HubProcess;
  hive: HubProcess;
  subgraphs: Record<(typeof SUBGRAPHS)[number], HubProcess>;
}

const failures: string[] = [];
const fail = (message: string) => failures.push(message);

const graphqlHeaders = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });

interface Answer {
  status: number;
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function ask(url: string, token: string, query: string): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: graphqlHeaders(token), body: JSON.stringify({ query }) });
  const body = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}, not JSON` }] }))) as Omit<Answer, 'status'>;
  return { status: response.status, ...body };
}

/**
 * Direct targets sign a token per request before the run: as many as the
 * fastest run of this target so far answered per second, three times over
 * (on a shared machine one round can run at three times the rate of the one
 * before: a pool sized from the last round alone ran dry).
 */
function directTarget(bench: BenchEnvironment, query: BenchQuery, connections: number): Target | undefined {
  const credentials = subgraphCredentials(configFor(bench));
  let expectedRps: number | undefined;
  const pool = async (audience: SubgraphName, body: string, seconds: number) =>
    signPool(credentials, query.caller, audience, body, Math.ceil((expectedRps === undefined ? 2_000 : expectedRps * 3) * seconds) + 200);
  const remember = (run: LoadRun) => {
    expectedRps = Math.max(expectedRps ?? 100, run.answers / run.seconds);
    return run;
  };
  if (query.name === 'shelter') {
    const body = JSON.stringify({ query: query.text(LOAD_PAGE) });
    return {
      config: 'direct',
      async run(seconds) {
        const tokens = await pool('placements', body, seconds);
        const run = await autocannonTarget(
          credentials.urls.placements,
          () => ({ 'content-type': 'application/json', [credentials.header]: tokens.next() }),
          body,
          connections,
        )(seconds);
        if (tokens.dry) fail(`direct shelter: the token pool ran dry (${tokens.dry} requests)`);
        return remember(run);
      },
    };
  }
  if (query.name === 'handoffs') {
    const run = directPlanRun(credentials, credentials.urls, DIRECT_PLANS.handoffs!, connections, (dry) =>
      fail(`direct handoffs: the token pool ran dry (${dry} requests)`),
    );
    return { config: 'direct', run };
  }
  return undefined;
}

/** The hub configuration as the gateway's own process reads it (ports, key directory, timeouts, the gateway key). */
const configFor = (bench: BenchEnvironment) => loadConfig({ ...bench.env, ...keyEnvironment(bench.internalKeys, 'gateway') });

async function startProcesses(bench: BenchEnvironment): Promise<{ processes: Processes; all: HubProcess[] }> {
  const all: HubProcess[] = [];
  const subgraphs = {} as Processes['subgraphs'];
  for (const name of SUBGRAPHS) {
    subgraphs[name] = await startHubProcess(bench, name, name, healthOf(BENCH_PORTS[name]));
    all.push(subgraphs[name]);
  }
  const ours = await startHubProcess(bench, 'ours', 'gateway', healthOf(BENCH_PORTS.gateway));
  all.push(ours);
  const gatewayKeys = keyEnvironment(bench.internalKeys, 'gateway');
  const plainUrl = `http://127.0.0.1:${BENCH_PORTS.plain}/graphql`;
  const plain = await startProcess(
    bench,
    'plain',
    [path.join(__dirname, 'compare', 'plain-gateway.js')],
    { ...gatewayKeys, PLAIN_GATEWAY_PORT: String(BENCH_PORTS.plain) },
    () =>
      fetch(plainUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
        (r) => r.ok,
        () => false,
      ),
  );
  all.push(plain);
  const hiveBin = path.join(path.dirname(require.resolve('@graphql-hive/gateway/package.json')), 'dist', 'bin.js');
  const hiveArgs = [hiveBin, 'supergraph', '--config-path', path.join(__dirname, 'compare', 'hive-gateway.config.js')];
  const hive = await startProcess(
    bench,
    'hive',
    [...hiveArgs, '--port', String(BENCH_PORTS.hive), '--host', '127.0.0.1', '--fork', '1'],
    gatewayKeys,
    `http://127.0.0.1:${BENCH_PORTS.hive}/readiness`,
  );
  all.push(hive);
  return { processes: { ours, plain, hive, subgraphs }, all };
}

const URLS: Record<(typeof GATEWAYS)[number], string> = {
  ours: `http://127.0.0.1:${BENCH_PORTS.gateway}/graphql`,
  plain: `http://127.0.0.1:${BENCH_PORTS.plain}/graphql`,
  hive: `http://127.0.0.1:${BENCH_PORTS.hive}/graphql`,
};

/** Every gateway answers every query cleanly, and with the same data; Hive refuses a field outside the caller's scopes. */
async function check(tokens: Map<BenchQuery, string>): Promise<void> {
  for (const query of BENCH_QUERIES) {
    const answers = new Map<string, string>();
    for (const gateway of GATEWAYS) {
      const answer = await ask(URLS[gateway], tokens.get(query)!, query.text(LOAD_PAGE));
      if (answer.status !== 200 || answer.errors)
        throw new Error(`${gateway} does not answer the ${query.name} query cleanly: ${answer.status} ${JSON.stringify(answer.errors)}`);
      answers.set(gateway, JSON.stringify(answer.data));
    }
    if (new Set(answers.values()).size !== 1) console.log(`note: the gateways' answers to the ${query.name} query differ`);
  }
  // A shelter worker may not check the access log (`@requiresScopes(scopes: [["auditor"]])`): both enforcing gateways must refuse.
  const shelter = BENCH_QUERIES.find((q) => q.name === 'shelter')!;
  for (const gateway of ['ours', 'hive'] as const) {
    const answer = await ask(URLS[gateway], tokens.get(shelter)!, '{ accessLogIntegrity { __typename } }');
    const data = answer.data as { accessLogIntegrity?: unknown } | null | undefined;
    if (!answer.errors?.length || data?.accessLogIntegrity)
      throw new Error(`${gateway} answered a field outside the caller's scopes: ${JSON.stringify(answer).slice(0, 300)}`);
  }
}

function progressLine(rounds: number, round: number, query: BenchQuery, target: Target, m: Measured): string {
  const subgraphs = SUBGRAPHS.reduce((sum, name) => sum + m.cpuPerRequest[name], 0);
  const gateway = target.gateway ? ms(m.cpuPerRequest[target.gateway.name]) : '–';
  return (
    `round ${round + 1}/${rounds} ${query.name.padEnd(9)} ${target.config.padEnd(6)} ${m.rps.toFixed(0).padStart(5)} rps  p50 ${m.p50} ms  p99 ${m.p99} ms  ` +
    `CPU ms/req: gateway ${gateway}, subgraphs ${ms(subgraphs)}, postgres ${ms(m.cpuPerRequest.postgres)}  errors ${m.errors}`
  );
}

async function main(output: BenchOutput): Promise<void> {
  const settings = roundSettings();
  const started = new Date();
  const bench = await startBenchEnvironment('bench-gateway', { statementStatistics: true });
  const { report } = output;
  let all: HubProcess[] = [];
  try {
    const running = await startProcesses(bench);
    all = running.all;
    const { processes } = running;
    await fillPages(bench.databaseUrl, BENCH_QUERIES.find((q) => q.name === 'handoffs')!.caller.organisationId!);
    const tokens = new Map<BenchQuery, string>();
    for (const query of BENCH_QUERIES) tokens.set(query, await bench.token(query.caller));
    await check(tokens);

    const targets = new Map<BenchQuery, Target[]>();
    for (const query of BENCH_QUERIES) {
      const body = JSON.stringify({ query: query.text(LOAD_PAGE) });
      const headers = graphqlHeaders(tokens.get(query)!);
      const list: Target[] = GATEWAYS.map((config) => ({
        config,
        gateway: processes[config],
        run: autocannonTarget(URLS[config], () => headers, body, settings.connections),
      }));
      const direct = directTarget(bench, query, settings.connections);
      if (direct) list.splice(1, 0, direct);
      targets.set(query, list);
    }

    const rssBefore = await rssOf(all);
    const what = "autocannon; direct handoffs: the plan's two fetches over keep-alive node:http";
    for (const line of heading('gateway', started, settings, what)) console.log(line);
    const results = await alternatingRounds(bench, all, settings, targets, (round, query, target, measured) => {
      if (measured.errors) fail(`${query.name} ${target.config} round ${round + 1}: ${measured.errors} errors`);
      console.log(progressLine(settings.rounds, round, query, target, measured));
    });
    const rssAfter = await rssOf(all);

    // SQL statements per request through our gateway as the page grows.
    await sleep(SETTLE_MS);
    const statements = new Map<BenchQuery, Array<{ first: number; perRequest: number; rows: number }>>();
    for (const query of BENCH_QUERIES.filter((q) => q.paged)) {
      const counts: Array<{ first: number; perRequest: number; rows: number }> = [];
      for (const first of PAGES) {
        let rows = 0;
        // Once unmeasured: a new query text is parsed and planned once.
        await ask(URLS.ours, tokens.get(query)!, query.text(first));
        const samples: number[] = [];
        for (let sample = 0; sample < STATEMENT_SAMPLES; sample += 1) {
          samples.push(
            await statementsPerRequest(bench.databaseUrl, STATEMENT_REQUESTS, async () => {
              const answer = await ask(URLS.ours, tokens.get(query)!, query.text(first));
              if (answer.errors) fail(`${query.name} first=${first}: ${JSON.stringify(answer.errors).slice(0, 200)}`);
              const data = answer.data as Record<string, { edges: unknown[] }> | undefined;
              rows = data?.[query.name]?.edges.length ?? 0;
            }),
          );
        }
        counts.push({ first, perRequest: Math.min(...samples), rows });
      }
      if (!constant(counts.map((c) => c.perRequest)))
        fail(`${query.name}: SQL statements per request change as the page grows (first 10, 50, 100): ${counts.map((c) => c.perRequest).join(', ')}`);
      statements.set(query, counts);
    }

    // The report.
    report.push(...heading('gateway', started, settings, what));
    const ratios = new Map<BenchQuery, Ratios>();
    const ratioRows: string[] = [];
    for (const query of BENCH_QUERIES) {
      const byConfig = results.get(query)!;
      report.push(`### ${query.label}\n`);
      report.push(
        ...configTable(byConfig, [
          { header: 'gateway CPU ms/req', cell: (runs, config) => (config === 'direct' ? '–' : ms(cpuMedian(runs, processes[config].name))) },
          {
            header: 'subgraphs CPU ms/req (clients/placements/referrals/handoffs)',
            cell: (runs) => {
              const perSubgraph = SUBGRAPHS.map((name) => cpuMedian(runs, name));
              return `${ms(perSubgraph.reduce((a, b) => a + b, 0))} (${perSubgraph.map(ms).join('/')})`;
            },
          },
          { header: 'postgres CPU ms/req', cell: (runs) => ms(cpuMedian(runs, 'postgres')) },
          { header: 'load generator CPU ms/req', cell: (runs) => ms(cpuMedian(runs, 'load generator')) },
          {
            header: 'cores busy (all processes)',
            cell: (runs) => `${Math.round(100 * median(runs.map((r) => busyShare(r.rps, Object.values(r.cpuPerRequest), os.cpus().length))))} %`,
          },
        ]),
      );
      report.push('');
      const ours = byConfig.get('ours');
      const spreads = {
        direct: pairedSpread(ours, byConfig.get('direct')),
        plain: pairedSpread(ours, byConfig.get('plain')),
        hive: pairedSpread(ours, byConfig.get('hive')),
      };
      ratios.set(query, { direct: spreads.direct?.median ?? NaN, plain: spreads.plain?.median ?? NaN, hive: spreads.hive?.median ?? NaN });
      const cell = (spread: Spread | undefined) => (spread ? formatSpread(spread) : '–');
      ratioRows.push(`| ${query.name} | ${cell(spreads.direct)} | ${cell(spreads.plain)} | ${cell(spreads.hive)} |`);
    }
    const silent = [...results.values()].flatMap((byConfig) => [...byConfig.values()].flat()).filter((run) => run.answers === 0).length;
    if (silent) report.push(`${silent} runs answered nothing within their round (too short for this machine's latency now): left out of the ratios.\n`);
    report.push('| query | ours / direct | ours / plain | ours / Hive |', '| --- | ---: | ---: | ---: |', ...ratioRows);
    report.push('', ...rssTable(rssBefore, rssAfter));
    report.push('\n| SQL statements per request (our gateway) | ' + PAGES.map((first) => `first: ${first}`).join(' | ') + ' |');
    report.push('| --- | ' + PAGES.map(() => '---:').join(' | ') + ' |');
    for (const [query, counts] of statements) {
      report.push(`| ${query.name} | ${counts.map((c) => `${c.perRequest.toFixed(1)} (${c.rows} rows)`).join(' | ')} |`);
    }
    const shelter = ratios.get(BENCH_QUERIES.find((q) => q.name === 'shelter')!)!;
    const handoffs = ratios.get(BENCH_QUERIES.find((q) => q.name === 'handoffs')!)!;
    output.last.push(ratiosLine('ratios-handoffs', handoffs), ratiosLine('ratios', shelter));
  } finally {
    for (const p of [...all].reverse()) await p.stop();
    await bench.stop();
  }
}

runBench(failures, main);
