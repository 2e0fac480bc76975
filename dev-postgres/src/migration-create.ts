import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLogger, createOrm, dropDatabase, ensureDatabase, freePort, loadConfig, migrate, withDatabase, type SubgraphDefinition } from '@hub/common';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * Writes a migration for what the entities changed since the last checked-in
 * migration, diffing against a scratch database, and rewrites the migrations index.
 */
export async function createMigration(definition: SubgraphDefinition, migrationsDir: string): Promise<void> {
  const config = loadConfig();
  const logger = createLogger('warn', 'migration');
  const server = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: path.join(os.tmpdir(), `hub-migration-${randomBytes(4).toString('hex')}`),
        port: await freePort(),
        persistent: false,
        logger,
      });
  const url = withDatabase(config.databaseUrl ?? server!.url, `hub_migration_${randomBytes(4).toString('hex')}`);
  try {
    await ensureDatabase(url);
    const { orm } = await createOrm(definition.orm, url, logger, { migrationsPath: migrationsDir });
    try {
      await migrate(orm);
      const result = await orm.getMigrator().createMigration(migrationsDir, false, definition.orm.migrations.length === 0);
      console.log(result.fileName ? `wrote ${path.join(migrationsDir, result.fileName)}` : 'no changes: no migration written');
    } finally {
      await orm.close(true);
    }
    await writeMigrationsIndex(migrationsDir);
  } finally {
    await dropDatabase(url).catch(() => undefined);
    await server?.stop();
  }
}

async function writeMigrationsIndex(dir: string): Promise<void> {
  const files = (await fs.readdir(dir)).filter((f) => /^Migration\d+.*\.ts$/.test(f)).sort();
  const names = files.map((f) => f.replace(/\.ts$/, ''));
  const lines = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${n} } from './${n}';`),
    '',
    '/** Checked-in migrations, oldest first. Written by `npm run migration:create`. */',
    'export const migrations: MigrationObject[] = [',
    ...names.map((n) => `  { name: '${n}', class: ${n} },`),
    '];',
    '',
  ];
  await fs.writeFile(path.join(dir, 'index.ts'), lines.join('\n'));
}
