import type { EntityManager } from '@mikro-orm/core';

/**
 * The quoted, schema-qualified table of an entity, for hand-written SQL
 * (statistics, capacity): taken from the ORM's metadata, never typed out, so a
 * renamed table or schema cannot leave a query reading the wrong one.
 */
export function sqlTable(em: EntityManager, entity: abstract new (...args: never[]) => object): string {
  const meta = em.getMetadata().get(entity.name);
  const schema = meta.schema ?? em.config.get('schema');
  return em.getPlatform().quoteIdentifier(schema ? `${schema}.${meta.tableName}` : meta.tableName, '"');
}
