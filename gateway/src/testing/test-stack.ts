import { createLogger, createTestDatabase, loadConfig, SUBGRAPH_NAMES, type Caller, type HubConfig, type SubgraphName } from '@hub/common';
import { startStack, type Stack } from '../stack';
import { postGraphQL } from './http-client';

export interface TestStack {
  stack: Stack;
  /** Queries as this caller (development-mode header until JWTs land). */
  as(caller: Caller): { query: TestStack['query'] };
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
  return { ...base, databaseUrl, gatewayPort: 0, subgraphPorts: zeroPorts, ...overrides };
}

/** The whole hub in this process on free ports, over a fresh database of its own. */
export async function startTestStack(overrides: Partial<HubConfig> = {}, databaseUrl?: string): Promise<TestStack> {
  const database = databaseUrl ? { url: databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const logger = createLogger(process.env.TEST_LOG_LEVEL || 'silent', 'test');
  const stack = await startStack(testConfig(database.url, overrides), logger);
  const gatewayUrl = stack.gatewayUrl!;
  return {
    stack,
    gatewayUrl,
    databaseUrl: database.url,
    query: (query, variables) => postGraphQL(gatewayUrl, query, variables),
    as: (caller) => ({
      query: (query, variables) => postGraphQL(gatewayUrl, query, variables, { 'x-dev-caller': JSON.stringify(caller) }),
    }),
    stop: () => stack.stop(),
    async drop() {
      await stack.stop();
      await database.drop();
    },
  };
}
