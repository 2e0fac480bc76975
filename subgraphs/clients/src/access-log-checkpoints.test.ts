import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { appendAccessEvents, DEMO_CLIENTS, numberedPlaceholders, readCheckpointFile, verifyAccessLog, type AccessEvent, type Checkpoint } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from './subgraph';

/**
 * The access log against a database administrator: keyed entries, checkpoints
 * outside the log table, and the three ways to tamper that a hash chain the
 * database computes let through (docs/access-log.md).
 */
describe('access log checkpoints and tampering', () => {
  let hub: TestSubgraphs;
  const sql = (query: string, params: unknown[] = []) => hub.servers.clients!.orm.em.getConnection().execute(query, params);
  const execute = (query: string, params: unknown[]) => sql(query, params) as Promise<unknown[]>;
  /** As `npm run audit:verify` checks: with the key, against the checkpoint file. */
  const verify = () => verifyAccessLog(execute, hub.audit.key, readCheckpointFile(hub.audit.checkpointFile));
  /** As the auditor's query checks: with the key, against the checkpoints in the database. */
  const verifyAgainstTable = () => verifyAccessLog(execute, hub.audit.key);
  const seal = async (): Promise<Checkpoint> => {
    const checkpoint = await hub.servers.clients!.checkpointer.seal();
    if (!checkpoint) throw new Error('nothing was sealed');
    return checkpoint;
  };
  const read = async (caller = testCallers.staff, times = 1) => {
    for (let i = 0; i < times; i++) {
      const answer = await hub.query('clients', `query ($id: UUID!) { client(id: $id) { name } }`, { id: DEMO_CLIENTS[i % 5].id }, caller);
      expect(answer.errors).toBeUndefined();
    }
  };
  /** What a superuser can do: switch the guards off, change the log, switch them on again. */
  const behindTheTriggers = async (...statements: string[]) => {
    await sql(`alter table audit.access_log disable trigger user`);
    await sql(`alter table audit.checkpoint disable trigger user`);
    try {
      for (const statement of statements) await sql(statement);
    } finally {
      await sql(`alter table audit.access_log enable trigger user`);
      await sql(`alter table audit.checkpoint enable trigger user`);
    }
  };
  /** A case of its own: a fresh database, key and checkpoint file. */
  const fresh = async () => {
    await hub?.stop();
    hub = await startTestSubgraphs([clientsSubgraph]);
  };

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph]);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('seals the entries in checkpoints, in the file and in audit.checkpoint alike; entries after the last one are "not yet sealed"', async () => {
    await read(testCallers.staff, 12);
    const first = await seal();
    expect(first).toMatchObject({ number: 1, previousHash: '0'.repeat(64), legacyThrough: 0 });
    expect(first.count).toBeGreaterThanOrEqual(12);
    await read(testCallers.staff, 3);
    const report = await verify();
    expect(report).toMatchObject({ intact: true, checkpoints: 1, notYetSealed: 3, firstBrokenSeq: null });
    const second = await seal();
    expect(second).toMatchObject({ number: 2, previousHash: first.hash, firstSeq: first.sealedThrough + 1, count: 3 });
    const table = (await sql(`select body from audit.checkpoint order by number`)) as Array<{ body: string }>;
    expect(table.map((row) => JSON.parse(row.body))).toEqual(readCheckpointFile(hub.audit.checkpointFile));
    expect(await verify()).toMatchObject({ intact: true, checkpoints: 2, notYetSealed: 0 });
    // Nothing new: no empty checkpoint.
    expect(await hub.servers.clients!.checkpointer.seal()).toBeUndefined();
  });

  it('(a) a cut tail of sealed entries, its checkpoint removed from the database too, is caught against the file', async () => {
    await fresh();
    await read(testCallers.staff, 5);
    await seal();
    await read(testCallers.staff, 10);
    const cut = await seal();
    expect(cut.count).toBe(10);
    await behindTheTriggers(`delete from audit.access_log where seq > ${cut.firstSeq - 1}`, `delete from audit.checkpoint where number = ${cut.number}`);

    // The database's own checkpoints no longer know of the tail: that check cannot see it.
    expect(await verifyAgainstTable()).toMatchObject({ intact: true });
    expect(await verify()).toMatchObject({
      intact: false,
      firstBrokenSeq: cut.firstSeq,
      brokenCheckpoint: cut.number,
      reason: `entries ${cut.firstSeq} to ${cut.lastSeq} (10 entries) sealed by checkpoint ${cut.number} are missing`,
    });
  });

  it('(b) an edited entry is caught by its MAC, whatever the database recomputes', async () => {
    await fresh();
    await read(testCallers.staff, 6);
    const sealed = await seal();
    const victim = sealed.firstSeq + 2;
    await behindTheTriggers(
      `update audit.access_log set user_id = 'someone-else',
          mac = encode(sha256(convert_to(concat_ws('|', event_id, occurred_at, action, outcome, client_ids, 'someone-else', roles, fields, source_service), 'UTF8')), 'hex'),
          hash = encode(sha256(convert_to(concat_ws('|', seq, event_id, 'someone-else', prev_hash), 'UTF8')), 'hex')
        where seq = ${victim}`,
    );
    for (const report of [await verify(), await verifyAgainstTable()]) {
      expect(report).toMatchObject({ intact: false, firstBrokenSeq: victim, brokenCheckpoint: sealed.number });
      expect(report.reason).toBe(`entry ${victim} does not match its MAC: its content was changed`);
    }
  });

  it("(c) one user's entries removed, the rest renumbered and re-hashed, is caught at the first one removed", async () => {
    await fresh();
    for (let i = 0; i < 6; i++) {
      await read(testCallers.staff);
      await read(testCallers.intake);
    }
    const sealed = await seal();
    const [{ seq: first }] = (await sql(`select min(seq)::int as seq from audit.access_log where user_id = 'intake-1'`)) as Array<{ seq: number }>;
    await behindTheTriggers(
      `create table audit.kept as select * from audit.access_log where user_id <> 'intake-1'`,
      `update audit.kept k set seq = r.n, hash = encode(sha256(convert_to(k.event_id::text || r.n, 'UTF8')), 'hex')
         from (select seq, ${sealed.firstSeq - 1} + row_number() over (order by seq) as n from audit.kept) r where k.seq = r.seq`,
      `delete from audit.access_log`,
      `insert into audit.access_log select * from audit.kept`,
      `drop table audit.kept`,
    );
    // No gap is left, and every entry still matches its own MAC: the checkpoint names the first entry that is not the one it sealed.
    for (const report of [await verify(), await verifyAgainstTable()]) {
      expect(report).toMatchObject({ intact: false, firstBrokenSeq: first, brokenCheckpoint: sealed.number });
      expect(report.reason).toBe(`entry ${first} is not the entry checkpoint ${sealed.number} sealed: replaced, or renumbered`);
    }
  });

  const event = (userId: string): AccessEvent => ({
    action: 'READ',
    outcome: 'ALLOWED',
    clientIds: [DEMO_CLIENTS[0].id],
    userId,
    roles: ['staff'],
    fields: ['Client.name'],
    sourceService: 'clients',
  });
  const session = async () => {
    const client = new Client({ connectionString: hub.databaseUrl, statement_timeout: 2000 });
    await client.connect();
    return client;
  };
  const appendOn = (client: Client, userId: string) =>
    appendAccessEvents((query, params) => client.query(numberedPlaceholders(query), params), hub.audit.key, [event(userId)]);
  const seqOf = async (userId: string) =>
    ((await sql(`select max(seq)::int as seq from audit.access_log where user_id = ?`, [userId])) as Array<{ seq: number }>)[0].seq;

  it('appends are not serialised: two open transactions append at once; nothing after an open one is sealed until it commits, then all are', async () => {
    await fresh();
    const [a, b, c] = await Promise.all([session(), session(), session()]);
    try {
      await a.query('begin');
      await appendOn(a, 'tx-a');
      await b.query('begin');
      // Under a lock held until commit this would wait for a, and time out.
      await appendOn(b, 'tx-b');
      await appendOn(c, 'after-both');
      const early = await hub.servers.clients!.checkpointer.seal();
      expect(early?.sealedThrough ?? 0).toBeLessThan(await seqOf('after-both'));

      await a.query('commit');
      await b.query('commit');
      await Promise.all(Array.from({ length: 20 }, (_, i) => appendAccessEvents((query, params) => sql(query, params), hub.audit.key, [event(`many-${i}`)])));
      const sealed = await seal();
      const [{ max }] = (await sql(`select max(seq)::int as max from audit.access_log`)) as Array<{ max: number }>;
      expect(sealed.sealedThrough).toBeGreaterThanOrEqual(max);
      expect(await verify()).toMatchObject({ intact: true, notYetSealed: 0 });
      expect(fromRangesCount(readCheckpointFile(hub.audit.checkpointFile))).toBe(23);
    } finally {
      await Promise.all([a, b, c].map((client) => client.end()));
    }
  });

  it("the hub's role, holding INSERT and SELECT only, cannot change, delete, truncate or unguard the log; PUBLIC holds none of that; the guards refuse even the owner", async () => {
    const role = `hub_app_${randomBytes(4).toString('hex')}`;
    await sql(`create role ${role} nologin`);
    const client = await session();
    try {
      // As docs/access-log.md says production grants it.
      await sql(`grant usage on schema audit to ${role}`);
      await sql(`grant select, insert on audit.access_log, audit.checkpoint to ${role}`);
      await sql(`grant usage on sequence audit.access_log_seq to ${role}`);
      const rights = ['access_log', 'checkpoint'].flatMap((table) =>
        ['UPDATE', 'DELETE', 'TRUNCATE'].map((right) => `has_table_privilege('public', 'audit.${table}', '${right}')`),
      );
      expect(await sql(`select ${rights.join(' or ')} as granted`)).toEqual([{ granted: false }]);

      await client.query(`set role ${role}`);
      await appendOn(client, 'hub-role');
      for (const statement of [
        `update audit.access_log set user_id = 'x'`,
        `delete from audit.access_log`,
        `truncate audit.access_log`,
        `alter table audit.access_log disable trigger access_log_append_only`,
        `update audit.checkpoint set body = ''`,
        `delete from audit.checkpoint`,
        `alter table audit.checkpoint disable trigger checkpoint_append_only`,
      ]) {
        await expect(client.query(statement)).rejects.toMatchObject({ code: '42501' });
      }
      await expect(sql(`delete from audit.checkpoint`)).rejects.toThrow(/append-only/);
      await expect(sql(`truncate audit.checkpoint`)).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
      await sql(`drop owned by ${role}`);
      await sql(`drop role ${role}`);
    }
  });

  it('a checkpoint is written on shutdown, sealing what the last requests logged', async () => {
    const other = await startTestSubgraphs([clientsSubgraph]);
    const answer = await other.query('clients', `query ($id: UUID!) { client(id: $id) { name } }`, { id: DEMO_CLIENTS[0].id }, testCallers.staff);
    expect(answer.errors).toBeUndefined();
    const [{ max }] = await other.servers.clients!.orm.em.getConnection().execute<Array<{ max: number }>>(`select max(seq)::int as max from audit.access_log`);
    const sealedThrough = () => readCheckpointFile(other.audit.checkpointFile).at(-1)?.sealedThrough ?? 0;
    expect(sealedThrough()).toBeLessThan(max);
    await other.stop();
    expect(sealedThrough()).toBeGreaterThanOrEqual(max);
  });
});

/** How many entries the checkpoints sealed in all. */
function fromRangesCount(checkpoints: Checkpoint[]): number {
  return checkpoints.reduce((sum, checkpoint) => sum + checkpoint.count, 0);
}
