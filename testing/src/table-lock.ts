import { Client } from 'pg';

export interface TableLock {
  /** Resolves once some other session waits for the lock, i.e. a request is held in flight. */
  /** Until `count` requests (default 1) wait for the table. */
  waiting(withinMs?: number, count?: number): Promise<void>;
  release(): Promise<void>;
}

/**
 * Takes an exclusive lock on a table in an open transaction, so a request that
 * reads the table stays in flight, without relying on timing, until `release`.
 */
export async function lockTable(databaseUrl: string, table: string): Promise<TableLock> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('begin');
  await client.query(`lock table ${table} in access exclusive mode`);
  let released = false;
  return {
    async waiting(withinMs = 20_000, count = 1) {
      const end = Date.now() + withinMs;
      for (;;) {
        const { rows } = await client.query(`select count(*)::int as n from pg_locks where not granted and relation = $1::regclass`, [table]);
        if (rows[0].n >= count) return;
        if (Date.now() > end) throw new Error(`no request waited for ${table} within ${withinMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async release() {
      if (released) return;
      released = true;
      await client.query('commit');
      await client.end();
    },
  };
}
