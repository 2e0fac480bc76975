import {
  CALLER_HEADER,
  createLogger,
  createSubgraphServer,
  generateHubKeys,
  signCallerToken,
  SUBGRAPH_NAMES,
  subgraphKeysOf,
  type Caller,
  type HubKeys,
  type HubMetrics,
  type SubgraphDefinition,
  type SubgraphName,
  type SubgraphServer,
  type SubgraphSettings,
} from '@hub/common';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from './test-database';

export interface SubgraphResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
  text: string;
}

export interface TestSubgraphs {
  servers: Partial<Record<SubgraphName, SubgraphServer>>;
  /** The keys: the test plays the gateway with `gateway`, for tests that forge, expire or omit tokens. */
  internalKeys: HubKeys;
  urls: Partial<Record<SubgraphName, string>>;
  /** The test's own database, for a test that plays another session on it. */
  databaseUrl: string;
  /** The access log key and checkpoint file of this test's subgraphs. */
  audit: { key: Buffer; checkpointFile: string; checkpointIntervalMs: number };
  /** Posts to one subgraph directly, as `caller` would arrive from the gateway. */
  query<T = any>(name: SubgraphName, query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<SubgraphResponse<T>>;
  stop(): Promise<void>;
}

/** Some subgraphs on free ports over a fresh database, wired to each other as peers; `settings` as the config would set them; `metrics` to count into. */
export async function startTestSubgraphs(
  definitions: SubgraphDefinition[],
  settings?: Partial<SubgraphSettings>,
  options: { metrics?: HubMetrics } = {},
): Promise<TestSubgraphs> {
  const database = await createTestDatabase();
  const logger = createLogger(process.env.TEST_LOG_LEVEL || 'silent', 'test');
  const servers: TestSubgraphs['servers'] = {};
  const urls: TestSubgraphs['urls'] = {};
  const closers: Array<() => Promise<void>> = [];
  const internalKeys = generateHubKeys(SUBGRAPH_NAMES);
  // A key and a checkpoint file of the test's own, never those of `npm start`; tests seal when they mean to.
  const audit = {
    key: randomBytes(32),
    checkpointFile: path.join(os.tmpdir(), `hub-test-checkpoints-${randomBytes(4).toString('hex')}.jsonl`),
    checkpointIntervalMs: 600_000,
  };
  // BSN keys of the test's own (docs/security.md, "BSN"), unless the test brings its own.
  const bsn = { encryption: [{ id: 'test-bsn-key', key: randomBytes(32) }], index: randomBytes(32) };
  // And a webhook secret key of its own (docs/webhooks.md, "Storage").
  const webhookSecretKeys = [{ id: 'test-webhook-key', key: randomBytes(32) }];
  for (const definition of definitions) {
    const server = await createSubgraphServer(definition, {
      databaseUrl: database.url,
      logger,
      seedDemoData: true,
      peers: urls,
      internalKeys: subgraphKeysOf(internalKeys, definition.name),
      settings: { bsn, webhookSecretKeys, ...settings },
      audit,
      metrics: options.metrics,
    });
    const listening = await server.listen(0, '127.0.0.1');
    servers[definition.name] = server;
    urls[definition.name] = listening.url;
    closers.push(() => server.stop());
  }
  return {
    servers,
    urls,
    databaseUrl: database.url,
    internalKeys,
    audit,
    async query(name, query, variables, caller) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const body = JSON.stringify({ query, variables });
      // As the gateway signs: for this subgraph and this very body.
      if (caller) headers[CALLER_HEADER] = signCallerToken(caller, { audience: name, body }, internalKeys.gateway);
      const response = await fetch(urls[name]!, { method: 'POST', headers, body });
      const text = await response.text();
      const answer = JSON.parse(text);
      return { status: response.status, data: answer.data, errors: answer.errors, text };
    },
    async stop() {
      for (const close of closers.reverse()) await close();
      await database.drop();
    },
  };
}
