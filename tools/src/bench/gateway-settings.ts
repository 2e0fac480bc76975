import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { keyEnvironment } from '@hub/common';
import { autocannonTarget } from './compare/autocannon-target';
import { fillPages } from './compare/page-data';
import { BENCH_QUERIES, LOAD_PAGE, type BenchQuery } from './compare/queries';
import {
  alternatingRounds,
  configTable,
  simultaneousRounds,
  cpuMedian,
  heading,
  ms,
  roundSettings,
  runBench,
  type BenchOutput,
  type RoundTarget,
} from './compare/rounds';
import { formatSpread, median, pairedRatios, spreadOf } from './compare/stats';
import { BENCH_PORTS, GATEWAY_MAIN, healthOf, startBenchEnvironment, startHubProcess, startProcess, type HubProcess } from './hub-processes';

/**
 * `npm run bench:gateway-settings -- none old512 semi8` (up to three, the
 * first is the baseline): our gateway in one process per setting, side by side
 * over the same four subgraph processes and embedded PostgreSQL, in alternating
 * rounds of the shelter and GGZ handoffs loads (compare/rounds.ts,
 * BENCH_SECONDS). Prints CPU ms per request of each gateway and its ratio to
 * the baseline round by round, and RSS after every round with where it went
 * (/proc's anonymous and file-backed RSS; V8's heap spaces, external memory and
 * array buffers from compare/memory-probe.ts). `other` runs the gateway at
 * BENCH_OTHER_GATEWAY_MAIN (another build's gateway/dist/main.js); `prof` writes a
 * `.cpuprofile` of the gateway (`node --cpu-prof`) into BENCH_CPU_PROF when it stops.
 * `BENCH_RATES=shelter:150,handoffs:30` sends each named query at that fixed rate
 * (requests/s) instead of as fast as it is answered: every gateway then does the
 * same work per second, so its CPU per request does not move with its throughput.
 * BENCH_TOGETHER=1 loads the gateways at the same time in each round instead of one
 * after the other (compare/rounds.ts, simultaneousRounds): both meet the same load
 * from other sessions of a shared machine.
 */

interface Setting {
  /** Node's own flags, before the script. */
  nodeArgs: string[];
  env: NodeJS.ProcessEnv;
  main?: () => string;
}

const SETTINGS: Record<string, Setting> = {
  none: { nodeArgs: [], env: {} },
  semi8: { nodeArgs: ['--max-semi-space-size=8'], env: {} },
  semi4: { nodeArgs: ['--max-semi-space-size=4'], env: {} },
  semi2: { nodeArgs: ['--max-semi-space-size=2'], env: {} },
  old512: { nodeArgs: ['--max-old-space-size=512'], env: {} },
  old1024: { nodeArgs: ['--max-old-space-size=1024'], env: {} },
  arena2: { nodeArgs: [], env: { MALLOC_ARENA_MAX: '2' } },
  'semi8-arena2': { nodeArgs: ['--max-semi-space-size=8'], env: { MALLOC_ARENA_MAX: '2' } },
  'semi4-arena2': { nodeArgs: ['--max-semi-space-size=4'], env: { MALLOC_ARENA_MAX: '2' } },
  // NODE_ENV unset, as in development: the image's environment (NODE_ENV=production, deployed-environment.ts) against none.
  development: { nodeArgs: [], env: { NODE_ENV: '' } },
  // A V8 CPU profile, written when the gateway stops, into BENCH_CPU_PROF (a directory; default /tmp/gw-prof).
  prof: { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF ?? '/tmp/gw-prof'}`], env: {} },
  other: {
    nodeArgs: [],
    env: {},
    main: () => {
      const main = process.env.BENCH_OTHER_GATEWAY_MAIN;
      if (!main) throw new Error('the setting "other" needs BENCH_OTHER_GATEWAY_MAIN (a gateway/dist/main.js)');
      return main;
    },
  },
};
const PORTS = [BENCH_PORTS.gateway, BENCH_PORTS.plain, BENCH_PORTS.hive];
const SUBGRAPHS = ['clients', 'placements', 'referrals', 'handoffs'] as const;
/** BENCH_QUERY=shelter (or handoffs): that query alone, so no other query's rounds bear its late work (timers, GC). */
const QUERIES = BENCH_QUERIES.filter((q) => q.name !== 'referrals' && (!process.env.BENCH_QUERY || q.name === process.env.BENCH_QUERY));

const failures: string[] = [];

/** BENCH_RATES (`name:requests per second`, comma-separated): a fixed rate per query; unnamed queries run flat out. */
function fixedRates(spec = process.env.BENCH_RATES ?? ''): Map<string, number> {
  const rates = new Map<string, number>();
  for (const part of spec.split(',').filter(Boolean)) {
    const [name, rate] = part.split(':');
    if (!QUERIES.some((q) => q.name === name) || !(Number(rate) > 0)) throw new Error(`BENCH_RATES: "${part}" is no <query>:<requests per second>`);
    rates.set(name, Number(rate));
  }
  return rates;
}

interface Gateway {
  setting: string;
  process: HubProcess;
  url: string;
  probeFile: string;
}

/** /proc/<pid>/status: total, anonymous and file-backed resident memory in MB. */
async function residentMb(pid: number): Promise<{ rss: number; anon: number; file: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = (field: string) => Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN) / 1024);
  return { rss: kb('VmRSS'), anon: kb('RssAnon'), file: kb('RssFile') };
}

/** Asks the memory probe of the process for a reading and returns it. */
async function probe(gateway: Gateway): Promise<Record<string, unknown> | undefined> {
  gateway.process.child.kill('SIGUSR2');
  await sleep(300);
  const lines = (await readFile(gateway.probeFile, 'utf8').catch(() => '')).trim().split('\n');
  return lines.at(-1) ? (JSON.parse(lines.at(-1)!) as Record<string, unknown>) : undefined;
}

async function memoryLine(gateway: Gateway, when: string): Promise<string> {
  const proc = await residentMb(gateway.process.child.pid!);
  const reading = await probe(gateway);
  return `${when} ${gateway.setting}: RSS ${proc.rss} MB (anon ${proc.anon}, file ${proc.file}); ${JSON.stringify(reading)}`;
}

async function main(output: BenchOutput): Promise<void> {
  const names = process.argv.slice(2);
  if (QUERIES.length === 0) throw new Error(`BENCH_QUERY names no query of this benchmark: "${process.env.BENCH_QUERY}"`);
  if (names.length < 2 || names.length > PORTS.length || names.some((n) => !SETTINGS[n]))
    throw new Error(`name two or three settings, the baseline first: ${Object.keys(SETTINGS).join(', ')}`);
  const settings = roundSettings();
  const rates = fixedRates();
  const started = new Date();
  const bench = await startBenchEnvironment('bench-gateway-settings');
  const all: HubProcess[] = [];
  try {
    for (const name of SUBGRAPHS) all.push(await startHubProcess(bench, name, name, healthOf(BENCH_PORTS[name])));
    const gateways: Gateway[] = [];
    for (const [i, setting] of names.entries()) {
      const { nodeArgs, env, main } = SETTINGS[setting];
      const probeFile = path.join(bench.workDir, `memory-${setting}.jsonl`);
      const args = [...nodeArgs, '-r', path.join(__dirname, 'compare', 'memory-probe.js'), main ? main() : GATEWAY_MAIN];
      const gatewayEnv = {
        ...keyEnvironment(bench.internalKeys, 'gateway'),
        ...env,
        HUB_SERVICES: 'gateway',
        GATEWAY_PORT: String(PORTS[i]),
        MEMORY_PROBE_FILE: probeFile,
      };
      const process_ = await startProcess(bench, setting, args, gatewayEnv, healthOf(PORTS[i]));
      all.push(process_);
      gateways.push({ setting, process: process_, url: `http://127.0.0.1:${PORTS[i]}/graphql`, probeFile });
    }
    await fillPages(bench.databaseUrl, BENCH_QUERIES.find((q) => q.name === 'handoffs')!.caller.organisationId!);
    const targets = new Map<BenchQuery, Array<RoundTarget<string>>>();
    for (const query of QUERIES) {
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${await bench.token(query.caller)}` };
      const body = JSON.stringify({ query: query.text(LOAD_PAGE) });
      targets.set(
        query,
        gateways.map((g) => ({ config: g.setting, run: autocannonTarget(g.url, () => headers, body, settings.connections, rates.get(query.name)) })),
      );
    }
    const fixed = [...rates].map(([name, rate]) => `${name} at ${rate} requests/s`).join(', ');
    const together = process.env.BENCH_TOGETHER === '1' ? '; the gateways loaded at the same time, not alternating' : '';
    const what = `our gateway with the settings ${names.join(', ')}${fixed ? `; ${fixed}` : ''}${together}`;
    for (const line of heading('gateway-settings', started, settings, what)) console.log(line);
    const memory: string[] = [];
    for (const g of gateways) memory.push(await memoryLine(g, 'before'));
    const rssAfterRound = new Map<string, number[]>(names.map((n) => [n, []]));
    const gatewayProcesses = gateways.map((g) => g.process);
    const rounds = process.env.BENCH_TOGETHER === '1' ? simultaneousRounds : alternatingRounds;
    const results = await rounds(
      bench,
      gatewayProcesses,
      settings,
      targets,
      (round, query, target, m) => {
        if (m.errors) failures.push(`${query.name} ${target.config} round ${round + 1}: ${m.errors} errors`);
        console.log(
          `round ${round + 1} ${query.name.padEnd(9)} ${target.config.padEnd(13)} ${m.rps.toFixed(0).padStart(5)} rps  CPU ms/req ${ms(m.cpuPerRequest[target.config])}  errors ${m.errors}`,
        );
      },
      async (round) => {
        for (const g of gateways) rssAfterRound.get(g.setting)!.push((await residentMb(g.process.child.pid!)).rss);
        console.log(`after round ${round + 1}: RSS ${gateways.map((g) => `${g.setting} ${rssAfterRound.get(g.setting)!.at(-1)} MB`).join(', ')}`);
      },
    );
    for (const g of gateways) memory.push(await memoryLine(g, 'after'));

    const { report } = output;
    report.push(...heading('gateway-settings', started, settings, what));
    for (const query of QUERIES) {
      const byConfig = results.get(query)!;
      report.push(`### ${query.label}\n`);
      report.push(
        ...configTable(byConfig, [
          { header: 'gateway CPU ms/req', cell: (runs, config) => ms(cpuMedian(runs, config)) },
          {
            header: `CPU/req / ${names[0]} (paired, range)`,
            cell: (runs, config) =>
              formatSpread(
                spreadOf(
                  pairedRatios(
                    runs.map((r) => r.cpuPerRequest[config]),
                    byConfig.get(names[0])!.map((r) => r.cpuPerRequest[names[0]]),
                  ),
                ),
              ),
          },
        ]),
        '',
      );
    }
    report.push('| setting | RSS after each round, MB | median |', '| --- | --- | ---: |');
    for (const [setting, values] of rssAfterRound) report.push(`| ${setting} | ${values.join(', ')} | ${median(values)} |`);
    report.push('', ...memory);
  } finally {
    for (const p of [...all].reverse()) await p.stop();
    await bench.stop();
  }
}

runBench(failures, main);
