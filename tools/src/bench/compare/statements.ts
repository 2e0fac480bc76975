import { withDatabase } from '@hub/common';
import { Client } from 'pg';

/**
 * SQL statements per request, from pg_stat_statements (the benchmark's
 * PostgreSQL loads it; the extension lives in the maintenance database and
 * sees every database): reset, send `count` requests one after another, sum
 * the calls made in the hub's database. Background work in that time counts too.
 */
export async function statementsPerRequest(databaseUrl: string, count: number, send: () => Promise<void>): Promise<number> {
  const admin = new Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
  await admin.connect();
  try {
    const database = new URL(databaseUrl).pathname.slice(1);
    await admin.query('select pg_stat_statements_reset()');
    for (let i = 0; i < count; i += 1) await send();
    const { rows } = await admin.query<{ calls: string }>(
      'select coalesce(sum(s.calls), 0) as calls from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = $1',
      [database],
    );
    return Number(rows[0].calls) / count;
  } finally {
    await admin.end();
  }
}
