// First, before anything it traces is loaded: tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set, nothing loaded otherwise.
import { traceIfConfigured } from '@hub/common/tracing';
traceIfConfigured('kadera-gateway');

import { createLogger, createShutdownState, loadConfig, logConfigWarnings, startMetrics, stopOnSignals } from '@hub/common/light';
import { startGateway } from './start-gateway';

/**
 * The gateway as a process of its own (docker-compose.yml): the subgraphs run
 * elsewhere, at CLIENTS_URL and the others. `npm start` runs everything in one
 * process through tools/dist/main.js instead.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'gateway');
  const signingKey = config.internalKeys.signingKey;
  if (!signingKey) throw new Error('a gateway in a process of its own needs HUB_INTERNAL_SIGNING_KEY (its Ed25519 private key); see .env.example');
  logConfigWarnings(config, logger);
  // METRICS_PORT: GET /metrics on a listener of its own (docs/architecture.md, "Metrics").
  const metrics = await startMetrics(config, logger);
  const gateway = await startGateway({
    config,
    logger,
    subgraphUrls: config.subgraphUrls,
    signingKey,
    databaseUrl: config.databaseUrl,
    shutdown: createShutdownState(),
    metrics: metrics.metrics,
  });
  stopOnSignals(logger, (graceMs) => gateway.stop(graceMs).finally(() => metrics.stop()), config.shutdownGraceMs);
  process.stdout.write(`\n  Kadera hub gateway is running\n  GraphQL gateway:  ${gateway.url}\n\n`);
}

main().catch((error) => {
  console.error(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
