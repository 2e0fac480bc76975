import {
  createShutdownState,
  createSubgraphServer,
  generateInternalSecret,
  logConfigWarnings,
  openDatabase,
  type Database,
  type HubConfig,
  type Logger,
  type SubgraphName,
  type SubgraphServer,
} from '@hub/common';
import { readSupergraph, SUBGRAPHS } from '@hub/schema';
import { createPartnerTypeLookup } from './auth/partner-organisations';
import type { TokenRefusals } from './auth/token-refusals';
import { createTokenVerifier } from './auth/verify-token';
import { createGateway } from './gateway-server';

export interface RunningSubgraph {
  server: SubgraphServer;
  url: string;
}

export interface Stack {
  config: HubConfig;
  /** What the gateway signs forwarded callers with (tests forge and expire tokens with it). */
  internalTokenSecret: string;
  database?: Database;
  subgraphs: Partial<Record<SubgraphName, RunningSubgraph>>;
  gatewayUrl?: string;
  /** Refused bearer tokens counted per reason (when this process runs the gateway). */
  tokenRefusals?: TokenRefusals;
  /**
   * Gateway first (its requests still need the subgraphs), then the subgraphs,
   * then the database; requests in flight get up to `graceMs` in all (default 0).
   */
  stop(graceMs?: number): Promise<void>;
}

/** One process may make up its own secret; services in separate processes must share one. */
function internalSecret(config: HubConfig): string {
  // Its length is checked where it is read (loadConfig).
  const secret = config.internalTokenSecret;
  const allInOneProcess = [...SUBGRAPHS.map((d) => d.name), 'gateway'].every((name) => config.services.includes(name as never));
  if (!secret && !allInOneProcess) {
    throw new Error('services in separate processes need the same HUB_INTERNAL_TOKEN_SECRET');
  }
  return secret ?? generateInternalSecret();
}

/**
 * Starts the services that `config.services` names in this process: the
 * database (embedded unless DATABASE_URL), the subgraphs, then the gateway.
 * The same code runs one service per container; only the config differs.
 */
export async function startStack(config: HubConfig, logger: Logger, options: { accessLog?: boolean } = {}): Promise<Stack> {
  const shutdown = createShutdownState();
  const stops: Array<(graceMs: number) => Promise<void>> = [];
  const stopAll = async (graceMs = 0) => {
    shutdown.started = true;
    const deadline = Date.now() + graceMs;
    for (const stop of stops.reverse()) {
      await stop(Math.max(0, deadline - Date.now())).catch((error) => logger.error({ err: error }, 'error while stopping'));
    }
    stops.length = 0;
  };
  try {
    logConfigWarnings(config, logger);
    // A gateway-only process (one container per service) needs no database.
    const runsSubgraphs = SUBGRAPHS.some((definition) => config.services.includes(definition.name));
    const database = runsSubgraphs ? await openDatabase(config, logger) : undefined;
    if (database) stops.push(() => database.stop());

    const subgraphs: Stack['subgraphs'] = {};
    const urls = { ...config.subgraphUrls };
    const internalTokenSecret = internalSecret(config);
    for (const definition of SUBGRAPHS) {
      if (!config.services.includes(definition.name)) continue;
      const server = await createSubgraphServer(definition, {
        databaseUrl: database!.url,
        logger,
        seedDemoData: config.seedDemoData,
        peers: urls,
        internalTokenSecret,
        accessLog: options.accessLog,
        database: config.database,
        shutdown,
        bodyLimitBytes: config.bodyLimitBytes.subgraph,
      });
      stops.push((graceMs) => server.stop(graceMs));
      const listening = await server.listen(config.subgraphPorts[definition.name]);
      subgraphs[definition.name] = { server, url: listening.url };
      urls[definition.name] = listening.url;
    }

    let gatewayUrl: string | undefined;
    let tokenRefusals: TokenRefusals | undefined;
    if (config.services.includes('gateway')) {
      const hubDatabaseUrl = database?.url ?? config.databaseUrl;
      const partnerTypes = hubDatabaseUrl ? createPartnerTypeLookup(hubDatabaseUrl, logger, config.database) : undefined;
      if (partnerTypes) stops.push(() => partnerTypes.close());
      else logger.warn('no database to look partner organisations up in: every partner token is refused');
      const gateway = await createGateway({
        supergraphSdl: readSupergraph(),
        subgraphUrls: urls,
        logger,
        verifyToken: await createTokenVerifier(config, { logger, partnerTypes: partnerTypes?.lookup }),
        internalTokenSecret,
        introspection: config.mode !== 'production',
        accessLogDatabaseUrl: hubDatabaseUrl,
        rateLimits: { redisUrl: config.redisUrl, scale: config.rateLimitScale },
        timeouts: config.timeouts,
        database: config.database,
        shutdown,
        bodyLimitBytes: config.bodyLimitBytes.gateway,
      });
      stops.push((graceMs) => gateway.stop(graceMs));
      const listening = await gateway.listen(config.gatewayPort);
      gatewayUrl = listening.url;
      tokenRefusals = gateway.tokenRefusals;
    }
    return { config, internalTokenSecret, database, subgraphs, gatewayUrl, tokenRefusals, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
