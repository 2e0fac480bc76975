import { randomUUID } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  apolloAnswer,
  createErrorFormatter,
  createShutdownState,
  DEFAULT_TIMEOUTS,
  graphqlBodyParser,
  graphqlBodySteps,
  headerOf,
  httpErrorHandlers,
  listen,
  fieldRulesOf,
  LimitRefusals,
  listSizesOf,
  liveness,
  readinessHandler,
  requestChecksPlugin,
  inputErrorsPlugin,
  localOnlyPlugins,
  MAX_TOKENS,
  checkOperationShape,
  operationCostPlugin,
  requestedOperation,
  requestIdFrom,
  requestMetricsPlugin,
  timedContext,
  type Caller,
  type DatabaseLimits,
  type HubMetrics,
  type InProcessFetch,
  type ListeningServer,
  type Logger,
  type RequestTimeouts,
  type ShutdownState,
  type SigningKey,
  type SubgraphName,
  withGraphqlFastPath,
} from '@hub/common/light';
import { tracingStarted } from '@hub/common/tracing';
import express from 'express';
import { checkReadiness, sharedFor } from './health';
import { Deadline } from './deadline';
import { consoleRoutes, type ConsoleOptions } from './console/console-routes';
import { SubgraphDataSource } from './subgraph-data-source';
import { AccessRefusals } from './auth/access-refusals';
import { authenticateRequest } from './auth/authenticate-request';
import { contractSchemaRoute } from './auth/contract-route';
import { createDeniedAttemptLog } from './auth/denied-attempts';
import { createRecordClientLookup } from './auth/record-clients';
import { fieldAccessPlugin } from './auth/field-access';
import { createRateLimiter } from './limits/rate-limiter';
import { GRAPHIQL_ASSETS_PATH, graphiqlAssets, graphiqlPage, type GraphiqlOptions } from './graphiql/graphiql-page';
import { sourceAddressOf } from './auth/source-address';
import { trustedDocumentResolver, type TrustedDocumentLookup } from './auth/trusted-documents';
import { markSecurityFeaturesHandled, supergraphSchema } from './auth/supergraph-rules';
import type { TokenVerifier } from './auth/verify-token';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph answers; overrides the URLs written in the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  /** Subgraphs of this process the gateway's fetches go to without HTTP (HUB_IN_PROCESS_SUBGRAPHS); the others over HTTP. */
  inProcess?: Partial<Record<SubgraphName, InProcessFetch>>;
  logger: Logger;
  /** Verifies the caller's bearer token; every request needs one. */
  verifyToken: TokenVerifier;
  /** Signs the verified caller for each subgraph request (its public half is in the subgraphs' HUB_GATEWAY_PUBLIC_KEYS). */
  callerSigningKey: SigningKey;
  /** Whether `__schema`/`__type` may be selected (development only). */
  introspection: boolean;
  /** Where denied attempts are logged (the access log's database). */
  accessLog?: { databaseUrl: string; key: Buffer };
  /** Rate limits: per-role table scaled by `scale`, shared through Redis when `redisUrl` is set. */
  rateLimits: { redisUrl?: string; scale: number; keyPrefix?: string };
  /** Deadlines per subgraph fetch and per request (default: DEFAULT_TIMEOUTS). */
  timeouts?: RequestTimeouts;
  /** Timeouts of the access log's connections (default: DEFAULT_DATABASE_LIMITS). */
  database?: DatabaseLimits;
  /** Shared with the other services of the process, so none reports ready once shutdown starts. */
  shutdown?: ShutdownState;
  /** Largest request body parsed (HubConfig.bodyLimitBytes.gateway). */
  bodyLimitBytes: number;
  /** Proxies whose X-Forwarded-For names the source address (HubConfig.trustedProxies; default none). */
  trustedProxies?: readonly string[];
  /** Registered documents by hash (the hub database); unset: no document id is found. */
  trustedDocuments?: TrustedDocumentLookup;
  /** HubConfig.trustedDocumentsOnly: the roles document-trust.ts names may run only registered documents. */
  trustedDocumentsOnly: boolean;
  /** GraphiQL for a browser's GET of /graphql (development only); unset: none. */
  graphiql?: GraphiqlOptions;
  /** The staff console at /console (console-routes.ts); unset: /console is an unknown path. */
  console?: ConsoleOptions;
  /** The process's metrics (METRICS_PORT); unset: nothing is counted. */
  metrics?: HubMetrics;
}

export interface GatewayContext {
  requestId: string;
  caller?: Caller;
  /** Aborts every subgraph fetch still running once the request is past REQUEST_TIMEOUT_MS. */
  deadline: AbortSignal;
  /** Clears the deadline's timer once the request is answered (deadline.ts). */
  endDeadline: () => void;
  /** The request runs a registered document (its operation name may be a metrics label). */
  trustedDocument?: boolean;
}

export async function createGateway(options: GatewayOptions) {
  const { logger, subgraphUrls } = options;
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  // @apollo/gateway reports anonymous usage data unless told not to; nothing leaves this machine.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  // Read the rules first: the gateway is handed the supergraph only once they are enforced.
  // One reading of the supergraph gives both the field rules and the list sizes the cost counts by.
  const supergraph = supergraphSchema(options.supergraphSdl);
  const rules = fieldRulesOf(supergraph);
  const { metrics } = options;
  const limitRefusals = new LimitRefusals();
  const accessRefusals = new AccessRefusals();
  const rateLimiter = createRateLimiter({ ...options.rateLimits, logger });
  const resolveDocument = trustedDocumentResolver({
    lookup: options.trustedDocuments,
    trustedDocumentsOnly: options.trustedDocumentsOnly,
    logger,
    refusals: accessRefusals,
  });
  const trustedProxies = new Set((options.trustedProxies ?? []).map((address) => address.toLowerCase()));
  // The records a refused operation names by id, with their clients, from the subgraphs that own them.
  const recordClients = createRecordClientLookup({ supergraph, subgraphUrls, signingKey: options.callerSigningKey, logger });
  const deniedAttempts = options.accessLog
    ? createDeniedAttemptLog(options.accessLog.databaseUrl, options.accessLog.key, logger, options.database, recordClients, metrics)
    : undefined;
  if (!deniedAttempts) logger.warn('no database for the access log: denied attempts are logged to this process log only');
  const gateway = new ApolloGateway({
    supergraphSdl: markSecurityFeaturesHandled(options.supergraphSdl),
    buildService: ({ name }) => {
      const url = subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`the supergraph names a subgraph "${name}" that is not configured`);
      return new SubgraphDataSource(name as SubgraphName, url, options.callerSigningKey, timeouts, logger, options.inProcess?.[name as SubgraphName], metrics);
    },
    logger,
    // Its OpenTelemetry spans (request, plan, fetch) carry neither the document nor error messages: no client data (docs/operations.md, "Tracing").
    telemetry: { includeDocument: false, recordExceptions: false },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [
      // No cache hints (the gateway runs no resolvers, its subgraphs send none): every answer is `no-store`.
      ...localOnlyPlugins(),
      requestChecksPlugin(),
      // A variable its type refuses is answered here, before any subgraph: worded without the value (a BSN, a name).
      inputErrorsPlugin(),
      // Before field access and planning: an operation too big for the caller's role costs no subgraph call.
      operationCostPlugin({ sizes: listSizesOf(supergraph), logger, refusals: limitRefusals }),
      fieldAccessPlugin(rules, { introspection: options.introspection, logDenied: deniedAttempts?.log, refusals: accessRefusals }),
      // Last: it counts the answer as sent.
      ...(metrics ? [requestMetricsPlugin<GatewayContext>(metrics, 'gateway', (context) => context.trustedDocument === true)] : []),
    ],
    // No document may be longer than the most generous role allows; the parser stops there.
    parseOptions: { maxTokens: MAX_TOKENS },
    // No automatic persisted queries: every document is checked against its caller's limits before
    // parsing (a hash alone would skip that), and Apollo answers a bad hash with a codeless error. Trusted
    // documents, registered beforehand, are replaced by their text before Apollo reads the request (trusted-documents.ts).
    persistedQueries: false,
    // graphqlBodyParser takes only POST with a JSON body, which Apollo's CSRF check would let through anyway: no second look per request.
    csrfPrevention: false,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger),
    logger,
    // Shutdown is ours (shutdown.ts): Apollo's own signal handler races it and can hang stop().
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const shutdown = options.shutdown ?? createShutdownState();
  let listening: ListeningServer | undefined;
  let stopping = false;

  const app = express();
  app.disable('x-powered-by');
  // A hash of every answer for an ETag no client of a POST-only endpoint can use.
  app.set('etag', false);
  app.get('/health', liveness);
  const readiness = sharedFor(1000, () => checkReadiness(subgraphUrls));
  app.get(
    '/ready',
    readinessHandler(readiness, () => shutdown.started || stopping),
  );
  app.get('/schema.graphql', contractSchemaRoute({ supergraph, rules, verifyToken: options.verifyToken, rateLimiter }));
  if (options.graphiql) {
    app.get('/graphql', graphiqlPage(options.graphiql));
    app.use(GRAPHIQL_ASSETS_PATH, graphiqlAssets());
  }
  // The GraphQL step: Apollo with our context, behind Express's route and the fast path alike (@hub/common/light, apollo-answer.ts).
  const answerGraphQL = apolloAnswer(
    apollo,
    // A request refused here is counted under its code (request-metrics.ts).
    timedContext(metrics, 'gateway', async (req): Promise<GatewayContext> => {
      const caller = await authenticateRequest(req, options.verifyToken, rateLimiter);
      // A document id becomes its registered text; a document of the caller's own is refused if its roles may run only trusted ones.
      const trustedDocument = await resolveDocument(caller, req.body);
      // Depth, aliases, tokens...: refused before Apollo Server parses or validates the document.
      checkOperationShape(caller, requestedOperation({ method: req.method ?? '', body: req.body }), logger, limitRefusals);
      // The access point for the access log: where this request came from (source-address.ts).
      const sourceAddress = sourceAddressOf(req.socket.remoteAddress, headerOf(req, 'x-forwarded-for'), trustedProxies);
      const deadline = new Deadline(timeouts.requestMs);
      return {
        requestId: requestIdFrom(headerOf(req, 'x-request-id'), randomUUID),
        deadline: deadline.signal,
        endDeadline: () => deadline.end(),
        caller: { ...caller, sourceAddress },
        trustedDocument,
      };
    }),
    (context) => context.endDeadline(),
  );
  // Express 5 hands a rejected promise to the error handlers below.
  app.use('/graphql', ...graphqlBodyParser(options.bodyLimitBytes), (req, res) => answerGraphQL(req, res));
  if (options.console) app.use('/console', consoleRoutes(options.console, logger));
  // Last: every other path, method and error answers JSON in the GraphQL shape (`/metrics` too: it has a listener of its own).
  app.use(...httpErrorHandlers(app, logger));
  // POST /graphql with a JSON body skips Express (@hub/common/light, graphql-fast-path.ts); with tracing on, everything goes through Express, whose spans the traces hold.
  const handler = tracingStarted() ? app : withGraphqlFastPath({ app, bodySteps: graphqlBodySteps(options.bodyLimitBytes), answer: answerGraphQL, logger });
  const tokenRefusals = options.verifyToken.refusals;
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  // Read at each scrape from the counters kept here anyway.
  metrics?.countRefusals('gateway', () => ({
    unauthenticated: sum(tokenRefusals.counts),
    forbidden: accessRefusals.forbidden,
    limits: limitRefusals.requests,
    rate_limited: sum({ ...rateLimiter.counts }),
    trusted_documents_only: accessRefusals.trustedDocumentsOnly,
  }));

  return {
    listen: async (port: number, host?: string) => (listening = await listen(handler, port, '/graphql', host)),
    limitRefusals,
    rateLimiter,
    /** Refused bearer tokens counted per reason. */
    tokenRefusals,
    /** Drains requests in flight for up to `graceMs` (default 0), then closes Apollo, the rate-limit store and the access-log pool. */
    stop: async (graceMs = 0) => {
      stopping = true;
      await listening?.close(graceMs);
      await rateLimiter.close();
      await apollo.stop();
      await deniedAttempts?.close();
    },
  };
}
