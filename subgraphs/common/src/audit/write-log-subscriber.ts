import {
  ChangeSetType,
  type ChangeSet,
  type EntityManager,
  type EntityMetadata,
  type EventSubscriber,
  type FlushEventArgs,
  type TransactionEventArgs,
  type UnitOfWork,
} from '@mikro-orm/core';
import type { Knex, EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import type { AccessAction } from './access-log-store';
import { appendAccessEvents } from './access-log-store';
import { callerColumns } from './access-recorder';
import { loggedFieldOf } from './logged-fields';
import type { Caller } from '../domain/caller';
import type { AccessRecorder, ClientIdOf } from './access-recorder';

/** The name under which a request's entity manager carries its access scope (inherited by its forks and transactions). */
const SCOPE = 'accessScope';

/** Who is writing: what a request's entries say about the caller, and the recorder of that request. */
export interface AccessScope {
  readonly access: AccessRecorder;
  readonly caller?: Caller;
  readonly requestId: string;
}

/** Ties an entity manager (and every fork and transaction made from it) to the request it serves. */
export function bindAccessScope(em: EntityManager, scope: AccessScope): void {
  // A class instance, not a plain object: MikroORM's fork copies it by reference.
  em.setLoggerContext({ ...em.getLoggerContext(), [SCOPE]: scope });
}

function scopeOf(em: EntityManager): AccessScope | undefined {
  return em.getLoggerContext()[SCOPE] as AccessScope | undefined;
}

/** One written row of a client-linked entity. */
export interface ClientWrite {
  action: AccessAction;
  clientId: string;
  /** `Type.field` of what was written. */
  fields: string[];
  /** The record: `Type:id`. */
  object: string;
}

/** The outermost transaction of a (possibly nested, savepoint) one: entries go in with the commit of that one. */
function rootOf(trx: Knex.Transaction): Knex.Transaction {
  let current = trx as unknown as Record<symbol, unknown>;
  for (;;) {
    const parent = Object.getOwnPropertySymbols(current).find((s) => s.description === 'parentTransaction');
    if (!parent || !current[parent]) return current as unknown as Knex.Transaction;
    current = current[parent] as Record<symbol, unknown>;
  }
}

/**
 * The GraphQL fields written properties of an entity back (logged-fields.ts), as `Type.field`: an internal
 * property names none, an undeclared one names itself (and fails the test that checks every one is declared).
 */
export function loggedFields(meta: Pick<EntityMetadata, 'className' | 'class' | 'properties'>, properties: string[]): string[] {
  const byName = meta.properties as Record<string, { embedded?: [string, string] } | undefined>;
  return properties.flatMap((written) => {
    // A column of an embedded object (`referred_person_name`) is written through the embedded property.
    const property = byName[written]?.embedded?.[0] ?? written;
    const field = loggedFieldOf(meta.class, property);
    return field === null ? [] : [`${meta.className}.${field ?? property}`];
  });
}

/** `Type.property` of a write the ORM does not see, named as the GraphQL field it backs. */
function asLoggedField(em: EntityManager, written: string): string[] {
  const [type, property] = written.split('.', 2);
  const meta = property ? em.getMetadata().find(type) : undefined;
  return meta ? loggedFields(meta, [property]) : [written];
}

/** Writes waiting for the commit of their (outermost) transaction. */
const pendingWrites = new WeakMap<object, ClientWrite[]>();

function addPending(trx: object, writes: ClientWrite[]): void {
  if (writes.length === 0) return;
  const list = pendingWrites.get(trx) ?? [];
  list.push(...writes);
  pendingWrites.set(trx, list);
}

/**
 * Runs writes the ORM's change sets do not show (`nativeUpdate`, `nativeDelete`, `insert`) in one
 * transaction with their access log entries: `write` returns what it wrote, and those entries are
 * appended before the commit, like those of entities flushed. Reads inside should pass
 * `disableIdentityMap: true`, so nothing half-loaded reaches the request's entity manager.
 */
export async function writeLogged<T>(em: SqlEntityManager, write: (tx: SqlEntityManager) => Promise<{ result: T; writes: ClientWrite[] }>): Promise<T> {
  return em.transactional(async (tx) => {
    const { result, writes } = await write(tx);
    const trx = tx.getTransactionContext<Knex.Transaction>();
    if (!trx) throw new Error('a client-linked write outside a transaction cannot be logged with it');
    addPending(
      rootOf(trx),
      writes.map((write) => ({ ...write, fields: write.fields.flatMap((field) => asLoggedField(tx, field)) })),
    );
    return result;
  });
}

/**
 * Writes the access log entries of a request's writes in the very transaction
 * that makes them (docs/access-log.md, "Writes"): a row of a client-linked
 * entity created, changed or deleted through the ORM is noted at flush, and
 * its entry is appended just before the transaction commits, with the same
 * connection. If the entry cannot be written the transaction rolls back: a
 * change without its entry cannot exist, nor an entry of a change that did not.
 */
export class WriteLogSubscriber implements EventSubscriber {
  private readonly pending = pendingWrites;

  constructor(
    private readonly clientLinked: Record<string, ClientIdOf>,
    private readonly key: Buffer,
    private readonly sourceService: string,
  ) {}

  afterFlush({ em, uow }: FlushEventArgs): void {
    // Inside a transaction: the entries wait for its commit. Outside, the flush ran its own, handled at its commit.
    const trx = em.getTransactionContext<Knex.Transaction>();
    if (trx && scopeOf(em)) this.add(rootOf(trx), this.writesOf(uow));
  }

  async beforeTransactionCommit({ em, transaction, uow }: TransactionEventArgs): Promise<void> {
    const trx = transaction as object | undefined;
    if (!trx) return;
    const writes = [...(this.pending.get(trx) ?? []), ...(uow ? this.writesOf(uow) : [])];
    this.pending.delete(trx);
    const scope = scopeOf(em);
    if (!scope || writes.length === 0) return;
    const knex = transaction as unknown as Knex.Transaction;
    await appendAccessEvents((sql, params) => knex.raw(sql, params as never), this.key, this.events(scope, writes));
  }

  afterTransactionRollback({ transaction }: TransactionEventArgs): void {
    const trx = transaction as object | undefined;
    if (trx) this.pending.delete(trx);
  }

  private add(trx: object, writes: ClientWrite[]): void {
    addPending(trx, writes);
  }

  private writesOf(uow: UnitOfWork): ClientWrite[] {
    return [...uow.getChangeSets()].flatMap((cs: ChangeSet<object>) => {
      const clientIdOf = this.clientLinked[cs.name];
      const clientId = clientIdOf?.(cs.entity as never);
      if (!clientId) return [];
      const fields = loggedFields(cs.meta, Object.keys(cs.payload ?? {}));
      return [{ action: cs.type === ChangeSetType.CREATE ? 'CREATE' : 'UPDATE', clientId, fields, object: `${cs.name}:${cs.getSerializedPrimaryKey()}` }];
    });
  }

  /** One entry per action, as the recorder groups a request's reads. */
  private events(scope: AccessScope, writes: ClientWrite[]) {
    const byAction = new Map<AccessAction, { clients: Set<string>; fields: Set<string>; objects: Set<string> }>();
    for (const write of writes) {
      let group = byAction.get(write.action);
      if (!group) byAction.set(write.action, (group = { clients: new Set(), fields: new Set(), objects: new Set() }));
      group.clients.add(write.clientId);
      write.fields.forEach((f) => group.fields.add(f));
      group.objects.add(write.object);
    }
    return [...byAction].map(([action, group]) => ({
      action,
      outcome: 'ALLOWED' as const,
      clientIds: [...group.clients].sort(),
      ...callerColumns(scope.caller),
      fields: [...group.fields].sort(),
      sourceService: this.sourceService,
      requestId: scope.requestId,
      objects: [...group.objects],
      emergency: scope.access.isEmergency,
    }));
  }
}
