import { randomUUID } from 'node:crypto';
import { canonicalUuid, entryMac, storedElement, type EntryContent } from './access-entry-mac';

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
  /** The user the caller acted for, when it acted on behalf of someone. */
  onBehalfOf?: string;
  /** The access point: the application (the token's client id) and the source address the gateway saw. */
  applicationId?: string;
  sourceAddress?: string;
  /** The records touched or refused, as `Type:id`. */
  objects?: string[];
  /** The consents that allowed a partner's read of consented fields. */
  consentIds?: string[];
  /** A break-glass access: outside the normal rules, with a stated reason (docs/security.md). */
  emergency?: boolean;
}

/** An entry as read back: its number and everything it says. */
export type AccessLogRow = { seq: number; action: AccessAction; outcome: AccessOutcome } & Omit<EntryContent, 'action' | 'outcome'>;

/** A `?`-placeholder statement runner; the appends go through knex or a pg pool. */
export type RawSql = (sql: string, params: unknown[]) => Promise<unknown>;

/** A `?`-placeholder statement for node-postgres, which numbers its parameters. */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Entries ready to insert: one `values` tuple per entry and its parameters (content and MAC fixed when they were made). */
export interface AccessLogRows {
  count: number;
  params: unknown[];
}

const ROW_PLACEHOLDERS = '(?, ?, ?, ?, ?::uuid[], ?, ?, ?::text[], ?, ?::text[], ?, ?, ?, ?, ?, ?::text[], ?::uuid[], ?, ?)';

/** The rows of `events`, each with the HMAC of its content under `key`, which the database never holds; they occurred now. */
export function accessLogRows(key: Buffer, events: AccessEvent[]): AccessLogRows {
  const occurredAt = new Date();
  const params = events.flatMap((e) => {
    const content: EntryContent = {
      eventId: randomUUID(),
      occurredAt,
      action: e.action,
      outcome: e.outcome,
      clientIds: e.clientIds.map(canonicalUuid),
      userId: e.userId,
      organisationId: e.organisationId ?? null,
      roles: e.roles.map(storedElement),
      purpose: e.purpose ?? null,
      fields: e.fields.map(storedElement),
      sourceService: e.sourceService,
      requestId: e.requestId ?? null,
      onBehalfOf: e.onBehalfOf ?? null,
      applicationId: e.applicationId ?? null,
      sourceAddress: e.sourceAddress ?? null,
      objects: [...new Set(e.objects ?? [])].sort().map(storedElement),
      consentIds: [...new Set(e.consentIds ?? [])].sort().map(canonicalUuid),
      emergency: e.emergency ?? false,
    };
    return [
      content.eventId,
      occurredAt,
      content.action,
      content.outcome,
      toArray(content.clientIds),
      content.userId,
      content.organisationId,
      toArray(content.roles),
      content.purpose,
      toArray(content.fields),
      content.sourceService,
      content.requestId,
      content.onBehalfOf,
      content.applicationId,
      content.sourceAddress,
      toArray(content.objects),
      toArray(content.consentIds),
      content.emergency,
      entryMac(key, content),
    ];
  });
  return { count: events.length, params };
}

/**
 * Inserts rows with one INSERT statement (atomic on its own, one round trip).
 * The database numbers them (a sequence, gaps allowed) in the order given and
 * notes the writing transaction, without a lock: appends from many connections
 * run side by side. Throws when it cannot: the caller then fails closed.
 */
export async function insertAccessLogRows(raw: RawSql, rows: AccessLogRows[]): Promise<void> {
  const count = rows.reduce((sum, r) => sum + r.count, 0);
  if (count === 0) return;
  await raw(
    `insert into "audit"."access_log"
       (event_id, occurred_at, action, outcome, client_ids, user_id, organisation_id, roles, purpose, fields, source_service, request_id,
        on_behalf_of, application_id, source_address, objects, consent_ids, emergency, mac)
     values ${Array.from({ length: count }, () => ROW_PLACEHOLDERS).join(', ')}`,
    rows.length === 1 ? rows[0].params : rows.flatMap((r) => r.params),
  );
}

/**
 * Appends events with one INSERT statement, each with the HMAC of its content
 * under `key` (accessLogRows, insertAccessLogRows). Written through knex,
 * beside the ORM's query log, so domain query counts stay what they are.
 * Throws when it cannot: the caller then fails closed.
 */
export async function appendAccessEvents(raw: RawSql, key: Buffer, events: AccessEvent[]): Promise<void> {
  if (events.length === 0) return;
  await insertAccessLogRows(raw, [accessLogRows(key, events)]);
}

/** A Postgres array literal; values here are ids, roles and field names, never free text. */
function toArray(values: string[]): string {
  return `{${values.map((v) => `"${storedElement(v)}"`).join(',')}}`;
}

/** Every column of an entry, as the reads select them. */
export const ACCESS_LOG_COLUMNS =
  'seq, event_id, occurred_at, action, outcome, client_ids, user_id, organisation_id, roles, purpose, fields, source_service, request_id, ' +
  'on_behalf_of, application_id, source_address, objects, consent_ids, emergency';

/** A row of "audit"."access_log" as the driver returns it. */
export interface AccessLogRecord {
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
  on_behalf_of: string | null;
  application_id: string | null;
  source_address: string | null;
  objects: string[];
  consent_ids: string[];
  emergency: boolean;
}

export function accessLogRow(r: AccessLogRecord): AccessLogRow {
  return {
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
    onBehalfOf: r.on_behalf_of,
    applicationId: r.application_id,
    sourceAddress: r.source_address,
    objects: r.objects,
    consentIds: r.consent_ids,
    emergency: r.emergency,
  };
}

export async function accessLogFor(
  em: { getConnection(): { execute(sql: string, params: unknown[]): Promise<unknown> } },
  clientId: string,
  from?: Date,
  to?: Date,
): Promise<AccessLogRow[]> {
  const rows = (await em.getConnection().execute(
    `select ${ACCESS_LOG_COLUMNS}
       from "audit"."access_log"
      where client_ids @> array[?]::uuid[] and occurred_at >= ? and occurred_at < ?
      order by seq`,
    [clientId, from ?? new Date(0), to ?? new Date('9999-12-31T00:00:00Z')],
  )) as AccessLogRecord[];
  return rows.map(accessLogRow);
}

/** Runs a `?`-placeholder statement and returns its rows: the ORM's connection or a pg client. */
export type Execute = (sql: string, params: unknown[]) => Promise<unknown[]>;

/** An entry as sealing and verification read it: its number, its content and the MAC it was written with. */
export interface StoredEntry {
  seq: number;
  content: EntryContent;
  /** Null for entries written before entries had MACs (the legacy prefix). */
  mac: string | null;
}

/** Entries numbered after `after` and up to `through`, in order, at most `limit`. */
export async function readEntries(execute: Execute, after: number, through: number, limit: number): Promise<StoredEntry[]> {
  const rows = (await execute(`select ${ACCESS_LOG_COLUMNS}, mac from "audit"."access_log" where seq > ? and seq <= ? order by seq limit ?`, [
    after,
    through,
    limit,
  ])) as Array<AccessLogRecord & { mac: string | null }>;
  return rows.map((r) => {
    const { seq, ...content } = accessLogRow(r);
    return { seq, mac: r.mac, content };
  });
}
