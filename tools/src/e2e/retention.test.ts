import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { testCallers } from '@hub/testing';
import { closeCare, isHers, seedClientEverywhere, snapshotTables, SUBGRAPH_SCHEMAS, type Seeded } from '../testing/client-seed';
import { startTestStack, type TestStack } from '../testing/test-stack';

const run = promisify(execFile);
const RETENTION = path.resolve(__dirname, '../cli/retention.js');
const VERIFY = path.resolve(__dirname, '../cli/audit-verify.js');
const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { action outcome userId roles purpose fields sourceService } }`;

/** `npm run retention` against a running hub: what has expired is gone from every subgraph, logged, and the access log still verifies. */
describe('the retention job', () => {
  let hub: TestStack;
  let db: Client;
  /** Her care closed sixteen years ago: past the fifteen years of every kind. */
  let expired: Seeded;
  /** Her care closed today. */
  let recent: Seeded;
  /** Sixteen years on file, with her care still open. */
  let stillInCare: Seeded;

  const env = () => ({
    ...process.env,
    DATABASE_URL: hub.databaseUrl,
    DEV_KEY_DIR: hub.stack.config.auth.devKeyDir,
    AUDIT_CHECKPOINT_FILE: hub.stack.config.audit.checkpointFile,
    HUB_MODE: 'development',
    LOG_LEVEL: 'warn',
  });
  const snapshot = () => snapshotTables(db);
  /**
   * Everything of hers moved `years` into the past: every date and time column of her rows and of the rows hanging
   * from them, in every subgraph (with the triggers that stamp a change off, as a database restored from then would be).
   */
  const movedBack = async (client: Seeded, years: number) => {
    const { rows: columns } = await db.query<{ tbl: string; col: string; key: string }>(
      `select c.table_schema || '.' || c.table_name as tbl, c.column_name as col,
              case when c.table_schema || '.' || c.table_name = 'clients.client' then 'id'
                   when exists (select 1 from information_schema.columns k where k.table_schema = c.table_schema and k.table_name = c.table_name and k.column_name = 'client_id') then 'client_id'
                   when exists (select 1 from information_schema.columns k where k.table_schema = c.table_schema and k.table_name = c.table_name and k.column_name = 'handoff_id') then 'handoff_id'
                   when exists (select 1 from information_schema.columns k where k.table_schema = c.table_schema and k.table_name = c.table_name and k.column_name = 'referral_id') then 'referral_id'
              end as key
         from information_schema.columns c
        where c.table_schema = any($1) and c.data_type in ('date', 'timestamp with time zone', 'timestamp without time zone') and c.table_name <> 'mikro_orm_migrations'`,
      [SUBGRAPH_SCHEMAS],
    );
    const ids: Record<string, string> = {
      id: client.clientId,
      client_id: client.clientId,
      handoff_id: client.records.handoffId,
      referral_id: client.records.referralId,
    };
    await db.query(`set session_replication_role = replica`);
    try {
      for (const { tbl, col, key } of columns) {
        if (!key) continue;
        await db.query(`update ${tbl} set "${col}" = "${col}" - interval '${years} years' where "${key}" = $1`, [ids[key]]);
      }
    } finally {
      await db.query(`set session_replication_role = origin`);
    }
  };

  beforeAll(async () => {
    hub = await startTestStack();
    db = new Client({ connectionString: hub.databaseUrl });
    await db.connect();
    expired = await seedClientEverywhere(hub, 'Carolrt', 'RET-CAROL-001');
    recent = await seedClientEverywhere(hub, 'Daveyrt', 'RET-DAVE-0002');
    stillInCare = await seedClientEverywhere(hub, 'Erinrt', 'RET-ERIN-0003');
    await closeCare(hub, expired);
    await closeCare(hub, recent);
    await movedBack(expired, 16);
    await movedBack(stillInCare, 16);
  });
  afterAll(async () => {
    await db?.end();
    await hub?.drop();
  });

  it('removes what has expired from every subgraph, and nothing else', async () => {
    const before = await snapshot();
    const { stdout } = await run(process.execPath, [RETENTION], { env: env() });
    expect(stdout).toContain('retention periods: clientFile 15 years, referrals 15 years, handoffs 15 years, placements 15 years, accessLog 5 years');
    expect(stdout).toMatch(/^clients: 1 Child, 1 Consent, 1 SafetyPlan, \d+ ClientChange, 1 RiskLevelChange, 1 Client$/m);
    expect(stdout).toMatch(/^handoffs: 1 HandoffNote, \d+ HandoffStatusChange, 1 Handoff$/m);
    expect(stdout).toMatch(/^referrals: \d+ ReferralStatusChange, 1 Referral$/m);
    expect(stdout).toMatch(/^placements: .*1 AftercareProgramme, 1 AlarmDeployment$/m);
    expect(stdout).toContain('access log: 0 entries purged');
    // Counts only: nothing of a client on the way out.
    for (const mark of [...expired.marks, ...recent.marks, ...stillInCare.marks]) expect(stdout).not.toContain(mark);

    const after = await snapshot();
    for (const [table, rows] of Object.entries(before)) {
      expect({ table, rows: after[table] }).toEqual({ table, rows: rows.filter((row) => !isHers(row, expired)) });
    }
    const everything = JSON.stringify(after);
    for (const mark of expired.marks) expect({ mark, found: everything.includes(mark) }).toEqual({ mark, found: false });
    // Closed today, or open however old: kept whole.
    for (const mark of [...recent.marks, ...stillInCare.marks]) expect({ mark, found: everything.includes(mark) }).toEqual({ mark, found: true });
  });

  it('logs each removal as an UPDATE of the client by the retention job, in every subgraph', async () => {
    const log = await hub.as(testCallers.auditor).query(LOG, { id: expired.clientId });
    const job = log.data.accessLog.filter((entry: any) => entry.userId === 'retention-job');
    expect(new Set(job.map((entry: any) => entry.sourceService))).toEqual(new Set(['clients', 'placements', 'referrals', 'handoffs']));
    for (const entry of job) expect(entry).toMatchObject({ action: 'UPDATE', outcome: 'ALLOWED', roles: [], purpose: 'retention' });
    expect(job.flatMap((entry: any) => entry.fields)).toEqual(expect.arrayContaining(['Client.name', 'Referral.referredPerson', 'Stay.dischargedOn']));
    const others = await hub.as(testCallers.auditor).query(LOG, { id: recent.clientId });
    expect(others.data.accessLog.filter((entry: any) => entry.userId === 'retention-job')).toEqual([]);
  });

  it('leaves the access log verifiable: sealed after the job, `npm run audit:verify` finds it intact; a second run removes nothing', async () => {
    await hub.stack.subgraphs.clients!.server.checkpointer.seal();
    const verified = await run(process.execPath, [VERIFY], { env: env() });
    expect(verified.stdout).toMatch(/^access log intact: \d+ entries, every MAC and \d+ checkpoints checked; not yet sealed: 0/);
    const again = await run(process.execPath, [RETENTION], { env: env() });
    for (const service of ['clients', 'placements', 'referrals', 'handoffs']) expect(again.stdout).toContain(`${service}: nothing expired`);
  });

  it('refuses to start with an access log retention under five years, naming the setting', async () => {
    await expect(run(process.execPath, [RETENTION], { env: { ...env(), RETENTION_ACCESS_LOG: '4y' } })).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('RETENTION_ACCESS_LOG must be at least 5 years'),
    });
  });

  it('with RETENTION_INTERVAL, a hub running every subgraph runs the job itself', async () => {
    const later = await seedClientEverywhere(hub, 'Gretart', 'RET-GRETA-004');
    await closeCare(hub, later);
    await movedBack(later, 16);
    // A second hub on the same database, key and checkpoint file, with the job on a short interval.
    const { auth, audit, retention } = hub.stack.config;
    const scheduled = await startTestStack({ auth, audit, retention: { ...retention, intervalMs: 300 } }, hub.databaseUrl);
    try {
      const deadline = Date.now() + 20_000;
      let left = 1;
      while (left && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        left = (await db.query(`select count(*)::int as n from clients.client where id = $1`, [later.clientId])).rows[0].n;
      }
      expect(left).toBe(0);
      const everything = JSON.stringify(await snapshotTables(db));
      for (const mark of later.marks) expect({ mark, found: everything.includes(mark) }).toEqual({ mark, found: false });
    } finally {
      await scheduled.stop();
    }
  });
});
