import { randomUUID } from 'node:crypto';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  CALLER_HEADER,
  createErrorFormatter,
  graphqlBodyParser,
  httpErrorHandlers,
  listen,
  requestChecksPlugin,
  signCallerToken,
  localOnlyPlugins,
  requestIdFrom,
  type Caller,
  type Logger,
  type SubgraphName,
} from '@hub/common';
import express from 'express';
import { checkHealth } from './health';
import { subgraphRefusal } from './subgraph-refusal';
import { createDeniedAttemptLog } from './auth/denied-attempts';
import { fieldAccessPlugin } from './auth/field-access';
import { markSecurityFeaturesHandled, supergraphRules } from './auth/supergraph-rules';
import type { TokenVerifier } from './auth/verify-token';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph answers; overrides the URLs written in the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  logger: Logger;
  /** Verifies the caller's bearer token; every request needs one. */
  verifyToken: TokenVerifier;
  /** Signs the verified caller for the subgraphs. */
  internalTokenSecret: string;
  /** Whether `__schema`/`__type` may be selected (development only). */
  introspection: boolean;
  /** Where denied attempts are logged (the access log's database). */
  accessLogDatabaseUrl?: string;
  /** Largest request body parsed (HubConfig.bodyLimitBytes.gateway). */
  bodyLimitBytes: number;
}

export interface GatewayContext {
  requestId: string;
  caller?: Caller;
}

type SendRequest = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0];

/**
 * Forwards the verified caller as a short-lived token the gateway signs, and
 * the request id, so one request can be followed through every subgraph's log.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly secret: string,
  ) {
    super({ url });
  }

  override async willSendRequest({ request, context }: SendRequest) {
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
    if (context?.caller) request.http?.headers.set(CALLER_HEADER, await signCallerToken(context.caller, this.secret));
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    return subgraphRefusal(await super.errorFromResponse(response));
  }
}

export async function createGateway(options: GatewayOptions) {
  const { logger, subgraphUrls } = options;
  // @apollo/gateway reports anonymous usage data unless told not to; nothing leaves this machine.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  // Read the rules first: the gateway is handed the supergraph only once they are enforced.
  const rules = supergraphRules(options.supergraphSdl);
  const deniedAttempts = options.accessLogDatabaseUrl ? createDeniedAttemptLog(options.accessLogDatabaseUrl, logger) : undefined;
  if (!deniedAttempts) logger.warn('no database for the access log: denied attempts are logged to this process log only');
  const gateway = new ApolloGateway({
    supergraphSdl: markSecurityFeaturesHandled(options.supergraphSdl),
    buildService: ({ name }) => {
      const url = subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`the supergraph names a subgraph "${name}" that is not configured`);
      return new SubgraphDataSource(url, options.internalTokenSecret);
    },
    logger,
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [...localOnlyPlugins(), requestChecksPlugin(), fieldAccessPlugin(rules, { introspection: options.introspection, logDenied: deniedAttempts?.log })],
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    // No automatic persisted queries: nothing uses them, and Apollo answers a bad hash or version with a codeless (masked) error.
    persistedQueries: false,
    formatError: createErrorFormatter(logger),
    logger,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    const report = await checkHealth(subgraphUrls);
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });
  app.use(
    '/graphql',
    ...graphqlBodyParser(options.bodyLimitBytes),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        requestId: requestIdFrom(req.header('x-request-id'), randomUUID),
        caller: await options.verifyToken(req.header('authorization')),
      }),
    }),
  );
  // Last: every other path, method and error answers JSON in the GraphQL shape.
  app.use(...httpErrorHandlers(app, logger));

  return {
    listen: (port: number) => listen(app, port),
    stop: async () => {
      await apollo.stop();
      await deniedAttempts?.close();
    },
  };
}
