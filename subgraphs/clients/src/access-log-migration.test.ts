import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import {
  ACCESS_LOG_MIGRATIONS,
  appendAccessEvents,
  createLogger,
  createOrm,
  migrateAccessLog,
  numberedPlaceholders,
  readCheckpointFile,
  startCheckpointer,
  verifyAccessLog,
  type AccessEvent,
} from '@hub/common';
import { createTestDatabase, type TestDatabase } from '@hub/testing';

const EVENT: AccessEvent = {
  action: 'READ',
  outcome: 'ALLOWED',
  clientIds: ['11111111-2222-4333-8444-555555555555'],
  userId: 'staff-1',
  roles: ['staff'],
  fields: ['Client.name'],
  sourceService: 'clients',
};

/** A log written under the hash chain, migrated to keyed entries: its entries are sealed as the legacy prefix. */
describe('access log migration to keyed entries', () => {
  const logger = createLogger('silent', 'test');
  const key = randomBytes(32);
  const file = path.join(os.tmpdir(), `hub-test-checkpoints-${randomBytes(4).toString('hex')}.jsonl`);
  let database: TestDatabase;
  let client: Client;
  const query = async (sql: string, params: unknown[] = []) => (await client.query(numberedPlaceholders(sql), params)).rows;
  const verify = () => verifyAccessLog(query, key, readCheckpointFile(file));
  const seal = async () => {
    const checkpointer = startCheckpointer({ databaseUrl: database.url, key, file, intervalMs: 60_000, logger });
    try {
      // It seals once when it starts, too: the newest checkpoint is the one to look at.
      await checkpointer.seal();
      return readCheckpointFile(file).at(-1);
    } finally {
      await checkpointer.stop();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    // The log as the first migration made it, with entries the chain trigger numbered and hashed.
    const { orm } = await createOrm({ schema: 'audit', entities: [], migrations: ACCESS_LOG_MIGRATIONS.slice(0, 1) }, database.url, logger);
    try {
      await orm.getMigrator().up();
    } finally {
      await orm.close(true);
    }
    client = new Client({ connectionString: database.url });
    await client.connect();
    for (let i = 0; i < 3; i++) {
      await query(
        `insert into audit.access_log (seq, event_id, occurred_at, action, outcome, client_ids, user_id, roles, fields, source_service, prev_hash, hash)
         values (0, gen_random_uuid(), now(), 'READ', 'ALLOWED', '{}', 'before-${i}', '{staff}', '{Client.name}', 'clients', '', '')`,
      );
    }
    await migrateAccessLog(database.url, logger);
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('keeps the old entries, numbers new ones after them, and seals both, the old ones as the legacy prefix', async () => {
    await appendAccessEvents(query, key, [EVENT, EVENT]);
    const rows = await query(`select seq::int, user_id, mac is not null as keyed, hash is not null as chained from audit.access_log order by seq`);
    expect(rows.map((r) => [r.seq, r.keyed, r.chained])).toEqual([
      [1, false, true],
      [2, false, true],
      [3, false, true],
      [4, true, false],
      [5, true, false],
    ]);
    const checkpoint = await seal();
    expect(checkpoint).toMatchObject({ number: 1, legacyThrough: 3, firstSeq: 1, lastSeq: 5, count: 5 });
    expect(await verify()).toMatchObject({ intact: true, entriesChecked: 5, checkpoints: 1 });
  });

  it('an old entry edited after it was sealed is caught by the checkpoint', async () => {
    await query(`alter table audit.access_log disable trigger access_log_append_only`);
    await query(`update audit.access_log set user_id = 'nobody' where seq = 2`);
    await query(`alter table audit.access_log enable trigger access_log_append_only`);
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: 2, brokenCheckpoint: 1 });
    await query(`alter table audit.access_log disable trigger access_log_append_only`);
    await query(`update audit.access_log set user_id = 'before-1' where seq = 2`);
    await query(`alter table audit.access_log enable trigger access_log_append_only`);
    expect(await verify()).toMatchObject({ intact: true });
  });

  it('a valid entry copied under a new number (its MAC still matches) is caught as the same event twice', async () => {
    await query(`alter table audit.access_log drop constraint access_log_event_id_key`);
    await query(`alter table audit.access_log disable trigger access_log_number`);
    try {
      await query(`create temp table copied as select * from audit.access_log where seq = 4`);
      await query(`update copied set seq = 1000`);
      await query(`insert into audit.access_log select * from copied`);
    } finally {
      await query(`alter table audit.access_log enable trigger access_log_number`);
    }
    expect(await verify()).toMatchObject({ intact: false, reason: 'entry 1000 repeats entry 4 (the same event)' });
    await query(`alter table audit.access_log disable trigger access_log_append_only`);
    await query(`delete from audit.access_log where seq = 1000`);
    await query(`alter table audit.access_log enable trigger access_log_append_only`);
    await query(`alter table audit.access_log add constraint access_log_event_id_key unique (event_id)`);
    expect(await verify()).toMatchObject({ intact: true });
  });

  it('an entry without a MAC written after the migration is refused, sealed or not', async () => {
    await query(
      `insert into audit.access_log (event_id, occurred_at, action, outcome, client_ids, user_id, roles, fields, source_service)
       values (gen_random_uuid(), now(), 'READ', 'ALLOWED', '{}', 'forged', '{staff}', '{Client.name}', 'clients')`,
    );
    const [{ seq }] = await query(`select max(seq)::int as seq from audit.access_log`);
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: seq, reason: `entry ${seq} has no MAC` });
    await seal();
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: seq, brokenCheckpoint: 2, reason: `entry ${seq} has no MAC` });
  });
});
