import { loadConfig, MIN_SECRET_LENGTH } from '../config';
import { logConfigWarnings } from '../config-warnings';
import { openDatabase } from '../database/database';
import { createLogger } from '../logger';
import { stopOnSignals } from './shutdown';
import { createSubgraphServer, type SubgraphDefinition } from './subgraph-server';

/** A subgraph as its own process (one container each in docker-compose.yml). */
export function runSubgraph(definition: SubgraphDefinition): void {
  let logger = createLogger(process.env.LOG_LEVEL || 'info', definition.name);
  (async () => {
    const config = loadConfig();
    logger = createLogger(config.logLevel, definition.name);
    if (!config.databaseUrl) {
      throw new Error('a subgraph running on its own needs DATABASE_URL; `npm start` runs everything with an embedded database');
    }
    const secret = config.internalTokenSecret;
    if (!secret) {
      throw new Error(`a subgraph running on its own needs HUB_INTERNAL_TOKEN_SECRET (at least ${MIN_SECRET_LENGTH} characters), shared with the gateway`);
    }
    logConfigWarnings(config, logger);
    const database = await openDatabase(config, logger);
    const server = await createSubgraphServer(definition, {
      databaseUrl: database.url,
      logger,
      seedDemoData: config.seedDemoData,
      internalTokenSecret: secret,
      peers: config.subgraphUrls,
      database: config.database,
      bodyLimitBytes: config.bodyLimitBytes.subgraph,
    });
    await server.listen(config.subgraphPorts[definition.name]);
    stopOnSignals(
      logger,
      async (graceMs) => {
        await server.stop(graceMs);
        await database.stop();
      },
      config.shutdownGraceMs,
    );
  })().catch((error) => {
    logger.fatal({ err: error }, 'subgraph failed to start');
    process.exit(1);
  });
}
