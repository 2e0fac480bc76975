import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, withDatabase } from '@hub/common';
import { TEST_SERVER_ENV } from './global-setup';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file, on the run's PostgreSQL server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env[TEST_SERVER_ENV];
  if (!server) throw new Error(`${TEST_SERVER_ENV} is not set: run the tests with npm test (jest's global setup sets it)`);
  const url = withDatabase(server, `hub_test_${randomBytes(6).toString('hex')}`);
  await ensureDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}
