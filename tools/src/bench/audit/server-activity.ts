import { setTimeout as sleep } from 'node:timers/promises';
import type { Client, Pool } from 'pg';

/** What the database's client backends were doing, as sampled from pg_stat_activity: `Lock:advisory`, `IO:WALSync`, `running` (no wait). */
export type WaitCounts = Map<string, number>;

/** `Lock:advisory 61%, LWLock:WALWrite 20%, running 12%`: the `top` most seen, as shares of all samples. */
export function waitShares(counts: WaitCounts, top = 3): string {
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return 'none seen';
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, top)
    .map(([wait, n]) => `${wait} ${Math.round((100 * n) / total)}%`)
    .join(', ');
}

/** Adds one sample's rows to the counts. */
export function addSample(counts: WaitCounts, rows: ReadonlyArray<{ wait: string; n: number }>): void {
  for (const { wait, n } of rows) counts.set(wait, (counts.get(wait) ?? 0) + n);
}

/**
 * Samples, every `everyMs` until `stop` is called, the wait events of the
 * active client backends of `database` (the sampler's own left out).
 */
export function sampleWaits(client: Client, database: string, everyMs = 25): { stop(): Promise<WaitCounts> } {
  const counts: WaitCounts = new Map();
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<{ wait: string; n: number }>(
        `select coalesce(wait_event_type || ':' || wait_event, 'running') as wait, count(*)::int as n
           from pg_stat_activity
          where datname = $1 and backend_type = 'client backend' and state = 'active' and pid <> pg_backend_pid()
          group by 1`,
        [database],
      );
      addSample(counts, rows);
      await sleep(everyMs);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return counts;
    },
  };
}

export interface WalSyncs {
  syncs: number;
  /** Time spent in them, in ms (counted only with track_wal_io_timing on). */
  ms: number;
}

/** WAL flushes (fsync or its like, every backend type) so far; backends report theirs when they go idle (see flushStatistics). */
export async function walSyncs(client: Client): Promise<WalSyncs> {
  const {
    rows: [row],
  } = await client.query<{ syncs: string; ms: string }>(
    `select coalesce(sum(fsyncs), 0)::text as syncs, coalesce(sum(fsync_time), 0)::text as ms from pg_stat_io where object = 'wal'`,
  );
  return { syncs: Number(row.syncs), ms: Number(row.ms) };
}

/** Has each of the pool's `size` connections report its statistics now, rather than within 10 s of going idle. */
export async function flushStatistics(pool: Pool, size: number): Promise<void> {
  const clients = await Promise.all(Array.from({ length: size }, () => pool.connect()));
  try {
    await Promise.all(clients.map((client) => client.query('select pg_stat_force_next_flush()')));
  } finally {
    for (const client of clients) client.release();
  }
}
