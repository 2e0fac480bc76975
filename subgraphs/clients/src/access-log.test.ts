import { Client } from 'pg';
import { DEMO_CLIENTS, KADERA } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from './subgraph';

/** NEN 7513 access log: written for every access to client data, append-only, keyed and sealed by checkpoints (access-log-checkpoints.test.ts). */
describe('access log', () => {
  let hub: TestSubgraphs;
  const sql = (query: string, params: unknown[] = []) => hub.servers.clients!.orm.em.getConnection().execute(query, params);
  const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { seq action outcome userId organisationId roles purpose fields sourceService requestId } }`;
  const INTEGRITY = `{ accessLogIntegrity { intact entriesChecked firstBrokenSeq brokenCheckpoint reason checkpoints notYetSealed } }`;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph]);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('records a read with who, organisation, role, purpose, fields and service', async () => {
    const id = DEMO_CLIENTS[3].id;
    const read = await hub.query('clients', `query ($id: UUID!) { client(id: $id) { name riskLevel } }`, { id }, testCallers.staff);
    expect(read.errors).toBeUndefined();
    const { data } = await hub.query('clients', LOG, { id }, testCallers.auditor);
    const entry = data.accessLog.at(-1);
    expect(entry).toMatchObject({
      action: 'READ',
      outcome: 'ALLOWED',
      userId: testCallers.staff.userId,
      organisationId: KADERA.id,
      roles: ['staff'],
      purpose: 'care',
      fields: ['Client.name', 'Client.riskLevel'],
      sourceService: 'clients',
    });
  });

  it('records a search over many clients, and a refused field as DENIED', async () => {
    await hub.query('clients', `{ clients(first: 3) { edges { node { id } } } }`, {}, testCallers.staff);
    const list = await sql(`select action, cardinality(client_ids) as n from audit.access_log order by seq desc limit 1`);
    expect(list[0]).toMatchObject({ action: 'SEARCH', n: 3 });

    const id = DEMO_CLIENTS[5].id;
    const refused = await hub.query('clients', `query ($id: UUID!) { client(id: $id) { confidentialAddress } }`, { id }, testCallers.intake);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { data } = await hub.query('clients', LOG, { id }, testCallers.auditor);
    expect(data.accessLog.at(-1)).toMatchObject({ outcome: 'DENIED', roles: ['intake'], fields: ['Client.confidentialAddress'] });
  });

  it('is for auditors only', async () => {
    const staff = await hub.query('clients', LOG, { id: DEMO_CLIENTS[3].id }, testCallers.staff);
    expect(staff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('holds client ids but no client data', async () => {
    const columns = await sql(`select column_name from information_schema.columns where table_schema = 'audit' and table_name = 'access_log'`);
    const names = columns.map((c: any) => c.column_name);
    expect(names).not.toEqual(expect.arrayContaining(['name']));
    const text = JSON.stringify(await sql(`select * from audit.access_log`));
    expect(DEMO_CLIENTS.some((c) => text.includes(c.name) || text.includes(c.confidentialAddress))).toBe(false);
  });

  it('refuses updates, deletes and truncation from the application', async () => {
    await expect(sql(`update audit.access_log set user_id = 'someone-else' where seq = 1`)).rejects.toThrow(/append-only/);
    await expect(sql(`delete from audit.access_log where seq = 1`)).rejects.toThrow(/append-only/);
    await expect(sql(`truncate audit.access_log`)).rejects.toThrow(/append-only/);
  });

  it('the log is intact, and an entry altered behind the triggers is caught at its position', async () => {
    const before = await hub.query('clients', INTEGRITY, {}, testCallers.auditor);
    expect(before.data.accessLogIntegrity).toMatchObject({ intact: true, firstBrokenSeq: null, brokenCheckpoint: null });
    expect(before.data.accessLogIntegrity.notYetSealed).toBe(before.data.accessLogIntegrity.entriesChecked);
    expect(before.data.accessLogIntegrity.entriesChecked).toBeGreaterThan(2);

    // Someone with the owner's rights switches the guard off and edits an entry.
    await sql(`alter table audit.access_log disable trigger access_log_append_only`);
    await sql(`update audit.access_log set user_id = 'nobody' where seq = 2`);
    await sql(`alter table audit.access_log enable trigger access_log_append_only`);
    const altered = await hub.query('clients', INTEGRITY, {}, testCallers.auditor);
    expect(altered.data.accessLogIntegrity).toMatchObject({
      intact: false,
      firstBrokenSeq: 2,
      reason: 'entry 2 does not match its MAC: its content was changed',
    });
  });
});

describe('access log failure', () => {
  let hub: TestSubgraphs;
  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph]);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('withholds the answer when the log cannot be written (fail closed)', async () => {
    const sql = (q: string) => hub.servers.clients!.orm.em.getConnection().execute(q);
    await sql(`alter table audit.access_log rename to access_log_away`);
    try {
      const response = await hub.query('clients', `query ($id: UUID!) { client(id: $id) { name } }`, { id: DEMO_CLIENTS[0].id }, testCallers.staff);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(response.text).not.toContain(DEMO_CLIENTS[0].name);
    } finally {
      await sql(`alter table audit.access_log_away rename to access_log`);
    }
  });

  it('withholds the answer with TIMEOUT when the log write meets the statement timeout', async () => {
    // Another session holds the log table: the write waits until statement_timeout ends it.
    const blocker = new Client({ connectionString: hub.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('lock table audit.access_log in access exclusive mode');
      const response = await hub.query('clients', `query ($id: UUID!) { client(id: $id) { name } }`, { id: DEMO_CLIENTS[1].id }, testCallers.staff);
      expect(response.status).toBe(503);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0].extensions?.code).toBe('TIMEOUT');
      expect(response.text).not.toContain(DEMO_CLIENTS[1].name);
    } finally {
      await blocker.query('rollback');
      await blocker.end();
    }
  });

  it('a removed sealed entry is caught where it was', async () => {
    const sql = (q: string) => hub.servers.clients!.orm.em.getConnection().execute(q);
    for (const i of [0, 1, 2]) await hub.query('clients', `query ($id: UUID!) { client(id: $id) { name } }`, { id: DEMO_CLIENTS[i].id }, testCallers.staff);
    await hub.servers.clients!.checkpointer.seal();
    await sql(`alter table audit.access_log disable trigger access_log_append_only`);
    await sql(`delete from audit.access_log where seq = 2`);
    await sql(`alter table audit.access_log enable trigger access_log_append_only`);
    const report = await hub.query('clients', `{ accessLogIntegrity { intact firstBrokenSeq brokenCheckpoint reason } }`, {}, testCallers.auditor);
    expect(report.data.accessLogIntegrity).toMatchObject({ intact: false, firstBrokenSeq: 2, brokenCheckpoint: 1 });
    expect(report.data.accessLogIntegrity.reason).toMatch(/missing/);
  });
});
