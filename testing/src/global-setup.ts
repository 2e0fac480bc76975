import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// Jest runs this in its own realm, in the same process as the tests when they run in band: the
// packages' barrels would load the entities there, and MikroORM's metadata (kept on globalThis)
// then breaks discovery in the tests. Only the light entry of @hub/common (no ORM, no entities).
import { createLogger, freePort } from '@hub/common/light';
import { startEmbeddedPostgres, type RunningPostgres } from '@hub/dev-postgres/dist/embedded-postgres';

/** Where test files find the PostgreSQL server; each file makes its own database on it. */
export const TEST_SERVER_ENV = 'HUB_TEST_POSTGRES_URL';

declare global {
  var __hubTestPostgres: RunningPostgres | undefined;
}

/**
 * Jest global setup: a throw-away embedded PostgreSQL for the whole run, or
 * the server of DATABASE_URL when one is set.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env[TEST_SERVER_ENV] = process.env.DATABASE_URL;
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-pg-'));
  fs.rmSync(dataDir, { recursive: true }); // initdb wants to create it itself
  const server = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    persistent: false,
    logger: createLogger('warn', 'test-postgres'),
  });
  globalThis.__hubTestPostgres = server;
  process.env[TEST_SERVER_ENV] = server.url;
}
