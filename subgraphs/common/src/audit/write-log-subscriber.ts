import type { ChangeSet, EntityManager, EventSubscriber, FlushEventArgs, TransactionEventArgs, UnitOfWork } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
import type { AccessAction } from './access-log-store';
import { appendAccessEvents } from './access-log-store';
import type { AccessRecorder, ClientIdOf } from './access-recorder';

/** The name under which a request's entity manager carries its access scope (inherited by its forks and transactions). */
const SCOPE = 'accessScope';

/** Who is writing: what a request's entries say about the caller, and the recorder of that request. */
export interface AccessScope {
  readonly access: AccessRecorder;
  readonly caller?: { userId: string; organisationId?: string; roles: string[]; purpose?: string };
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
 * Writes the access log entries of a request's writes in the very transaction
 * that makes them (docs/access-log.md, "Writes"): a row of a client-linked
 * entity created, changed or deleted through the ORM is noted at flush, and
 * its entry is appended just before the transaction commits, with the same
 * connection. If the entry cannot be written the transaction rolls back: a
 * change without its entry cannot exist, nor an entry of a change that did not.
 */
export class WriteLogSubscriber implements EventSubscriber {
  private readonly pending = new WeakMap<object, ClientWrite[]>();

  constructor(
    private readonly clientLinked: Record<string, ClientIdOf>,
    private readonly key: Buffer,
    private readonly sourceService: string,
  ) {}

  /** Notes a write the ORM cannot see (a `nativeUpdate`, raw SQL) made in `em`'s transaction. */
  note(em: EntityManager, writes: ClientWrite[]): void {
    const trx = em.getTransactionContext<Knex.Transaction>();
    if (!trx) throw new Error('a client-linked write outside a transaction cannot be logged with it');
    this.add(rootOf(trx), writes);
  }

  afterFlush({ em, uow }: FlushEventArgs): void {
    // Inside a transaction: the entries wait for its commit. Outside, the flush ran its own, handled at its commit.
    const trx = em.getTransactionContext<Knex.Transaction>();
    if (trx && scopeOf(em)) this.add(rootOf(trx), this.writesOf(uow));
  }

  async beforeTransactionCommit({ em, transaction, uow }: TransactionEventArgs): Promise<void> {
    if (!transaction) return;
    const writes = [...(this.pending.get(transaction) ?? []), ...(uow ? this.writesOf(uow) : [])];
    this.pending.delete(transaction);
    const scope = scopeOf(em);
    if (!scope || writes.length === 0) return;
    const knex = transaction as unknown as Knex.Transaction;
    await appendAccessEvents((sql, params) => knex.raw(sql, params as never), this.key, this.events(scope, writes));
  }

  afterTransactionRollback({ transaction }: TransactionEventArgs): void {
    if (transaction) this.pending.delete(transaction);
  }

  private add(trx: object, writes: ClientWrite[]): void {
    if (writes.length === 0) return;
    const list = this.pending.get(trx) ?? [];
    list.push(...writes);
    this.pending.set(trx, list);
  }

  private writesOf(uow: UnitOfWork): ClientWrite[] {
    return [...uow.getChangeSets()].flatMap((cs: ChangeSet<object>) => {
      const clientIdOf = this.clientLinked[cs.name];
      const clientId = clientIdOf?.(cs.entity as never);
      if (!clientId) return [];
      const fields = Object.keys(cs.payload ?? {}).map((field) => `${cs.name}.${field}`);
      return [{ action: cs.type === 'create' ? 'CREATE' : 'UPDATE', clientId, fields, object: `${cs.name}:${cs.getSerializedPrimaryKey()}` }];
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
      userId: scope.caller?.userId ?? 'unknown',
      organisationId: scope.caller?.organisationId,
      roles: scope.caller?.roles ?? [],
      purpose: scope.caller?.purpose,
      fields: [...group.fields].sort(),
      sourceService: this.sourceService,
      requestId: scope.requestId,
    }));
  }
}
