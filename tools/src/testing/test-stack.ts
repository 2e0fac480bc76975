import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { createLogger, loadConfig, SUBGRAPH_NAMES, type Caller, type HubConfig, type SubgraphName } from '@hub/common';
import { createTestDatabase, postGraphQL, testCallers } from '@hub/testing';
import { tokenFor } from './tokens-for-tests';
import { startStack, type Stack } from '../stack';

export interface TestStack {
  stack: Stack;
  /** Queries as this caller, with a real token signed by the test's development key. */
  as(caller: Caller): { query: TestStack['query']; token: () => Promise<string> };
  /** Queries with no Authorization header at all. */
  anonymous: TestStack['query'];
  gatewayUrl: string;
  databaseUrl: string;
  query: <T = any>(query: string, variables?: Record<string, unknown>) => ReturnType<typeof postGraphQL<T>>;
  /** Stops the services; the test database stays until `drop`. */
  stop(): Promise<void>;
  drop(): Promise<void>;
}

export function testConfig(databaseUrl: string, overrides: Partial<HubConfig> = {}): HubConfig {
  const base = loadConfig({});
  const zeroPorts = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 0])) as Record<SubgraphName, number>;
  // A development key of the test's own, never the one `npm start` uses.
  const devKeyDir = path.join(os.tmpdir(), `hub-test-keys-${randomBytes(4).toString('hex')}`);
  // Tests send bursts no caller would: the rate limits are multiplied away unless a test sets them.
  const rateLimitScale = 1000;
  // Its access log checkpoints beside that key, never in the repository's .data/; tests seal when they mean to
  // (`checkpointer.seal()`), so no timed round cuts into what a test seals.
  const audit = { ...base.audit, checkpointFile: path.join(devKeyDir, 'audit-checkpoints.jsonl'), checkpointIntervalMs: 600_000 };
  return { ...base, databaseUrl, gatewayPort: 0, subgraphPorts: zeroPorts, auth: { ...base.auth, devKeyDir }, rateLimitScale, audit, ...overrides };
}

/** The whole hub in this process on free ports, over a fresh database of its own. */
export async function startTestStack(
  overrides: Partial<HubConfig> = {},
  databaseUrl?: string,
  log?: { level: string; destination: { write(line: string): void } },
): Promise<TestStack> {
  const database = databaseUrl ? { url: databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const logger = log ? createLogger(log.level, 'test', log.destination) : createLogger(process.env.TEST_LOG_LEVEL || 'silent', 'test');
  const config = testConfig(database.url, overrides);
  const stack = await startStack(config, logger);
  const keyOptions = { keyDir: config.auth.devKeyDir, issuer: config.auth.issuer, audience: config.auth.audience };
  const bearer = async (caller: Caller) => ({ authorization: `Bearer ${await tokenFor(caller, keyOptions)}` });
  const gatewayUrl = stack.gatewayUrl!;
  return {
    stack,
    gatewayUrl,
    databaseUrl: database.url,
    // Kadera staff unless a test says otherwise.
    query: async (query, variables) => postGraphQL(gatewayUrl, query, variables, await bearer(testCallers.staff)),
    anonymous: (query, variables) => postGraphQL(gatewayUrl, query, variables),
    as: (caller) => ({
      query: async (query, variables) => postGraphQL(gatewayUrl, query, variables, await bearer(caller)),
      token: () => tokenFor(caller, keyOptions),
    }),
    stop: () => stack.stop(),
    async drop() {
      await stack.stop();
      await database.drop();
    },
  };
}
