import { DEFAULT_DATABASE_LIMITS, type DatabaseLimits, type HubMetrics, type Logger } from '@hub/common/light';
import { Pool } from 'pg';

/**
 * A small pool on the hub database for the gateway's own reads and appends,
 * with the same bounded waits as the subgraphs' pools, so a stuck database
 * cannot pile up requests at the gateway. With `metrics`, its use is a gauge under the pool label `metrics.pool`.
 */
export function hubPool(
  databaseUrl: string,
  logger: Logger,
  purpose: string,
  limits: DatabaseLimits = DEFAULT_DATABASE_LIMITS,
  metrics?: { registry: HubMetrics; pool: string },
): Pool {
  const pool = new Pool({
    connectionString: databaseUrl,
    max: 2,
    connectionTimeoutMillis: limits.acquireTimeoutMs,
    statement_timeout: limits.statementTimeoutMs,
    idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
  });
  pool.on('error', (error) => logger.error({ err: error }, `${purpose} connection error`));
  // Pools close only when the process stops: the gauge needs no unwatching.
  metrics?.registry.watchPool('gateway', metrics.pool, () => ({ used: pool.totalCount - pool.idleCount, idle: pool.idleCount, pending: pool.waitingCount }));
  return pool;
}
