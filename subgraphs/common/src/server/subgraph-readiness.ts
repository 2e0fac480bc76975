import type { MikroORM } from '@mikro-orm/postgresql';
import { ACCESS_LOG_MIGRATIONS } from '../audit/access-log-migrations';
import { READINESS_TIMEOUT_MS, type Readiness } from './readiness';

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function pendingAccessLogMigrations(orm: MikroORM): Promise<number> {
  const rows = await orm.em
    .getConnection()
    .execute<Array<{ name: string }>>(`select name from "audit"."mikro_orm_migrations"`)
    .catch((error: { code?: string }) => {
      // No table yet: nothing of the access log is applied.
      if (error.code === '42P01') return [] as Array<{ name: string }>;
      throw error;
    });
  const applied = new Set(rows.map((r) => r.name));
  return ACCESS_LOG_MIGRATIONS.filter((m) => !applied.has(m.name)).length;
}

/** A subgraph is ready when its database answers and its own and the access log's migrations are all applied. */
export async function subgraphReadiness(orm: MikroORM, timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
  try {
    await withTimeout(orm.em.getConnection().execute('select 1'), timeoutMs);
  } catch {
    return { status: 'not ready', reason: 'database unreachable' };
  }
  try {
    const [own, audit] = await withTimeout(Promise.all([orm.getMigrator().getPendingMigrations(), pendingAccessLogMigrations(orm)]), timeoutMs);
    if (own.length + audit > 0) return { status: 'not ready', reason: 'migrations pending' };
  } catch {
    return { status: 'not ready', reason: 'migrations unknown' };
  }
  return { status: 'ready' };
}
