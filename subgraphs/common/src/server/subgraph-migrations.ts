import { setTimeout as sleep } from 'node:timers/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { DatabaseLimits } from '../config';
import { migrateAccessLog } from '../audit/access-log-migrations';
import { createOrm, migrate, type OrmDefinition } from '../database/orm';
import type { Logger } from '../logger';
import { subgraphReadiness } from './subgraph-readiness';

/** How often a subgraph that does not migrate itself looks again whether the migration Job has run. */
export const MIGRATIONS_POLL_MS = 2_000;

/** Applies the access log's migrations, then the subgraph's own, on an ORM it has open. */
export async function applyMigrations(orm: MikroORM, databaseUrl: string, logger: Logger): Promise<void> {
  await migrateAccessLog(databaseUrl, logger);
  const applied = await migrate(orm);
  if (applied.length) logger.info({ migrations: applied }, 'applied migrations');
}

/** The migration command (`node subgraphs/<name>/dist/migrate.js`, the Kubernetes Job): migrates one subgraph and closes. */
export async function migrateSubgraph(definition: OrmDefinition, databaseUrl: string, logger: Logger, limits?: DatabaseLimits): Promise<void> {
  const { orm } = await createOrm(definition, databaseUrl, logger, { limits });
  try {
    await applyMigrations(orm, databaseUrl, logger);
  } finally {
    await orm.close(true);
  }
}

/**
 * HUB_MIGRATE_ON_START=false: waits until the migration command has applied every migration (its own and the
 * access log's), so no replica works on a schema it does not know. A database that does not answer is waited for too.
 */
export async function waitForMigrations(orm: MikroORM, logger: Logger, pollMs = MIGRATIONS_POLL_MS): Promise<void> {
  let told = false;
  for (;;) {
    const readiness = await subgraphReadiness(orm);
    if (readiness.status === 'ready') return;
    if (!told) logger.info({ reason: readiness.reason }, 'waiting for the migration job');
    told = true;
    await sleep(pollMs);
  }
}
