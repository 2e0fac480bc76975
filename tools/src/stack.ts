import {
  auditKeyOf,
  bsnKeysOf,
  webhookSecretKeysOf,
  createShutdownState,
  createSubgraphServer,
  generateHubKeys,
  subgraphKeysFrom,
  subgraphKeysOf,
  logConfigWarnings,
  runRetention,
  scheduleRetention,
  startMetrics,
  type RetentionPart,
  type HubConfig,
  type Logger,
  type SigningKey,
  type SubgraphKeys,
  type SubgraphName,
  type SubgraphServer,
} from '@hub/common';
import { openDatabase, type Database } from '@hub/dev-postgres';
import { startGateway, type TokenRefusals } from '@hub/gateway';
import { SUBGRAPHS } from '@hub/schema';

export interface RunningSubgraph {
  server: SubgraphServer;
  url: string;
  /** The address it listens on (127.0.0.1 when the gateway runs in the same process). */
  address: string;
  /** Where its peers call it: its peer listener when `<NAME>_PEER_PORT` is set, else `url`. */
  peerUrl: string;
}

export interface Stack {
  config: HubConfig;
  /**
   * The private keys this process holds: the gateway's, which signs callers
   * (tests forge and expire tokens with it), and the subgraphs' own.
   */
  internalKeys: { gateway?: SigningKey; subgraphs: Partial<Record<SubgraphName, SigningKey>> };
  database?: Database;
  subgraphs: Partial<Record<SubgraphName, RunningSubgraph>>;
  gatewayUrl?: string;
  /** Refused bearer tokens counted per reason (when this process runs the gateway). */
  tokenRefusals?: TokenRefusals;
  /** Where `GET /metrics` answers, when METRICS_PORT is set. */
  metricsUrl?: string;
  /**
   * Gateway first (its requests still need the subgraphs), then the subgraphs,
   * then the database; requests in flight get up to `graceMs` in all (default 0).
   */
  stop: (graceMs?: number) => Promise<void>;
}

/**
 * A process with the gateway makes up its keys and those of the subgraphs it
 * runs at start, in memory (`npm start`, tests). Services in separate processes
 * must be given theirs: a gateway alone its HUB_INTERNAL_SIGNING_KEY, a
 * subgraph its own and the public key sets (.env.example).
 */
function internalKeys(config: HubConfig): { gateway?: SigningKey; subgraph(name: SubgraphName): SubgraphKeys } {
  const names = SUBGRAPHS.map((d) => d.name).filter((name) => config.services.includes(name));
  if (!config.services.includes('gateway')) return { subgraph: () => subgraphKeysFrom(config) };
  if (!names.length) {
    const signingKey = config.internalKeys.signingKey;
    if (!signingKey) throw new Error('a gateway in a process of its own needs HUB_INTERNAL_SIGNING_KEY (its Ed25519 private key); see .env.example');
    return { gateway: signingKey, subgraph: () => subgraphKeysFrom(config) };
  }
  const keys = generateHubKeys(SUBGRAPHS.map((d) => d.name));
  return { gateway: keys.gateway, subgraph: (name) => subgraphKeysOf(keys, name) };
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
    // Before anything starts: production without the access log key refuses here.
    const audit = runsSubgraphs ? { ...config.audit, key: auditKeyOf(config) } : undefined;
    // Only the clients subgraph keeps the BSN; production without its keys refuses here too.
    const bsn = config.services.includes('clients') ? bsnKeysOf(config) : undefined;
    // Only the handoffs subgraph keeps and signs with the webhook secrets; production without their key refuses here too.
    const webhookSecretKeys = config.services.includes('handoffs') ? webhookSecretKeysOf(config) : undefined;
    const database = runsSubgraphs ? await openDatabase(config, logger) : undefined;
    if (database) stops.push(() => database.stop());
    // METRICS_PORT: one registry for every service of this process, on a listener of its own (docs/architecture.md, "Metrics").
    const processMetrics = await startMetrics(config, logger);
    const { metrics, url: metricsUrl } = processMetrics;
    stops.push(() => processMetrics.stop());

    const subgraphs: Stack['subgraphs'] = {};
    const urls = { ...config.subgraphUrls };
    const peerUrls = { ...config.peerUrls };
    const keys = internalKeys(config);
    // With the gateway in the process, only it talks to the subgraphs: nobody on the network needs to reach them.
    const subgraphHost = config.services.includes('gateway') ? '127.0.0.1' : config.listenHost;
    const held: Stack['internalKeys'] = { gateway: keys.gateway, subgraphs: {} };
    for (const definition of SUBGRAPHS) {
      if (!config.services.includes(definition.name)) continue;
      const server = await createSubgraphServer(definition, {
        databaseUrl: database!.url,
        logger,
        seedDemoData: config.seedDemoData,
        peers: peerUrls,
        internalKeys: keys.subgraph(definition.name),
        accessLog: options.accessLog,
        database: config.database,
        shutdown,
        bodyLimitBytes: config.bodyLimitBytes.subgraph,
        settings: { contactDueDays: config.contactDueDays, placements: config.placements, webhooks: config.webhooks, bsn, webhookSecretKeys },
        audit: audit!,
        metrics,
      });
      stops.push((graceMs) => server.stop(graceMs));
      held.subgraphs[definition.name] = keys.subgraph(definition.name).signing;
      const listening = await server.listen(config.subgraphPorts[definition.name], subgraphHost);
      // <NAME>_PEER_PORT: the other subgraphs call it there, and the main port then serves only the gateway.
      const peerPort = config.peerPorts[definition.name];
      const peerUrl = peerPort === undefined ? listening.url : (await server.listenForPeers(peerPort, subgraphHost)).url;
      subgraphs[definition.name] = { server, url: listening.url, address: listening.address, peerUrl };
      urls[definition.name] = listening.url;
      peerUrls[definition.name] = peerUrl;
    }

    if (config.retention.intervalMs) scheduleRetentionHere(config, subgraphs, database!, audit!, logger, stops);

    let gatewayUrl: string | undefined;
    let tokenRefusals: TokenRefusals | undefined;
    if (config.services.includes('gateway')) {
      // The subgraphs beside it are handed its fetches directly (HUB_IN_PROCESS_SUBGRAPHS); the others over HTTP.
      const inProcess = config.inProcessSubgraphs
        ? Object.fromEntries(Object.entries(subgraphs).map(([name, running]) => [name, running.server.fetchInProcess]))
        : undefined;
      const gateway = await startGateway({
        config,
        logger,
        subgraphUrls: urls,
        inProcess,
        signingKey: keys.gateway!,
        databaseUrl: database?.url ?? config.databaseUrl,
        shutdown,
        metrics,
      });
      stops.push((graceMs) => gateway.stop(graceMs));
      gatewayUrl = gateway.url;
      tokenRefusals = gateway.tokenRefusals;
    }
    return { config, internalKeys: held, database, subgraphs, gatewayUrl, tokenRefusals, metricsUrl, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/**
 * RETENTION_INTERVAL: the retention job in this process, when it runs every subgraph (the client file's end needs
 * them all); runRetention's advisory lock keeps it to one process at a time. A split deployment runs
 * `npm run retention` from its scheduler instead.
 */
function scheduleRetentionHere(
  config: HubConfig,
  subgraphs: Stack['subgraphs'],
  database: Database,
  audit: HubConfig['audit'] & { key: Buffer },
  logger: Logger,
  stops: Array<(graceMs: number) => Promise<void>>,
): void {
  const parts: RetentionPart[] = SUBGRAPHS.flatMap((definition) => {
    const running = subgraphs[definition.name];
    return running && definition.clientRecords ? [{ name: definition.name, em: running.server.orm.em, records: definition.clientRecords }] : [];
  });
  if (parts.length < SUBGRAPHS.length) {
    logger.warn('RETENTION_INTERVAL is set, but this process does not run every subgraph: run npm run retention from a scheduler instead');
    return;
  }
  const schedule = scheduleRetention(
    () =>
      runRetention({ databaseUrl: database.url, parts, periods: config.retention.periods, accessLog: { key: audit.key, file: audit.checkpointFile }, logger }),
    config.retention.intervalMs!,
    logger,
  );
  // Stopped before the subgraphs it uses.
  stops.push(() => schedule.stop());
}
