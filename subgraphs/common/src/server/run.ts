import { loadConfig } from '../config';
import { openDatabase } from '../database/database';
import { createLogger, type Logger } from '../logger';
import { MIN_SECRET_LENGTH } from './internal-token';
import { createSubgraphServer, type SubgraphDefinition } from './subgraph-server';

/** Stops everything once on SIGINT/SIGTERM, in the order given. */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    stop()
      .then(() => process.exit(0))
      .catch((error) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      });
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

/** A subgraph as its own process (one container each in docker-compose.yml). */
export function runSubgraph(definition: SubgraphDefinition): void {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, definition.name);
  (async () => {
    if (!config.databaseUrl) {
      throw new Error('a subgraph running on its own needs DATABASE_URL; `npm start` runs everything with an embedded database');
    }
    const secret = config.internalTokenSecret;
    if (!secret || secret.length < MIN_SECRET_LENGTH) {
      throw new Error(`a subgraph running on its own needs HUB_INTERNAL_TOKEN_SECRET (at least ${MIN_SECRET_LENGTH} characters), shared with the gateway`);
    }
    const database = await openDatabase(config, logger);
    const server = await createSubgraphServer(definition, {
      databaseUrl: database.url,
      logger,
      seedDemoData: config.seedDemoData,
      internalTokenSecret: secret,
      peers: config.subgraphUrls,
      bodyLimitBytes: config.bodyLimitBytes.subgraph,
    });
    await server.listen(config.subgraphPorts[definition.name]);
    stopOnSignals(logger, async () => {
      await server.stop();
      await database.stop();
    });
  })().catch((error) => {
    logger.fatal({ err: error }, 'subgraph failed to start');
    process.exit(1);
  });
}
