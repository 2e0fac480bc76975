import { createOrm } from '../database/orm';
import type { Logger } from '../logger';
import { Migration20261128120000_access_log } from './migrations/Migration20261128120000_access_log';
import { Migration20261130000000_access_log_keyed } from './migrations/Migration20261130000000_access_log_keyed';
import { Migration20261130030000_access_log_nen } from './migrations/Migration20261130030000_access_log_nen';
import { Migration20261130050000_access_log_purge } from './migrations/Migration20261130050000_access_log_purge';

/** The audit schema's migrations, in order; `/ready` checks they are all applied. */
export const ACCESS_LOG_MIGRATIONS = [
  { name: 'Migration20261128120000_access_log', class: Migration20261128120000_access_log },
  { name: 'Migration20261130000000_access_log_keyed', class: Migration20261130000000_access_log_keyed },
  { name: 'Migration20261130030000_access_log_nen', class: Migration20261130030000_access_log_nen },
  { name: 'Migration20261130050000_access_log_purge', class: Migration20261130050000_access_log_purge },
];

/** Creates the audit schema once, whichever service starts first (an advisory lock serialises them). */
export async function migrateAccessLog(databaseUrl: string, logger: Logger): Promise<void> {
  const { orm } = await createOrm({ schema: 'audit', entities: [], migrations: ACCESS_LOG_MIGRATIONS }, databaseUrl, logger);
  try {
    await orm.em.getConnection().execute('select pg_advisory_lock(75130)');
    try {
      await orm.getMigrator().up();
    } finally {
      await orm.em.getConnection().execute('select pg_advisory_unlock(75130)');
    }
  } finally {
    await orm.close(true);
  }
}
