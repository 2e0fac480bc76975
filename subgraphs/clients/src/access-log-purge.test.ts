import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import {
  appendAccessEvents,
  createLogger,
  DEMO_CLIENTS,
  numberedPlaceholders,
  purgeExpiredAccessLog,
  readCheckpointFile,
  readPurgeFile,
  verifyAccessLog,
  type AccessEvent,
  type Checkpoint,
} from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from './subgraph';

/**
 * Retention of the access log (docs/access-log.md, "Retention: purging old entries"): entries past five years leave
 * the log as whole checkpoint ranges, through the owner's purge function and with a signed purge record, and
 * `audit:verify` still verifies; anything else removed is still a break.
 */
describe('access log retention: purging whole checkpoint ranges', () => {
  let hub: TestSubgraphs;
  const sql = (query: string, params: unknown[] = []) => hub.servers.clients!.orm.em.getConnection().execute(query, params);
  const execute = (query: string, params: unknown[]) => sql(query, params) as Promise<unknown[]>;
  const verify = () => verifyAccessLog(execute, hub.audit.key, readCheckpointFile(hub.audit.checkpointFile), readPurgeFile(hub.audit.checkpointFile));
  const verifyAgainstTable = () => verifyAccessLog(execute, hub.audit.key);
  const purge = () =>
    purgeExpiredAccessLog(execute, {
      key: hub.audit.key,
      file: hub.audit.checkpointFile,
      period: { years: 5, days: 0 },
      logger: createLogger('silent', 'test'),
    });
  const seal = async (): Promise<Checkpoint> => {
    const checkpoint = await hub.servers.clients!.checkpointer.seal();
    if (!checkpoint) throw new Error('nothing was sealed');
    return checkpoint;
  };
  const read = async (times: number) => {
    for (let i = 0; i < times; i++) {
      const answer = await hub.query('clients', `query ($id: UUID!) { client(id: $id) { name } }`, { id: DEMO_CLIENTS[i % 5].id }, testCallers.staff);
      expect(answer.errors).toBeUndefined();
    }
  };
  const event = (userId: string): AccessEvent => ({
    action: 'READ',
    outcome: 'ALLOWED',
    clientIds: [DEMO_CLIENTS[0].id],
    userId,
    roles: ['staff'],
    fields: ['Client.name'],
    sourceService: 'clients',
  });
  /** Entries as they were written `yearsAgo` (the clock is set back while they are made and keyed; only the Date is faked). */
  const writtenYearsAgo = async (yearsAgo: number, count: number) => {
    const then = new Date();
    then.setUTCFullYear(then.getUTCFullYear() - yearsAgo);
    jest.useFakeTimers({
      now: then,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    try {
      for (let i = 0; i < count; i++) await appendAccessEvents((query, params) => sql(query, params), hub.audit.key, [event(`old-${yearsAgo}-${i}`)]);
    } finally {
      jest.useRealTimers();
    }
  };
  const count = async (where = 'true') => ((await sql(`select count(*)::int as n from audit.access_log where ${where}`)) as Array<{ n: number }>)[0].n;
  const behindTheTriggers = async (...statements: string[]) => {
    await sql(`alter table audit.access_log disable trigger user`);
    try {
      for (const statement of statements) await sql(statement);
    } finally {
      await sql(`alter table audit.access_log enable trigger user`);
    }
  };

  let old: Checkpoint;
  let alsoOld: Checkpoint;
  let recent: Checkpoint;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph]);
    await writtenYearsAgo(7, 6);
    old = await seal();
    await writtenYearsAgo(6, 4);
    alsoOld = await seal();
    // Four years old: within the five years, so it holds back every range from the one it is in.
    await writtenYearsAgo(4, 2);
    await read(3);
    recent = await seal();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('removes the entries of every checkpoint range past the retention, keeps the rest, and the log still verifies against the file and the table', async () => {
    expect(await count()).toBe(6 + 4 + 2 + 3);
    const outcome = await purge();
    expect(outcome).toMatchObject({ removed: 10, purge: { number: 1, throughCheckpoint: alsoOld.number, sealedThrough: alsoOld.sealedThrough, entries: 10 } });
    expect(await count(`seq <= ${alsoOld.sealedThrough}`)).toBe(0);
    expect(await count()).toBe(5);
    expect(old.sealedThrough).toBeLessThan(alsoOld.sealedThrough);

    for (const report of [await verify(), await verifyAgainstTable()]) {
      expect(report).toMatchObject({ intact: true, purgedThrough: alsoOld.sealedThrough, entriesChecked: 5, checkpoints: recent.number, notYetSealed: 0 });
    }
    // The record is in the file beside the checkpoints and in audit.purge, the same.
    const [kept] = (await sql(`select body from audit.purge`)) as Array<{ body: string }>;
    expect(readPurgeFile(hub.audit.checkpointFile)).toEqual([JSON.parse(kept.body)]);
    // The checkpoints stay: nothing of a client is in them.
    expect(readCheckpointFile(hub.audit.checkpointFile)).toHaveLength(recent.number);

    // Nothing more has expired: a second run removes nothing.
    expect(await purge()).toEqual({ removed: 0 });
    // The purge is itself no access to client data: the job writes no entry.
    expect(await count()).toBe(5);
  });

  it('the database refuses to purge anything younger than five years, or anything but a whole checkpoint range, whoever asks', async () => {
    const body = JSON.stringify({ forged: true });
    await expect(sql(`select audit.purge_entries(2, ${recent.number}, ${recent.sealedThrough}, ?)`, [body])).rejects.toThrow(/at least five years/);
    await expect(sql(`select audit.purge_entries(2, ${recent.number}, ${recent.sealedThrough - 1}, ?)`, [body])).rejects.toThrow(/must end at a checkpoint/);
    await expect(sql(`delete from audit.access_log where seq = ${recent.lastSeq}`)).rejects.toThrow(/append-only/);
    expect(await count()).toBe(5);
    expect(await verify()).toMatchObject({ intact: true });
  });

  it('an entry removed after the purged ranges is still reported missing', async () => {
    const victim = recent.lastSeq;
    await behindTheTriggers(`delete from audit.access_log where seq = ${victim}`);
    for (const report of [await verify(), await verifyAgainstTable()]) {
      expect(report).toMatchObject({ intact: false, firstBrokenSeq: victim, brokenCheckpoint: recent.number });
      expect(report.reason).toBe(`entry ${victim} sealed by checkpoint ${recent.number} is missing`);
    }
  });

  it('a purge record the database made up is refused: it is not signed with the key, and it is not in the file', async () => {
    await hub.stop();
    hub = await startTestSubgraphs([clientsSubgraph]);
    await writtenYearsAgo(8, 3);
    const sealed = await seal();
    await read(2);
    await seal();
    // Whoever holds the database but not the key can run the purge function for an old range, with a record of its own.
    const forged = JSON.stringify({ kind: 'purge', number: 1, throughCheckpoint: sealed.number, sealedThrough: sealed.sealedThrough, signature: '00' });
    await sql(`select audit.purge_entries(1, ${sealed.number}, ${sealed.sealedThrough}, ?)`, [forged]);
    expect(await count(`seq <= ${sealed.sealedThrough}`)).toBe(0);
    expect(await verify()).toMatchObject({ intact: false, reason: 'purge 1 in audit.purge: its signature does not match its content' });
    expect(await verifyAgainstTable()).toMatchObject({ intact: false, reason: 'purge 1 in audit.purge: its signature does not match its content' });
  });

  it("the hub's role cannot delete from the log even with the purge mark set; the purge function is not granted to PUBLIC", async () => {
    const role = `hub_app_${randomBytes(4).toString('hex')}`;
    await sql(`create role ${role} nologin`);
    await sql(`grant usage on schema audit to ${role}`);
    await sql(`grant select, insert on audit.access_log, audit.checkpoint, audit.purge to ${role}`);
    expect(await sql(`select has_function_privilege('public', 'audit.purge_entries(bigint, bigint, bigint, text)', 'EXECUTE') as granted`)).toEqual([
      { granted: false },
    ]);
    const client = new Client({ connectionString: hub.databaseUrl, statement_timeout: 2000 });
    await client.connect();
    try {
      await client.query(`set role ${role}`);
      await client.query(`select set_config('audit.purge_through', '999999999', false)`);
      await expect(client.query(`delete from audit.access_log`)).rejects.toThrow(/permission denied/);
      await expect(client.query(numberedPlaceholders(`select audit.purge_entries(9, 1, 1, ?)`), ['{}'])).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
  });
});
