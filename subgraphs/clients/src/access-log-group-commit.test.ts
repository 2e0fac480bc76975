import { Pool } from 'pg';
import {
  AccessLogGroupCommit,
  DEMO_CLIENTS,
  GROUP_COMMIT_MAX_ENTRIES,
  GROUP_COMMIT_WRITERS,
  numberedPlaceholders,
  readCheckpointFile,
  verifyAccessLog,
  type AccessEvent,
  type RawSql,
} from '@hub/common';
import { startTestSubgraphs, testCallers, type SubgraphResponse, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from './subgraph';

/** The access log appends of concurrent requests, committed together (docs/access-log.md, "Group commit"). */
describe('access log group commit', () => {
  let hub: TestSubgraphs;
  let pool: Pool;
  const sql = async (query: string, params: unknown[] = []) => (await pool.query(query, params)).rows;
  /** Runs `?`-placeholder statements on the pool, counting them. */
  const counted = () => {
    const statements: number[] = [];
    const raw: RawSql = async (query, params) => {
      statements.push(params.length);
      return pool.query(numberedPlaceholders(query), params);
    };
    return { raw, statements };
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
  const entriesOf = async (prefix: string) =>
    (await sql(`select user_id, txid::text as txid from audit.access_log where user_id like $1 order by seq`, [`${prefix}%`])) as Array<{
      user_id: string;
      txid: string;
    }>;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph]);
    pool = new Pool({ connectionString: hub.databaseUrl, max: 4 });
  });
  afterAll(async () => {
    await pool?.end();
    await hub?.stop();
  });

  it('with one writer, commits the entries of appends made while a statement is in flight in one statement, and settles each only once its entries are in the log', async () => {
    const { raw, statements } = counted();
    const log = new AccessLogGroupCommit(raw, hub.audit.key, GROUP_COMMIT_MAX_ENTRIES, 1);
    const seen: boolean[] = [];
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        log.append([event(`group-${i}`), event(`group-${i}`)]).then(async () => {
          const mine = await sql(`select count(*)::int as n from audit.access_log where user_id = $1`, [`group-${i}`]);
          seen.push(mine[0].n === 2);
        }),
      ),
    );
    expect(seen).toEqual(Array.from({ length: 30 }, () => true));
    const entries = await entriesOf('group-');
    expect(entries).toHaveLength(60);
    // The first append's statement went alone; the 29 that came while it was in flight went together in the next.
    expect(statements).toEqual([2 * 19, 58 * 19]);
    expect(new Set(entries.map((e) => e.txid)).size).toBe(2);
  });

  it('with two writers (the default), two statements run at once and the appends made meanwhile wait for the first to end', async () => {
    const { raw, statements } = counted();
    let running = 0;
    let most = 0;
    const overlapping: RawSql = async (query, params) => {
      running += 1;
      most = Math.max(most, running);
      try {
        return await raw(query, params);
      } finally {
        running -= 1;
      }
    };
    const log = new AccessLogGroupCommit(overlapping, hub.audit.key);
    const seen: boolean[] = [];
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        log.append([event(`pair-${i}`)]).then(async () => {
          const mine = await sql(`select count(*)::int as n from audit.access_log where user_id = $1`, [`pair-${i}`]);
          seen.push(mine[0].n === 1);
        }),
      ),
    );
    expect(seen).toEqual(Array.from({ length: 30 }, () => true));
    expect(await entriesOf('pair-')).toHaveLength(30);
    // The first two appends each started a statement of their own; the 28 that came while both ran went together next.
    expect(most).toBe(GROUP_COMMIT_WRITERS);
    expect(statements.map((params) => params / 19)).toEqual([1, 1, 28]);
  });

  it('keeps a statement within PostgreSQL’s parameter limit: a group holds at most maxEntries entries', async () => {
    const { raw, statements } = counted();
    const log = new AccessLogGroupCommit(raw, hub.audit.key, 5, 1);
    await Promise.all(Array.from({ length: 9 }, (_, i) => log.append([event(`small-${i}`), event(`small-${i}`)])));
    expect(statements.map((params) => params / 19)).toEqual([2, 4, 4, 4, 4]);
    expect(await entriesOf('small-')).toHaveLength(18);
  });

  it('fails a request whose own entries cannot be written, and only that one: the others of its statement are written as if never grouped', async () => {
    const { raw, statements } = counted();
    const log = new AccessLogGroupCommit(raw, hub.audit.key, GROUP_COMMIT_MAX_ENTRIES, 1);
    // PostgreSQL refuses a NUL in text: this request's entry, and any statement holding it, cannot be written.
    const outcomes = await Promise.allSettled([
      log.append([event('alone-first')]),
      log.append([event('grouped-a')]),
      log.append([event('grouped-bad\u0000')]),
      log.append([event('grouped-b')]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    // The first alone, the three together (refused), then each of the three alone.
    expect(statements.map((params) => params / 19)).toEqual([1, 3, 1, 1, 1]);
    expect((await entriesOf('grouped-')).map((e) => e.user_id).sort()).toEqual(['grouped-a', 'grouped-b']);
    // The writer goes on after a failure.
    await log.append([event('grouped-after')]);
    expect((await entriesOf('grouped-after')).length).toBe(1);
  });

  it('fails every waiting request when the database cannot be reached', async () => {
    const closed = new Pool({ connectionString: hub.databaseUrl, max: 1 });
    await closed.end();
    const log = new AccessLogGroupCommit((query, params) => closed.query(numberedPlaceholders(query), params), hub.audit.key);
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => log.append([event(`unreachable-${i}`)])));
    expect(outcomes.map((o) => o.status)).toEqual(Array.from({ length: 5 }, () => 'rejected'));
    expect(await entriesOf('unreachable-')).toHaveLength(0);
  });

  it('the subgraph groups the entries of concurrent reads over HTTP; every read is logged, and the log verifies after sealing', async () => {
    const before = (await sql(`select coalesce(max(seq), 0)::int as seq from audit.access_log`))[0].seq as number;
    const reads = 40;
    // The log held back until the reads have piled up behind its writers: whether a read finds a writer free
    // depends on how fast the machine is, and this is about the reads that do not.
    const holder = await pool.connect();
    let answers: SubgraphResponse[];
    try {
      await holder.query('begin');
      await holder.query('lock table audit.access_log in share mode');
      const reading = Promise.all(
        Array.from({ length: reads }, (_, i) =>
          hub.query('clients', `query ($id: UUID!) { client(id: $id) { name } }`, { id: DEMO_CLIENTS[i % 5].id }, testCallers.staff),
        ),
      );
      const waiting = async () =>
        Number(
          (
            await sql(
              `select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like 'insert into "audit"."access_log"%'`,
            )
          )[0].n,
        );
      while ((await waiting()) < GROUP_COMMIT_WRITERS) await new Promise((resolve) => setTimeout(resolve, 20));
      // The other reads meanwhile finish and append behind the writers that wait.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await holder.query('commit');
      answers = await reading;
    } finally {
      await holder.query('rollback').catch(() => undefined);
      holder.release();
    }
    expect(answers.every((a) => a.errors === undefined && a.data.client.name)).toBe(true);
    const entries = (await sql(`select request_id, txid::text as txid from audit.access_log where seq > $1 and source_service = 'clients' and user_id = $2`, [
      before,
      testCallers.staff.userId,
    ])) as Array<{ request_id: string; txid: string }>;
    expect(new Set(entries.map((e) => e.request_id)).size).toBe(reads);
    // Without grouping every request's entries are a transaction of their own.
    expect(new Set(entries.map((e) => e.txid)).size).toBeLessThan(reads);
    await hub.servers.clients!.checkpointer.seal();
    const execute = (query: string, params: unknown[]) => hub.servers.clients!.orm.em.getConnection().execute<unknown[]>(query, params);
    expect(await verifyAccessLog(execute, hub.audit.key, readCheckpointFile(hub.audit.checkpointFile))).toMatchObject({ intact: true, notYetSealed: 0 });
  });
});
