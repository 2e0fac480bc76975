import { Client } from 'pg';
import { siblingUrl } from '@hub/gateway';
import { startTestStack, type TestStack } from '../testing/test-stack';

describe('gateway health and readiness', () => {
  let hub: TestStack;

  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const gateway = (endpoint: 'health' | 'ready') => fetch(siblingUrl(hub.gatewayUrl, endpoint));
  const subgraph = (name: 'clients' | 'referrals', endpoint: 'health' | 'ready') => fetch(siblingUrl(hub.stack.subgraphs[name]!.url, endpoint));

  /** The gateway's readiness once it says `subgraph` is not ready: it answers from a result shared for a second. */
  const gatewayReadyWhen = async (subgraph: string) => {
    const deadline = Date.now() + 5000;
    for (;;) {
      const response = await gateway('ready');
      const report = (await response.json()) as { subgraphs: Record<string, string> };
      if (report.subgraphs[subgraph] === 'not ready' || Date.now() > deadline) return { status: response.status, report };
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  /** Runs one statement on the hub's database, as an operator would. */
  const sql = async (statement: string, params: unknown[] = []) => {
    const client = new Client({ connectionString: hub.databaseUrl });
    await client.connect();
    try {
      return (await client.query(statement, params)).rows;
    } finally {
      await client.end();
    }
  };

  it('/health is liveness only: 200 and nothing but the status, on the gateway and on every subgraph', async () => {
    for (const response of [await gateway('health'), await subgraph('clients', 'health')]) {
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    }
  });

  it('/ready answers 200 while every subgraph is ready, naming subgraphs only (no addresses)', async () => {
    const response = await gateway('ready');
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      status: 'ready',
      subgraphs: { clients: 'ready', placements: 'ready', referrals: 'ready', handoffs: 'ready' },
    });
    expect(body).not.toMatch(/localhost|http|:\d{2,5}/);
    expect((await subgraph('clients', 'ready')).status).toBe(200);
  });

  it('serves no landing page that would load from a CDN, and keeps telemetry off', async () => {
    const response = await fetch(hub.gatewayUrl, { headers: { accept: 'text/html' } });
    const body = await response.text();
    expect(body).not.toMatch(/cdn|apollographql\.com|embeddable-sandbox/i);
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('1');
  });

  it('a subgraph with a migration not applied is not ready (503), and neither is the gateway; /health stays 200', async () => {
    const [applied] = await sql(
      `delete from "clients"."mikro_orm_migrations" where id = (select max(id) from "clients"."mikro_orm_migrations") returning name`,
    );
    try {
      const response = await subgraph('clients', 'ready');
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'not ready', reason: 'migrations pending' });
      const { status, report } = await gatewayReadyWhen('clients');
      expect(status).toBe(503);
      expect(report.subgraphs).toMatchObject({ clients: 'not ready', referrals: 'ready' });
      expect((await subgraph('clients', 'health')).status).toBe(200);
    } finally {
      await sql(`insert into "clients"."mikro_orm_migrations" (name, executed_at) values ($1, now())`, [applied.name]);
    }
    expect((await subgraph('clients', 'ready')).status).toBe(200);
  });

  it('a subgraph is not ready while the access log migration is missing', async () => {
    const applied = await sql(`delete from "audit"."mikro_orm_migrations" returning name`);
    try {
      const response = await subgraph('referrals', 'ready');
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'not ready', reason: 'migrations pending' });
    } finally {
      // Every access log migration back, however many there are.
      for (const { name } of applied) await sql(`insert into "audit"."mikro_orm_migrations" (name, executed_at) values ($1, now())`, [name]);
    }
    expect((await subgraph('referrals', 'ready')).status).toBe(200);
  });

  it('answers 503 and names the subgraph when one is down', async () => {
    await hub.stack.subgraphs.referrals!.server.stop();
    const { status, report } = await gatewayReadyWhen('referrals');
    expect(status).toBe(503);
    expect(report.subgraphs.referrals).toBe('not ready');
    expect(report.subgraphs.clients).toBe('ready');
    // Liveness says only that the gateway process answers.
    expect((await gateway('health')).status).toBe(200);
  });
});
