import type { EntityMetadata, EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlTable } from './sql-table';

type Entity<T> = abstract new (...args: never[]) => T;
/** The quoted column of a property of the entity, from its metadata. */
export type ColumnOf<T> = (property: keyof T & string) => string;

/**
 * A hot read as `select * from <table> where <condition>`, the statement built once (on first use) from the
 * entity's metadata, executed with `?` parameters (a list parameter fills `in (?)`), and made into managed
 * entities of the request's entity manager: in its identity map, as `em.find` makes them. For a request's
 * list reads, where building the SQL through a query builder per call costs more than the query: no flush runs
 * before it, so read only what the request has not changed; entity filters do not apply (the hub has none).
 */
export class HotRead<T extends object> {
  private readonly statements = new WeakMap<EntityMetadata, string>();

  constructor(
    private readonly entity: Entity<T>,
    private readonly condition: (column: ColumnOf<T>, meta: EntityMetadata<T>) => string,
  ) {}

  private statement(em: EntityManager, meta: EntityMetadata<T>): string {
    let sql = this.statements.get(meta);
    if (!sql) {
      const column: ColumnOf<T> = (property) => {
        const fields = (meta.properties as Record<string, EntityProperty | undefined>)[property]?.fieldNames;
        if (fields?.length !== 1) throw new Error(`${meta.className}.${property} is not one column`);
        return em.getPlatform().quoteIdentifier(fields[0]);
      };
      sql = `select * from ${sqlTable(em, this.entity)} where ${this.condition(column, meta)}`;
      this.statements.set(meta, sql);
    }
    return sql;
  }

  async find(em: EntityManager, params: unknown[]): Promise<T[]> {
    const meta = em.getMetadata().get<T>(this.entity.name);
    const rows = await em.getConnection().execute<Record<string, unknown>[]>(this.statement(em, meta), params, 'all', em.getTransactionContext());
    const driver = em.getDriver();
    const factory = em.getEntityFactory();
    return rows.map((row) => factory.create<T>(this.entity.name, driver.mapResult(row as never, meta)!, { merge: true, convertCustomTypes: true }));
  }
}

const byIds = new WeakMap<Entity<object>, HotRead<object>>();

/** The rows of `entity` with these primary keys (a HotRead: managed entities, in no particular order). */
export async function findByIds<T extends object>(em: EntityManager, entity: Entity<T>, ids: readonly string[]): Promise<T[]> {
  if (!ids.length) return [];
  let read = byIds.get(entity) as unknown as HotRead<T> | undefined;
  if (!read) {
    read = new HotRead(entity, (column, meta) => {
      const [key, ...more] = meta.getPrimaryProps();
      if (!key || more.length) throw new Error(`${meta.className} has no single primary key`);
      return `${column(key.name)} in (?)`;
    });
    byIds.set(entity, read as unknown as HotRead<object>);
  }
  return read.find(em, [ids]);
}
