import { randomUUID } from 'node:crypto';
import { ACCESS_LOG_MIGRATIONS, createOrm, migrate, numberedPlaceholders, type AccessEvent, type Logger } from '@hub/common';
import type { Pool } from 'pg';

/*
 * The access log as it was before issue 13 item 4, recreated from git history
 * for `npm run bench:audit`:
 *  - the table and its BEFORE INSERT trigger `audit.chain_entry()`, which takes
 *    `pg_advisory_xact_lock(7513)`, reads the last entry and chains the new one
 *    to it, are the original migration itself (Migration20261128120000_access_log,
 *    unchanged since 2ed0e9f but for prettier), applied on its own in a scratch
 *    database of the benchmark's server, so its SQL runs verbatim;
 *  - the append is that of `git show 863cea7^:subgraphs/common/src/audit/access-log-store.ts`
 *    (`appendAccessEvents` before keyed entries): one INSERT per request, in
 *    autocommit, `seq`/`prev_hash`/`hash` left for the trigger to fill.
 */

/** Creates the old access log (the first audit migration only) in the database at `databaseUrl`. */
export async function createBeforeLog(databaseUrl: string, logger: Logger): Promise<void> {
  const { orm } = await createOrm({ schema: 'audit', entities: [], migrations: ACCESS_LOG_MIGRATIONS.slice(0, 1) }, databaseUrl, logger);
  try {
    await migrate(orm);
  } finally {
    await orm.close(true);
  }
}

// The statement of 863cea7^, word for word; the arrays go as node-postgres arrays rather than the literals it built by hand.
const BEFORE_INSERT = numberedPlaceholders(`insert into "audit"."access_log"
       (seq, event_id, occurred_at, action, outcome, client_ids, user_id, organisation_id, roles, purpose, fields, source_service, request_id, prev_hash, hash)
     values (0, ?, ?, ?, ?, ?::uuid[], ?, ?, ?::text[], ?, ?::text[], ?, ?, '', '')`);

/** Appends one event the old way: the trigger numbers and chains it under the lock, held until the commit. */
export async function appendBefore(pool: Pool, e: AccessEvent): Promise<void> {
  await pool.query(BEFORE_INSERT, [
    randomUUID(),
    new Date(),
    e.action,
    e.outcome,
    e.clientIds,
    e.userId,
    e.organisationId ?? null,
    e.roles,
    e.purpose ?? null,
    e.fields,
    e.sourceService,
    e.requestId ?? null,
  ]);
}

/** The old chain numbers without gaps: as many entries as the highest number. */
export async function beforeLogGapless(pool: Pool): Promise<{ entries: number; gapless: boolean }> {
  const {
    rows: [row],
  } = await pool.query<{ entries: number; last: number }>('select count(*)::int as entries, coalesce(max(seq), 0)::int as last from "audit"."access_log"');
  return { entries: row.entries, gapless: row.entries === row.last };
}
