import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import {
  createLogger,
  createOrm,
  createSubgraphServer,
  generateHubKeys,
  migrateSubgraph,
  SUBGRAPH_NAMES,
  subgraphKeysOf,
  subgraphReadiness,
  type SubgraphServer,
} from '@hub/common';
import { createTestDatabase, type TestDatabase } from '@hub/testing';
import { referralsSubgraph } from './subgraph';

/** HUB_MIGRATE_ON_START=false (the Kubernetes Deployments): a replica never migrates; it waits for the migration command. */
describe('a subgraph that does not migrate at start', () => {
  const logger = createLogger('silent', 'test');
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  /** What the database says about this subgraph's migrations, seen from a connection of the test's own. */
  async function readiness(url = database.url) {
    const { orm } = await createOrm(referralsSubgraph.orm, url, logger);
    try {
      return await subgraphReadiness(orm);
    } finally {
      await orm.close(true);
    }
  }

  it('waits without migrating until the migration command has run, then serves and is ready', async () => {
    let server: SubgraphServer | undefined;
    const starting = createSubgraphServer(referralsSubgraph, {
      databaseUrl: database.url,
      logger,
      seedDemoData: false,
      migrate: false,
      migrationsPollMs: 50,
      internalKeys: subgraphKeysOf(generateHubKeys(SUBGRAPH_NAMES), 'referrals'),
      audit: {
        key: randomBytes(32),
        checkpointFile: path.join(os.tmpdir(), `hub-test-checkpoints-${randomBytes(4).toString('hex')}.jsonl`),
        checkpointIntervalMs: 600_000,
      },
    }).then((started) => (server = started));
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(server).toBeUndefined();
      // Nothing applied by the waiting replica: neither its own migrations nor the access log's.
      expect(await readiness()).toEqual({ status: 'not ready', reason: 'migrations pending' });

      await migrateSubgraph(referralsSubgraph.orm, database.url, logger);
      expect(await readiness()).toEqual({ status: 'ready' });
      await starting;
      const listening = await server!.listen(0, '127.0.0.1');
      const ready = await fetch(new URL('/ready', listening.url));
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
    } finally {
      await (await starting).stop();
    }
  });

  it('is migrated by the migration command the Job runs, `node subgraphs/referrals/dist/migrate.js`, which then exits 0', async () => {
    const fresh = await createTestDatabase();
    try {
      expect(await readiness(fresh.url)).toEqual({ status: 'not ready', reason: 'migrations pending' });
      const env = { PATH: process.env.PATH, DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' };
      await promisify(execFile)(process.execPath, [path.join(__dirname, 'migrate.js')], { env, timeout: 60_000 });
      expect(await readiness(fresh.url)).toEqual({ status: 'ready' });
    } finally {
      await fresh.drop();
    }
  });
});
