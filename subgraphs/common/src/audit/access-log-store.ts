import { randomUUID } from 'node:crypto';
import { createOrm } from '../database/orm';
import type { Logger } from '../logger';
import { Migration20261128120000_access_log } from './migrations/Migration20261128120000_access_log';

export type AccessAction = 'READ' | 'SEARCH' | 'CREATE' | 'UPDATE' | 'EXPORT';
export type AccessOutcome = 'ALLOWED' | 'DENIED';

/** One NEN 7513 event: who did what to which client's data, when, why, and with what outcome. */
export interface AccessEvent {
  action: AccessAction;
  outcome: AccessOutcome;
  clientIds: string[];
  userId: string;
  organisationId?: string;
  roles: string[];
  purpose?: string;
  fields: string[];
  sourceService: string;
  requestId?: string;
}

export interface AccessLogRow {
  seq: number;
  eventId: string;
  occurredAt: Date;
  action: AccessAction;
  outcome: AccessOutcome;
  clientIds: string[];
  userId: string;
  organisationId: string | null;
  roles: string[];
  purpose: string | null;
  fields: string[];
  sourceService: string;
  requestId: string | null;
}

/** The audit schema's migrations, in order; `/ready` checks they are all applied. */
export const ACCESS_LOG_MIGRATIONS = [{ name: 'Migration20261128120000_access_log', class: Migration20261128120000_access_log }];

/** Creates the audit schema once, whichever service starts first (an advisory lock serialises them). */
export async function migrateAccessLog(databaseUrl: string, logger: Logger): Promise<void> {
  const { orm } = await createOrm({ schema: 'audit', entities: [], migrations: ACCESS_LOG_MIGRATIONS }, databaseUrl, logger);
  try {
    await orm.em.getConnection().execute('select pg_advisory_lock(75130)');
    try {
      await orm.getMigrator().up();
    } finally {
      await orm.em.getConnection().execute('select pg_advisory_unlock(75130)');
    }
  } finally {
    await orm.close(true);
  }
}

/**
 * Appends events with one INSERT statement (atomic on its own, one round trip);
 * the database chains them. Written through knex, beside the ORM's query log,
 * so domain query counts stay what they are. Throws when it cannot: the caller then fails closed.
 */
export type RawSql = (sql: string, params: unknown[]) => Promise<unknown>;

/** A `?`-placeholder statement for node-postgres, which numbers its parameters. */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export async function appendAccessEvents(raw: RawSql, events: AccessEvent[]): Promise<void> {
  if (events.length === 0) return;
  const now = new Date();
  const rows = events.map(() => "(0, ?, ?, ?, ?, ?::uuid[], ?, ?, ?::text[], ?, ?::text[], ?, ?, '', '')").join(', ');
  const params = events.flatMap((e) => [
    randomUUID(),
    now,
    e.action,
    e.outcome,
    toArray(e.clientIds),
    e.userId,
    e.organisationId ?? null,
    toArray(e.roles),
    e.purpose ?? null,
    toArray(e.fields),
    e.sourceService,
    e.requestId ?? null,
  ]);
  await raw(
    `insert into "audit"."access_log"
       (seq, event_id, occurred_at, action, outcome, client_ids, user_id, organisation_id, roles, purpose, fields, source_service, request_id, prev_hash, hash)
     values ${rows}`,
    params,
  );
}

/** A Postgres array literal; values here are ids, roles and field names, never free text. */
function toArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`;
}

/** A row of "audit"."access_log" as the driver returns it. */
interface AccessLogRecord {
  seq: string | number;
  event_id: string;
  occurred_at: string | Date;
  action: AccessAction;
  outcome: AccessOutcome;
  client_ids: string[];
  user_id: string;
  organisation_id: string | null;
  roles: string[];
  purpose: string | null;
  fields: string[];
  source_service: string;
  request_id: string | null;
}

export async function accessLogFor(
  em: { getConnection(): { execute(sql: string, params: unknown[]): Promise<unknown> } },
  clientId: string,
  from?: Date,
  to?: Date,
): Promise<AccessLogRow[]> {
  const rows = (await em.getConnection().execute(
    `select seq, event_id, occurred_at, action, outcome, client_ids, user_id, organisation_id, roles, purpose, fields, source_service, request_id
       from "audit"."access_log"
      where client_ids @> array[?]::uuid[] and occurred_at >= ? and occurred_at < ?
      order by seq`,
    [clientId, from ?? new Date(0), to ?? new Date('9999-12-31T00:00:00Z')],
  )) as AccessLogRecord[];
  return rows.map((r) => ({
    seq: Number(r.seq),
    eventId: r.event_id,
    occurredAt: new Date(r.occurred_at),
    action: r.action,
    outcome: r.outcome,
    clientIds: r.client_ids,
    userId: r.user_id,
    organisationId: r.organisation_id,
    roles: r.roles,
    purpose: r.purpose,
    fields: r.fields,
    sourceService: r.source_service,
    requestId: r.request_id,
  }));
}

export interface ChainReport {
  intact: boolean;
  entriesChecked: number;
  /** The first entry whose link is broken: altered content, a wrong previous hash, or a gap after a removal. */
  firstBrokenSeq: number | null;
  reason: string | null;
}

/** Walks the whole chain in order, recomputing every hash in the database. */
/** One link of the chain as stored, with the hash the database recomputes from the entry's content. */
interface ChainLink {
  seq: string | number;
  prev_hash: string;
  hash: string;
  recomputed: string;
}

export async function verifyAccessLog(execute: (sql: string, params: unknown[]) => Promise<unknown[]>): Promise<ChainReport> {
  let previous = { seq: 0, hash: '0'.repeat(64) };
  let checked = 0;
  for (;;) {
    const rows = (await execute(
      `select seq, prev_hash, hash, "audit"."entry_hash"(l) as recomputed from "audit"."access_log" l where seq > ? order by seq limit 5000`,
      [previous.seq],
    )) as ChainLink[];
    if (rows.length === 0) return { intact: true, entriesChecked: checked, firstBrokenSeq: null, reason: null };
    for (const row of rows) {
      const seq = Number(row.seq);
      const broken = (reason: string): ChainReport => ({ intact: false, entriesChecked: checked, firstBrokenSeq: seq, reason });
      if (seq !== previous.seq + 1) return broken(`entries ${previous.seq + 1} to ${seq - 1} are missing`);
      if (row.prev_hash !== previous.hash) return broken('its previous-hash does not match the entry before it');
      if (row.recomputed !== row.hash) return broken('its content does not match its hash');
      checked += 1;
      previous = { seq, hash: row.hash };
    }
  }
}
