import { existsSync } from 'node:fs';
import path from 'node:path';
import { keyEnvironment, loadConfig, withDatabase, type SubgraphName } from '@hub/common';
import { Client } from 'pg';
import { DIRECT_PLANS, directPlanRun } from './compare/direct-plan';
import { fillPages } from './compare/page-data';
import { BENCH_QUERIES, type BenchQuery } from './compare/queries';
import { alternatingRounds, configTable, ms, roundSettings, heading, runBench, type BenchOutput, type Measured, type RoundTarget } from './compare/rounds';
import { formatSpread, median, pairedRatios, spreadOf } from './compare/stats';
import { subgraphCredentials } from './compare/subgraph-credentials';
import { BENCH_PORTS, healthOf, startBenchEnvironment, startProcess, type HubProcess } from './hub-processes';

/**
 * `npm run bench:subgraphs -- <other build>` (BENCH_SECONDS, BENCH_PORT_BASE):
 * the subgraphs' CPU per cross-subgraph request, this build against another
 * (a checkout whose `npm run build` is done, e.g. a worktree of main: its
 * tools/dist/main.js). Two sets of the four subgraph processes over one
 * embedded PostgreSQL: this build's on the benchmark's ports, the other's 10
 * above. Each set gets the gateway's query plans for the GGZ handoffs and the
 * staff referrals sent straight to it (the page, then the clients' `_entities`,
 * compare/direct-plan.ts) with the gateway's credential, in alternating rounds
 * (compare/rounds.ts); prints CPU ms per request of each set (its four
 * processes summed) and of PostgreSQL, and this/other round by round as the
 * median and range. The machine is shared: read the ratios.
 * BENCH_CPU_PROF=<dir> runs this build's subgraphs with `node --cpu-prof` into <dir>.
 * BENCH_OTHER_ENV (JSON) is laid over the other set's environment: with this build named as the other one,
 * `BENCH_OTHER_ENV='{"NODE_ENV":""}'` weighs the image's environment (deployed-environment.ts) against none.
 */

const SUBGRAPHS = ['clients', 'placements', 'referrals', 'handoffs'] as const satisfies readonly SubgraphName[];
type SetName = 'other' | 'this';
const SETS: readonly SetName[] = ['other', 'this'];
/** The other build's subgraphs listen this far above this build's. */
const OTHER_OFFSET = 10;
const QUERIES = BENCH_QUERIES.filter((q) => DIRECT_PLANS[q.name]);

const failures: string[] = [];

const portsOf = (set: SetName) =>
  Object.fromEntries(SUBGRAPHS.map((name) => [name, BENCH_PORTS[name] + (set === 'other' ? OTHER_OFFSET : 0)])) as Record<SubgraphName, number>;
const processName = (set: SetName, subgraph: SubgraphName) => `${set}:${subgraph}`;
const setCpu = (m: Measured, set: SetName) => SUBGRAPHS.reduce((sum, name) => sum + m.cpuPerRequest[processName(set, name)], 0);

/** Plans answered in the rounds, both sets and both queries. */
const answered = (results: Map<BenchQuery, Map<SetName, Measured[]>>) =>
  [...results.values()].flatMap((byConfig) => [...byConfig.values()].flat()).reduce((sum, m) => sum + m.answers + m.errors, 0);

/** The statements the hub's database ran in the rounds (both sets; warm-up included), as calls per answered plan. */
async function statementsTable(databaseUrl: string, plans: number): Promise<string[]> {
  const admin = new Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ calls: string; query: string }>(
      `select s.calls, s.query from pg_stat_statements s join pg_database d on d.oid = s.dbid
        where d.datname = $1 order by s.calls desc limit 12`,
      [new URL(databaseUrl).pathname.slice(1)],
    );
    return [
      `| statement calls per plan (${plans} plans, warm-up included) | statement |`,
      '| ---: | --- |',
      ...rows.map((r) => `| ${(Number(r.calls) / plans).toFixed(2)} | \`${r.query.replace(/\s+/g, ' ').slice(0, 110)}\` |`),
      '',
    ];
  } finally {
    await admin.end();
  }
}

async function main(output: BenchOutput): Promise<void> {
  const otherRoot = process.argv[2];
  const otherMain = otherRoot && path.resolve(otherRoot, 'tools', 'dist', 'main.js');
  if (!otherMain || !existsSync(otherMain)) throw new Error('name another build: a checkout of the hub with tools/dist/main.js built');
  const thisMain = path.resolve(__dirname, '..', 'main.js');
  const profileDir = process.env.BENCH_CPU_PROF;
  const otherEnv = JSON.parse(process.env.BENCH_OTHER_ENV ?? '{}') as NodeJS.ProcessEnv;
  const settings = roundSettings();
  const started = new Date();
  const bench = await startBenchEnvironment('bench-subgraphs', { statementStatistics: true });
  const all: HubProcess[] = [];
  try {
    const urls = {} as Record<SetName, Record<SubgraphName, string>>;
    for (const set of SETS) {
      const ports = portsOf(set);
      const env: NodeJS.ProcessEnv = {
        CLIENTS_PORT: String(ports.clients),
        PLACEMENTS_PORT: String(ports.placements),
        REFERRALS_PORT: String(ports.referrals),
        HANDOFFS_PORT: String(ports.handoffs),
      };
      urls[set] = Object.fromEntries(SUBGRAPHS.map((name) => [name, `http://127.0.0.1:${ports[name]}/graphql`])) as Record<SubgraphName, string>;
      for (const name of SUBGRAPHS) {
        const node = set === 'this' && profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `${name}-${Date.now()}.cpuprofile`] : [];
        const args = [...node, set === 'this' ? thisMain : otherMain];
        all.push(
          await startProcess(
            bench,
            processName(set, name),
            args,
            { ...keyEnvironment(bench.internalKeys, name), ...env, ...(set === 'other' ? otherEnv : {}), HUB_SERVICES: name },
            healthOf(ports[name]),
          ),
        );
      }
    }
    await fillPages(bench.databaseUrl, QUERIES.find((q) => q.name === 'handoffs')!.caller.organisationId!);
    const credentials = subgraphCredentials(loadConfig({ ...bench.env, ...keyEnvironment(bench.internalKeys, 'gateway') }));
    const targets = new Map<BenchQuery, Array<RoundTarget<SetName>>>();
    for (const query of QUERIES) {
      targets.set(
        query,
        SETS.map((set) => ({
          config: set,
          run: directPlanRun(credentials, urls[set], DIRECT_PLANS[query.name]!, settings.connections, (dry) =>
            failures.push(`${query.name} ${set}: the token pool ran dry (${dry} requests)`),
          ),
        })),
      );
    }
    const what = `the gateway's plans sent straight to the subgraphs; other = ${path.resolve(otherRoot)}`;
    for (const line of heading('subgraphs', started, settings, what)) console.log(line);
    const results = await alternatingRounds(bench, all, settings, targets, (round, query, target, m) => {
      if (m.errors) failures.push(`${query.name} ${target.config} round ${round + 1}: ${m.errors} errors`);
      const each = SUBGRAPHS.map((name) => ms(m.cpuPerRequest[processName(target.config, name)])).join('/');
      console.log(
        `round ${round + 1} ${query.name.padEnd(9)} ${target.config.padEnd(5)} ${m.rps.toFixed(0).padStart(5)} rps  ` +
          `CPU ms/req: subgraphs ${ms(setCpu(m, target.config))} (${each}), postgres ${ms(m.cpuPerRequest.postgres)}  errors ${m.errors}`,
      );
    });

    const { report } = output;
    report.push(...(await statementsTable(bench.databaseUrl, answered(results))));
    report.push(...heading('subgraphs', started, settings, what));
    const ratioRows: string[] = [];
    for (const query of QUERIES) {
      const byConfig = results.get(query)!;
      report.push(`### ${query.label}\n`);
      report.push(
        ...configTable(byConfig, [
          {
            header: 'subgraphs CPU ms/req (clients/placements/referrals/handoffs)',
            cell: (runs, set) =>
              `${ms(median(runs.map((r) => setCpu(r, set))))} (${SUBGRAPHS.map((name) => ms(median(runs.map((r) => r.cpuPerRequest[processName(set, name)])))).join('/')})`,
          },
          { header: 'postgres CPU ms/req', cell: (runs) => ms(median(runs.map((r) => r.cpuPerRequest.postgres))) },
        ]),
        '',
      );
      const other = byConfig.get('other')!;
      const mine = byConfig.get('this')!;
      const ratio = (of: (m: Measured, set: SetName) => number) =>
        formatSpread(
          spreadOf(
            pairedRatios(
              mine.map((m) => of(m, 'this')),
              other.map((m) => of(m, 'other')),
            ),
          ),
        );
      ratioRows.push(
        `| ${query.name} | ${ratio(setCpu)} | ${ratio((m) => m.cpuPerRequest.postgres)} | ${ratio((m, set) => setCpu(m, set) + m.cpuPerRequest.postgres)} | ${formatSpread(
          spreadOf(
            pairedRatios(
              mine.map((m) => m.rps),
              other.map((m) => m.rps),
            ),
          ),
        )} |`,
      );
    }
    report.push(
      '| this / other, median (range) | subgraphs CPU/req | postgres CPU/req | both | requests/s |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...ratioRows,
    );
  } finally {
    for (const p of [...all].reverse()) await p.stop();
    await bench.stop();
  }
}

runBench(failures, main);
