import type { SubgraphName } from '../config';
import type { Caller } from '../domain/caller';
import { createLogger } from '../logger';
import { CALLER_HEADER, generateInternalSecret, signCallerToken } from '../server/internal-token';
import { createSubgraphServer, type SubgraphDefinition, type SubgraphServer } from '../server/subgraph-server';
import { createTestDatabase } from './test-database';

export interface SubgraphResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
  text: string;
}

export interface TestSubgraphs {
  servers: Partial<Record<SubgraphName, SubgraphServer>>;
  /** The secret the test plays the gateway with, for tests that forge or omit tokens. */
  internalTokenSecret: string;
  urls: Partial<Record<SubgraphName, string>>;
  /** The test's own database, for a test that plays another session on it. */
  databaseUrl: string;
  /** Posts to one subgraph directly, as `caller` would arrive from the gateway. */
  query<T = any>(name: SubgraphName, query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<SubgraphResponse<T>>;
  stop(): Promise<void>;
}

/** Some subgraphs on free ports over a fresh database, wired to each other as peers. */
export async function startTestSubgraphs(definitions: SubgraphDefinition[]): Promise<TestSubgraphs> {
  const database = await createTestDatabase();
  const logger = createLogger(process.env.TEST_LOG_LEVEL || 'silent', 'test');
  const servers: TestSubgraphs['servers'] = {};
  const urls: TestSubgraphs['urls'] = {};
  const closers: Array<() => Promise<void>> = [];
  const internalTokenSecret = generateInternalSecret();
  for (const definition of definitions) {
    const server = await createSubgraphServer(definition, { databaseUrl: database.url, logger, seedDemoData: true, peers: urls, internalTokenSecret });
    const listening = await server.listen(0);
    servers[definition.name] = server;
    urls[definition.name] = listening.url;
    closers.push(() => server.stop());
  }
  return {
    servers,
    urls,
    databaseUrl: database.url,
    internalTokenSecret,
    async query(name, query, variables, caller) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (caller) headers[CALLER_HEADER] = await signCallerToken(caller, internalTokenSecret);
      const response = await fetch(urls[name]!, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const text = await response.text();
      const body = JSON.parse(text);
      return { status: response.status, data: body.data, errors: body.errors, text };
    },
    async stop() {
      for (const close of closers.reverse()) await close();
      await database.drop();
    },
  };
}
