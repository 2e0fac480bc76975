import { auditKeyOf } from '../audit/access-log-key';
import { bsnKeysOf } from '../bsn/bsn-keys';
import { webhookSecretKeysOf } from '../webhooks/webhook-secret-keys';
import { loadConfig, type HubConfig } from '../config';
import { logConfigWarnings } from '../config-warnings';
import { ensureDatabase } from '../database/admin';
import { createLogger } from '../logger';
import { startMetrics } from '../metrics/metrics-server';
import type { SubgraphKeys } from './internal-keys';
import { stopOnSignals } from './shutdown';
import { createSubgraphServer, type SubgraphDefinition } from './subgraph-server';
import { migrateSubgraph } from './subgraph-migrations';

/** A subgraph in a process without the gateway cannot make up its keys: the gateway and the other subgraphs must know them. */
export function subgraphKeysFrom(config: HubConfig): SubgraphKeys {
  const { signingKey, gatewayKeys, peerKeys } = config.internalKeys;
  if (!signingKey || !gatewayKeys || !peerKeys) {
    throw new Error(
      'a subgraph in a process without the gateway needs HUB_INTERNAL_SIGNING_KEY (its own), HUB_GATEWAY_PUBLIC_KEYS and HUB_PEER_PUBLIC_KEYS; see .env.example',
    );
  }
  if (gatewayKeys.has(signingKey.kid)) throw new Error('HUB_INTERNAL_SIGNING_KEY of a subgraph must not be one of HUB_GATEWAY_PUBLIC_KEYS');
  if (!peerKeys.has(signingKey.kid)) throw new Error("HUB_PEER_PUBLIC_KEYS must list the public half of this subgraph's HUB_INTERNAL_SIGNING_KEY");
  return { signing: signingKey, gateway: gatewayKeys, peers: peerKeys };
}

/** A subgraph as its own process (one container each in docker-compose.yml). */
export function runSubgraph(definition: SubgraphDefinition): void {
  let logger = createLogger(process.env.LOG_LEVEL || 'info', definition.name);
  (async () => {
    const config = loadConfig();
    logger = createLogger(config.logLevel, definition.name);
    if (!config.databaseUrl) {
      throw new Error('a subgraph running on its own needs DATABASE_URL; `npm start` runs everything with an embedded database');
    }
    const internalKeys = subgraphKeysFrom(config);
    // Only the clients subgraph keeps the BSN; production refuses to start it without the keys.
    const bsn = definition.name === 'clients' ? bsnKeysOf(config) : undefined;
    // Only the handoffs subgraph keeps and signs with the webhook secrets; production refuses to start it without their key.
    const webhookSecretKeys = definition.name === 'handoffs' ? webhookSecretKeysOf(config) : undefined;
    logConfigWarnings(config, logger);
    await ensureDatabase(config.databaseUrl);
    // METRICS_PORT: GET /metrics on a listener of its own (docs/architecture.md, "Metrics").
    const metrics = await startMetrics(config, logger);
    const server = await createSubgraphServer(definition, {
      databaseUrl: config.databaseUrl,
      logger,
      seedDemoData: config.seedDemoData,
      migrate: config.migrateOnStart,
      internalKeys,
      peers: config.peerUrls,
      database: config.database,
      bodyLimitBytes: config.bodyLimitBytes.subgraph,
      settings: { contactDueDays: config.contactDueDays, placements: config.placements, webhooks: config.webhooks, bsn, webhookSecretKeys },
      audit: { ...config.audit, key: auditKeyOf(config) },
      metrics: metrics.metrics,
    });
    await server.listen(config.subgraphPorts[definition.name], config.listenHost);
    // <NAME>_PEER_PORT: the other subgraphs' calls on a port of their own, so a NetworkPolicy can admit only the gateway to this one.
    const peerPort = config.peerPorts[definition.name];
    if (peerPort !== undefined) await server.listenForPeers(peerPort, config.listenHost);
    stopOnSignals(logger, (graceMs) => server.stop(graceMs).finally(() => metrics.stop()), config.shutdownGraceMs);
  })().catch((error) => {
    logger.fatal({ err: error }, 'subgraph failed to start');
    process.exit(1);
  });
}

/**
 * The migration command of one subgraph (`node subgraphs/<name>/dist/migrate.js`): applies the access log's
 * migrations and the subgraph's own, then exits 0. The Kubernetes migration Job runs it once per release.
 */
export function runMigrations(definition: SubgraphDefinition): void {
  const logger = createLogger(process.env.LOG_LEVEL || 'info', definition.name);
  (async () => {
    const config = loadConfig();
    if (!config.databaseUrl) throw new Error('the migration command needs DATABASE_URL');
    await ensureDatabase(config.databaseUrl);
    await migrateSubgraph(definition.orm, config.databaseUrl, logger, config.database);
    logger.info('migrations applied');
  })().catch((error) => {
    logger.fatal({ err: error }, 'migrations failed');
    process.exit(1);
  });
}
