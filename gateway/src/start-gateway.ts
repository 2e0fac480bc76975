import {
  auditKeyOf,
  type HubConfig,
  type HubMetrics,
  type InProcessFetch,
  type Logger,
  type ShutdownState,
  type SigningKey,
  type SubgraphName,
} from '@hub/common/light';
import { createPartnerTypeLookup } from './auth/partner-organisations';
import type { TokenRefusals } from './auth/token-refusals';
import { createTrustedDocumentLookup } from './auth/trusted-documents';
import { createTokenVerifier } from './auth/verify-token';
import { consoleOptionsFor } from './console/console-routes';
import { createGateway } from './gateway-server';
import { devTokenIssuer } from './auth/issue-dev-token';
import { readSupergraph } from './supergraph-file';

export interface RunningGateway {
  url: string;
  /** Refused bearer tokens counted per reason. */
  tokenRefusals: TokenRefusals;
  /** Drains requests in flight for up to `graceMs`, then closes its database pools. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * The gateway over the checked-in supergraph, listening: on its own
 * (gateway/dist/main.js, one container) or beside the subgraphs (tools' launcher).
 */
export async function startGateway(options: {
  config: HubConfig;
  logger: Logger;
  subgraphUrls: Record<SubgraphName, string>;
  /** Subgraphs of this process reached without HTTP (HUB_IN_PROCESS_SUBGRAPHS). */
  inProcess?: Partial<Record<SubgraphName, InProcessFetch>>;
  /** Signs the caller for the subgraphs. */
  signingKey: SigningKey;
  /** The hub database: partner organisations are looked up and refused attempts logged there. */
  databaseUrl?: string;
  shutdown: ShutdownState;
  /** The process's metrics (startMetrics); unset: nothing is counted. */
  metrics?: HubMetrics;
}): Promise<RunningGateway> {
  const { config, logger, databaseUrl, metrics } = options;
  // GraphiQL's development tokens; the console's come from the same rule (consoleOptionsFor).
  const devTokens = devTokenIssuer(config);
  const partnerTypes = databaseUrl ? createPartnerTypeLookup(databaseUrl, logger, config.database, metrics) : undefined;
  if (!partnerTypes) logger.warn('no database to look partner organisations up in: every partner token is refused');
  const trustedDocuments = databaseUrl ? createTrustedDocumentLookup(databaseUrl, logger, config.database, metrics) : undefined;
  if (!trustedDocuments) logger.warn('no database to look trusted documents up in: no document id is found');
  const closePools = async () => {
    await partnerTypes?.close();
    await trustedDocuments?.close();
  };
  try {
    const gateway = await createGateway({
      supergraphSdl: readSupergraph(),
      subgraphUrls: options.subgraphUrls,
      inProcess: options.inProcess,
      logger,
      verifyToken: await createTokenVerifier(config, { logger, partnerTypes: partnerTypes?.lookup }),
      callerSigningKey: options.signingKey,
      introspection: config.mode !== 'production',
      accessLog: databaseUrl ? { databaseUrl, key: auditKeyOf(config) } : undefined,
      rateLimits: { redisUrl: config.redisUrl, scale: config.rateLimitScale },
      timeouts: config.timeouts,
      database: config.database,
      shutdown: options.shutdown,
      bodyLimitBytes: config.bodyLimitBytes.gateway,
      trustedProxies: config.trustedProxies,
      trustedDocuments: trustedDocuments?.lookup,
      trustedDocumentsOnly: config.trustedDocumentsOnly,
      graphiql: config.mode === 'production' ? undefined : { devToken: devTokens && ((role: string) => devTokens({ role })) },
      console: consoleOptionsFor(config),
      metrics,
    });
    try {
      // Callers reach the gateway from elsewhere: every interface unless HUB_LISTEN_HOST says otherwise.
      const listening = await gateway.listen(config.gatewayPort, config.listenHost);
      return {
        url: listening.url,
        tokenRefusals: gateway.tokenRefusals,
        async stop(graceMs = 0) {
          try {
            await gateway.stop(graceMs);
          } finally {
            await closePools();
          }
        },
      };
    } catch (error) {
      await gateway.stop(0);
      throw error;
    }
  } catch (error) {
    await closePools();
    throw error;
  }
}
