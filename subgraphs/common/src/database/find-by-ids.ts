import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlTable } from './sql-table';

type Entity<T> = abstract new (...args: never[]) => T;

/** The statement per entity, built from its metadata on first use: `select * from <table> where <primary key> in (?)`. */
const statements = new WeakMap<EntityMetadata, string>();

function statementFor(em: EntityManager, entity: Entity<object>, meta: EntityMetadata): string {
  let sql = statements.get(meta);
  if (!sql) {
    const [key, ...more] = meta.getPrimaryProps();
    if (!key || more.length || key.fieldNames.length !== 1) throw new Error(`${meta.className} has no single-column primary key`);
    sql = `select * from ${sqlTable(em, entity)} where ${em.getPlatform().quoteIdentifier(key.fieldNames[0])} in (?)`;
    statements.set(meta, sql);
  }
  return sql;
}

/**
 * The rows of `entity` with these primary keys, as managed entities of `em` (in its identity map, as
 * `em.find(entity, { id: { $in: ids } })` makes them), in no particular order. For a request's hot reads by id:
 * the statement is built once instead of through a query builder per call; no flush runs before it, so read
 * only what this request has not changed. Entity filters are not applied (none of the hub's entities has one).
 */
export async function findByIds<T extends object>(em: EntityManager, entity: Entity<T>, ids: readonly string[]): Promise<T[]> {
  if (!ids.length) return [];
  const meta = em.getMetadata().get<T>(entity.name);
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(statementFor(em, entity, meta), [ids], 'all', em.getTransactionContext());
  const driver = em.getDriver();
  const factory = em.getEntityFactory();
  return rows.map((row) => factory.create<T>(entity.name, driver.mapResult(row as never, meta)!, { merge: true, convertCustomTypes: true }));
}
