import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { loggedFields, writeLogged, type ClientWrite } from '../audit/write-log-subscriber';
import { IdempotencyRecord } from '../database/idempotency';
import { hubError } from '../errors';
import type { Role } from '../domain/roles';
import type { RetentionPeriods } from './retention-rules';

/**
 * What each subgraph does for retention and erasure on request with its own tables (docs/security.md, "Retention
 * and erasure"): no subgraph reads or deletes another's. The clients subgraph's `eraseClient` and the retention
 * job (`npm run retention`) use these; each subgraph declares its own (`clientRecords` in its `subgraph.ts`).
 */

/** Who may erase a client's data on request: Kadera's staff role only, like the export (the request is the client's, handled by staff). */
export const CLIENT_ERASURE_ROLES: Role[] = ['staff'];

/** Why a part of a client's data may not be erased now: care still open, or a record the law says to keep. */
export type ErasureRefusalCode = 'OPEN_CARE' | 'RETENTION_OBLIGATION';

export interface ErasureRefusal {
  code: ErasureRefusalCode;
  /** A sentence for staff: what is open or kept, and until when; record ids at most, nothing of the client. */
  message: string;
}

/** Open care of one client in one subgraph, and the last time anything of hers changed there. */
export interface ClientCare {
  open: boolean;
  lastActivity: Date | null;
}

/** Rows removed, per record type (`Stay`, `Referral`...): what erasure and retention report, counts only. */
export type RemovedCounts = Record<string, number>;

export interface ClientRecords {
  /** Why her records here may not be erased now; none: they may. */
  erasureRefusals: (em: SqlEntityManager, clientId: string, now: Date) => Promise<ErasureRefusal[]>;
  /** Removes every record of hers here, with its access log entries, in one transaction; refuses (throws) if a refusal has appeared since the check. */
  erase: (em: SqlEntityManager, clientId: string, now: Date) => Promise<RemovedCounts>;
  /** Removes what has expired here under `periods`; `careElsewhere` answers for the other subgraphs (the client file needs it). */
  expire: (em: SqlEntityManager, periods: RetentionPeriods, now: Date, careElsewhere: CareLookup) => Promise<RemovedCounts>;
  /** Open care and last activity here of each of these clients (absent: nothing of hers here). */
  careOf?: (em: SqlEntityManager, clientIds: string[]) => Promise<Map<string, ClientCare>>;
}

export type CareLookup = (clientIds: string[]) => Promise<Map<string, ClientCare>>;

/**
 * Runs a care query: one row per client (`client_id`, `open`, `last_activity`), its `?` parameters each the
 * clients' ids as one `uuid[]` (`uses` of them).
 */
export async function careQuery(em: SqlEntityManager, sql: string, clientIds: string[], uses = 1): Promise<Map<string, ClientCare>> {
  if (!clientIds.length) return new Map();
  const ids = `{${clientIds.join(',')}}`;
  const rows = await em.execute<Array<{ client_id: string; open: boolean; last_activity: Date | string | null }>>(sql, Array<string>(uses).fill(ids));
  return new Map(rows.map((row) => [row.client_id, { open: row.open, lastActivity: row.last_activity ? new Date(row.last_activity) : null }]));
}

/** Statuses as an SQL list: `'A', 'B'` (enum values only, never input). */
export const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/** The same lookup over several subgraphs: open anywhere is open; the last activity is the latest of all. */
export async function combinedCare(lookups: CareLookup[], clientIds: string[]): Promise<Map<string, ClientCare>> {
  const combined = new Map<string, ClientCare>();
  for (const lookup of lookups) {
    for (const [clientId, care] of await lookup(clientIds)) {
      const before = combined.get(clientId);
      const latest = [before?.lastActivity, care.lastActivity].filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
      combined.set(clientId, { open: !!before?.open || care.open, lastActivity: latest });
    }
  }
  return combined;
}

/** One table's rows to remove: the statement (with `returning id, <client column> as client_id`) and its record type. */
export interface RemoveStep {
  type: string;
  sql: string;
  params: unknown[];
}

/** Work in the same transaction: `before` the removal (a check that may throw), `after` it (a record of what was removed). */
export interface RemoveHooks {
  before?: (tx: SqlEntityManager) => Promise<void>;
  after?: (tx: SqlEntityManager, removed: RemovedCounts) => Promise<void>;
}

/**
 * Runs `steps` in order in one transaction with their access log entries (`writeLogged`): every removed row of a
 * client is an UPDATE of that client naming every field of its type. A row without a client (a referral never
 * linked to one) leaves no entry: no client's data was touched. Idempotency records of the removed rows go too.
 * Returns the rows removed per type.
 */
export async function removeLogged(em: SqlEntityManager, steps: RemoveStep[], hooks: RemoveHooks = {}): Promise<RemovedCounts> {
  return writeLogged(em, async (tx) => {
    if (hooks.before) await hooks.before(tx);
    const counts: RemovedCounts = {};
    const writes: ClientWrite[] = [];
    const ids: string[] = [];
    for (const step of steps) {
      const rows = await tx.execute<Array<{ id: string; client_id: string | null }>>(step.sql, step.params);
      counts[step.type] = (counts[step.type] ?? 0) + rows.length;
      ids.push(...rows.map((row) => row.id));
      const fields = fieldsOf(tx, step.type);
      for (const row of rows) if (row.client_id) writes.push({ action: 'UPDATE', clientId: row.client_id, fields, object: `${step.type}:${row.id}` });
    }
    // What a create answered for an idempotency key names the row it made: gone with it.
    if (ids.length && tx.getMetadata().find(IdempotencyRecord.name)) await tx.nativeDelete(IdempotencyRecord, { resultId: { $in: ids } });
    if (hooks.after) await hooks.after(tx, counts);
    return { result: counts, writes };
  });
}

function fieldsOf(em: SqlEntityManager, type: string): string[] {
  const meta = em.getMetadata().find(type);
  // The GraphQL fields the removed row held, as a write names them (an internal column names none).
  return meta ? [...new Set(loggedFields(meta, Object.keys(meta.properties)))] : [`${type}.id`];
}

/**
 * Refuses a part's erasure when the check inside its transaction still finds reasons (care opened since the first
 * check): `ERASURE_REFUSED` naming the service, as `eraseClient` reports refusals.
 */
export function refuseErasureIf(service: string, what: string, found: ErasureRefusal[]): void {
  if (found.length) throw hubError('ERASURE_REFUSED', `the ${what} may not be erased now`, { reasons: found.map((r) => ({ service, ...r })) });
}

/** Adds counts of several runs. */
export function addCounts(into: RemovedCounts, more: RemovedCounts): RemovedCounts {
  for (const [type, n] of Object.entries(more)) into[type] = (into[type] ?? 0) + n;
  return into;
}
