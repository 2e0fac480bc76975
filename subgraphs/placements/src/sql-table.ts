import type { EntityManager } from '@mikro-orm/postgresql';

/** The quoted, schema-qualified table of an entity, for hand-written SQL. */
export function sqlTable(em: EntityManager, entity: abstract new (...args: never[]) => object): string {
  const schema = em.config.get('schema');
  return em.getPlatform().quoteIdentifier(`${schema}.${em.getMetadata(entity as never).tableName}`);
}
