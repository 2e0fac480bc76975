import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, withDatabase } from '@hub/common';
import { embeddedPostgresUrl, HUB_DATABASE } from '@hub/dev-postgres';
import { lockTable, portOpen, postGraphQL, startHubProcess, untilPortCloses } from '@hub/testing';
import { Client } from 'pg';

const MAIN = path.resolve(__dirname, '../main.js');
const TOKEN_CLI = path.resolve(__dirname, '../cli/token.js');
const run = promisify(execFile);

/**
 * `npm start` as a user runs it: its own embedded PostgreSQL, Ctrl-C, and a
 * second start over the same data, which migrates nothing and seeds nothing.
 */
describe('npm start', () => {
  const dataDir = path.join(os.tmpdir(), `hub-start-${randomBytes(4).toString('hex')}`);
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    // Its own embedded PostgreSQL, whatever DATABASE_URL the test run has.
    const rest = { ...process.env };
    delete rest.DATABASE_URL;
    env = {
      ...rest,
      HUB_MODE: 'development',
      EMBEDDED_PG_DIR: path.join(dataDir, 'postgres'),
      EMBEDDED_PG_PORT: String(await freePort()),
      GATEWAY_PORT: String(await freePort()),
      CLIENTS_PORT: String(await freePort()),
      PLACEMENTS_PORT: String(await freePort()),
      REFERRALS_PORT: String(await freePort()),
      HANDOFFS_PORT: String(await freePort()),
      DEV_KEY_DIR: path.join(dataDir, 'keys'),
      AUDIT_CHECKPOINT_FILE: path.join(dataDir, 'audit-checkpoints.jsonl'),
      LOG_LEVEL: 'info',
    };
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const start = () => startHubProcess(MAIN, env, 'GraphQL gateway:');

  /** Ctrl-C, and out within 10 s. */
  const stop = (hub: { child: ChildProcess; exited(ms: number): Promise<number | null> }) => {
    hub.child.kill('SIGINT');
    return hub.exited(10_000);
  };

  /** A staff token from the token command, as a user gets one. */
  const bearer = async () => {
    const { stdout } = await run(process.execPath, [TOKEN_CLI, 'staff'], { env });
    return { authorization: `Bearer ${stdout.trim()}` };
  };

  /** Rows in each subgraph's main table, read from the embedded database while the hub runs. */
  const rowCounts = async () => {
    const client = new Client({ connectionString: withDatabase(embeddedPostgresUrl(Number(env.EMBEDDED_PG_PORT)), HUB_DATABASE) });
    await client.connect();
    try {
      const counts: Record<string, number> = {};
      for (const table of ['clients.client', 'placements.stay', 'referrals.referral', 'handoffs.handoff']) {
        counts[table] = (await client.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0].n;
      }
      return counts;
    } finally {
      await client.end();
    }
  };

  const referralCount = async () => {
    const url = `http://localhost:${env.GATEWAY_PORT}/graphql`;
    const { data } = await postGraphQL(url, `{ referrals(first: 100) { edges { node { id } } } }`, undefined, await bearer());
    return data.referrals.edges.length as number;
  };

  it('starts everything, warns that it is unauthenticated, serves the gateway, and stops cleanly on Ctrl-C', async () => {
    const hub = await start();
    const output = () => hub.output();
    expect(output()).toContain(`http://localhost:${env.GATEWAY_PORT}/graphql`);
    expect(output()).toContain('npm run --silent token -- staff');
    expect(output()).toContain('loaded demo data');

    const anonymous = await postGraphQL(`http://localhost:${env.GATEWAY_PORT}/graphql`, `{ shelterCapacity { type capacity } }`);
    expect(anonymous.status).toBe(401);
    const { data } = await postGraphQL(`http://localhost:${env.GATEWAY_PORT}/graphql`, `{ shelterCapacity { type capacity } }`, undefined, await bearer());
    expect(data.shelterCapacity).toHaveLength(7);
    expect(data.shelterCapacity.reduce((sum: number, row: any) => sum + row.capacity, 0)).toBe(61);
    const referrals = await referralCount();
    const rows = await rowCounts();
    expect(Object.values(rows).every((n) => n > 0)).toBe(true);

    // Ctrl-C while a request waits in the embedded database: it is answered before PostgreSQL stops.
    const lock = await lockTable(withDatabase(embeddedPostgresUrl(Number(env.EMBEDDED_PG_PORT)), HUB_DATABASE), 'referrals.referral');
    const inFlight = referralCount();
    await lock.waiting();
    const exited = stop(hub);
    await untilPortCloses(Number(env.GATEWAY_PORT));
    await lock.release();
    expect(await inFlight).toBe(referrals);
    expect(await exited).toBe(0);
    for (const port of ['EMBEDDED_PG_PORT', 'GATEWAY_PORT', 'CLIENTS_PORT', 'PLACEMENTS_PORT', 'REFERRALS_PORT', 'HANDOFFS_PORT']) {
      expect(await portOpen(Number(env[port]))).toBe(false);
    }

    const again = await start();
    expect(again.output()).not.toContain('loaded demo data');
    expect(await referralCount()).toBe(referrals);
    expect(await rowCounts()).toEqual(rows);
    expect(await stop(again)).toBe(0);
  });

  it('refuses to start in production mode without a key to verify tokens with', async () => {
    const child = spawn(process.execPath, [MAIN], { env: { ...env, HUB_MODE: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).not.toBe(0);
    expect(output).toMatch(/production/);
  });
});
