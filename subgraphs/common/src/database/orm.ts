import { ReflectMetadataProvider, type Constructor, type MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import { DEFAULT_DATABASE_LIMITS, type DatabaseLimits } from '../config';
import type { Logger } from '../logger';
import { QueryLog, queryLoggerFactory } from './query-log';

export interface OrmDefinition {
  /** Postgres schema that holds this subgraph's tables, and only them. */
  schema: string;
  entities: Constructor<object>[];
  migrations: MigrationObject[];
}

export interface SubgraphOrm {
  orm: MikroORM;
  queries: QueryLog;
}

export async function createOrm(
  definition: OrmDefinition,
  databaseUrl: string,
  logger: Logger,
  options: { migrationsPath?: string; limits?: DatabaseLimits } = {},
): Promise<SubgraphOrm> {
  const queries = new QueryLog();
  const limits = options.limits ?? DEFAULT_DATABASE_LIMITS;
  const orm = await MikroORM.init({
    clientUrl: databaseUrl,
    schema: definition.schema,
    entities: definition.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: definition.migrations,
      path: options.migrationsPath,
      pathTs: options.migrationsPath,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    // Entities are handed in explicitly; nothing is discovered from folders.
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // Bounded: a burst waits for a connection at most acquireTimeoutMs, then fails cleanly.
    pool: { min: 0, max: limits.poolMax, acquireTimeoutMillis: limits.acquireTimeoutMs, createTimeoutMillis: limits.acquireTimeoutMs },
    // Set by PostgreSQL on every connection: no statement or forgotten transaction holds a connection for long.
    driverOptions: {
      // knex reports a lost connection through console.log otherwise; it belongs in the structured log.
      log: {
        warn: (message: unknown) => logger.warn({ knex: String(message) }, 'database connection'),
        error: (message: unknown) => logger.error({ knex: String(message) }, 'database connection'),
        deprecate: () => undefined,
        debug: () => undefined,
      },
      connection: {
        statement_timeout: limits.statementTimeoutMs,
        idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
      },
    },
    loggerFactory: queryLoggerFactory(queries, logger),
    debug: false,
  });
  return { orm, queries };
}

/** Applies the checked-in migrations; the schema is never synced from entities at run time. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
