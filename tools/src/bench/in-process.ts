import { keyEnvironment, loadConfig } from '@hub/common';
import { autocannonTarget } from './compare/autocannon-target';
import { signPool } from './compare/direct-load';
import { fillPages } from './compare/page-data';
import { BENCH_QUERIES, LOAD_PAGE, type BenchQuery } from './compare/queries';
import * as rounds from './compare/rounds';
import { formatSpread } from './compare/stats';
import { subgraphCredentials } from './compare/subgraph-credentials';
import { BENCH_PORTS, healthOf, startBenchEnvironment, startHubProcess, type BenchEnvironment, type HubProcess } from './hub-processes';

/**
 * `npm run bench:inprocess` (BENCH_SECONDS=5 for a short run): the hub as `npm start` deploys it, one
 * process with the gateway and the four subgraphs, with the gateway's fetches handed to the subgraphs
 * in process (HUB_IN_PROCESS_SUBGRAPHS=true) against the same one-process hub over HTTP on 127.0.0.1
 * (false), and `shelterCapacity` sent straight to a placements subgraph (a process of its own, with
 * the credential the gateway would send), over one embedded PostgreSQL, in 4 alternating rounds
 * of BENCH_SECONDS at 20 connections (compare/rounds.ts): requests/s, CPU ms per request of each process, RSS.
 * Ends with `in-process/http: …` (per query) and, last, `in-process/direct: shelter=<x> (http/direct <y>)`.
 * Exits 1 when an answer had an error.
 */

type ConfigName = 'in-process' | 'http' | 'direct';

interface Target extends rounds.RoundTarget<ConfigName> {
  /** The process that answers. */
  process: HubProcess;
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
function directShelter(bench: BenchEnvironment, placements: HubProcess, query: BenchQuery, connections: number): Target {
  const credentials = subgraphCredentials(loadConfig({ ...bench.env, ...keyEnvironment(bench.internalKeys, 'gateway') }));
  const body = JSON.stringify({ query: query.text(LOAD_PAGE) });
  let expectedRps = 2_000;
  return {
    config: 'direct',
    process: placements,
    async run(seconds) {
      const tokens = await signPool(credentials, query.caller, 'placements', body, Math.ceil(expectedRps * seconds * 2) + 200);
      const headers = () => ({ 'content-type': 'application/json', [credentials.header]: tokens.next() });
      const run = await autocannonTarget(credentials.urls.placements, headers, body, connections)(seconds);
      if (tokens.dry) failures.push(`direct shelter: the token pool ran dry (${tokens.dry} requests)`);
      expectedRps = Math.max(100, run.answers / run.seconds);
      return run;
    },
  };
}

async function main(output: rounds.BenchOutput): Promise<void> {
  const settings = rounds.roundSettings();
  const started = new Date();
  const bench = await startBenchEnvironment('bench-inprocess');
  const processes: HubProcess[] = [];
  const { report, last } = output;
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
        { config: 'in-process', process: inProcess, run: autocannonTarget(urls['in-process'], () => graphqlHeaders(token), body, settings.connections) },
        { config: 'http', process: overHttp, run: autocannonTarget(urls.http, () => graphqlHeaders(token), body, settings.connections) },
      ];
      if (query.name === 'shelter') list.push(directShelter(bench, placements, query, settings.connections));
      targets.set(query, list);
    }

    const rssBefore = await rounds.rssOf(processes);
    for (const line of rounds.heading('inprocess', started, settings, 'autocannon')) console.log(line);
    const results = await rounds.alternatingRounds(bench, processes, settings, targets, (round, query, target, m) => {
      if (m.errors) failures.push(`${query.name} ${target.config} round ${round + 1}: ${m.errors} errors`);
      console.log(
        `round ${round + 1}/${settings.rounds} ${query.name.padEnd(9)} ${target.config.padEnd(10)} ${m.rps.toFixed(0).padStart(5)} rps  p50 ${m.p50} ms  p99 ${m.p99} ms  ` +
          `CPU ms/req: process ${rounds.ms(m.cpuPerRequest[target.process.name])}, postgres ${rounds.ms(m.cpuPerRequest.postgres)}  errors ${m.errors}`,
      );
    });
    const rssAfter = await rounds.rssOf(processes);
    const processOf = new Map([...targets.values()].flat().map((t) => [t.config, t.process.name] as const));

    report.push(...rounds.heading('inprocess', started, settings, 'autocannon'));
    const ratioCells: string[] = [];
    for (const [query, byConfig] of results) {
      report.push(`### ${query.label}\n`);
      report.push(
        ...rounds.configTable(byConfig, [
          { header: 'process CPU ms/req', cell: (runs, config) => rounds.ms(rounds.cpuMedian(runs, processOf.get(config)!)) },
          { header: 'postgres CPU ms/req', cell: (runs) => rounds.ms(rounds.cpuMedian(runs, 'postgres')) },
        ]),
      );
      report.push('');
      const gain = rounds.pairedSpread(byConfig.get('in-process'), byConfig.get('http'));
      if (gain) {
        report.push(`in process / over HTTP: ${formatSpread(gain)}\n`);
        ratioCells.push(`${query.name}=${gain.median.toFixed(2)}`);
      }
      const direct = rounds.pairedSpread(byConfig.get('in-process'), byConfig.get('direct'));
      const httpDirect = rounds.pairedSpread(byConfig.get('http'), byConfig.get('direct'));
      if (direct && httpDirect) {
        report.push(`in process / direct: ${formatSpread(direct)}; over HTTP / direct: ${formatSpread(httpDirect)}\n`);
        last.push(`in-process/direct: ${query.name}=${direct.median.toFixed(2)} (http/direct ${httpDirect.median.toFixed(2)})`);
      }
    }
    last.unshift(`in-process/http: ${ratioCells.join(' ')}`);
    report.push(...rounds.rssTable(rssBefore, rssAfter));
  } finally {
    for (const p of [...processes].reverse()) await p.stop();
    await bench.stop();
  }
}

rounds.runBench(failures, main);
