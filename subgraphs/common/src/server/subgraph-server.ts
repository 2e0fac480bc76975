import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express, { type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { DEFAULT_BODY_LIMIT_BYTES, type AuditSettings, type DatabaseLimits, type SubgraphName } from '../config';
import { shieldSchema, type Policies } from '../access/subgraph-shield';
import { verifyAccessLog } from '../audit/access-log-verify';
import { startCheckpointer, type Checkpointer } from '../audit/checkpointer';
import { recordClientAccess, type ClientOfRecord } from '../audit/access-middleware';
import { accessLogPlugin } from '../audit/access-log-plugin';
import type { ClientIdOf } from '../audit/access-recorder';
import { createOrm, type OrmDefinition } from '../database/orm';
import type { QueryLog } from '../database/query-log';
import { createErrorFormatter, unauthenticated } from '../errors';
import { buildFederatedSchema, type SchemaDefinition } from '../federation/build-schema';
import type { Logger } from '../logger';
import type { HubMetrics } from '../metrics/hub-metrics';
import { requestMetricsPlugin, timedContext } from '../metrics/request-metrics';
import { watchOrmPool } from '../metrics/orm-pool';
import { listSizesOf } from '../limits/list-size';
import { operationCostPlugin } from '../limits/operation-cost-plugin';
import { checkOperationShape, requestedOperation } from '../limits/operation-gate';
import { MAX_TOKENS } from '../limits/role-limits';
import { subgraphPlugins } from './apollo-plugins';
import { inputErrorsPlugin } from './input-errors';
import { graphqlBodyParser, graphqlBodySteps, httpErrorHandlers, HttpRequestError, receivedBodyHash } from './http-errors';
import { apolloAnswer, type ParsedRequest } from './apollo-answer';
import { withGraphqlFastPath } from './graphql-fast-path';
import { listen, type ListeningServer } from './http-server';
import { liveness, readinessHandler } from './readiness';
import { subgraphReadiness } from './subgraph-readiness';
import { applyMigrations, waitForMigrations } from './subgraph-migrations';
import { createShutdownState, type ShutdownState } from './shutdown';
import { requestChecksPlugin } from './request-checks';
import { inProcessFetch, settle, type InProcessFetch, type ReceivedRequest } from './in-process';
import { RECORD_CLIENT_PATH, recordClientRoute } from './record-client-route';
import type { SubgraphKeys } from './internal-keys';
import { CALLER_HEADER, createCallerCheck, signPeerToken } from './internal-token';
import { bindAccessScope, WriteLogSubscriber } from '../audit/write-log-subscriber';
import type { ClientRecords } from '../retention/client-records';
import { DEFAULT_SUBGRAPH_SETTINGS, RequestContext, type SubgraphSettings } from './request-context';
import { headerOf, requestIdFrom } from './request-id';
import { tracingStarted } from '../tracing';
import { assertDeclaredPeerCall, peerCallRefusal } from './peer-calls';

/** Everything that makes one subgraph; its folder holds only this and its domain. */
export interface SubgraphDefinition extends SchemaDefinition {
  name: SubgraphName;
  orm: OrmDefinition;
  /** Loads demo data when the subgraph's tables are empty; returns whether it did. */
  seed?: (em: EntityManager, settings: SubgraphSettings) => Promise<boolean>;
  /** The row-level conditions its fields name with @policy. */
  policies?: Policies;
  /** Types that hold client data, with how to find the client of a row: every access to them is logged. */
  clientLinked?: Record<string, ClientIdOf>;
  /** Queries and mutations that name a client-linked record by id, with how to find its client (a refusal is logged with it). */
  clientOfRecord?: Record<string, ClientOfRecord>;
  /** Its part of retention and erasure on request, on its own tables (retention/client-records.ts). */
  clientRecords?: ClientRecords;
  /** Work it runs beside its requests (e.g. webhook delivery), started after its migrations and stopped before its database closes. */
  background?: (context: BackgroundContext) => Promise<BackgroundWork>;
}

export interface BackgroundContext {
  databaseUrl: string;
  orm: MikroORM;
  logger: Logger;
  settings: SubgraphSettings;
  /** The process's metrics; unset: nothing is counted. */
  metrics?: HubMetrics;
}

export interface BackgroundWork {
  stop(): Promise<void>;
}

export interface SubgraphServerOptions {
  databaseUrl: string;
  logger: Logger;
  seedDemoData: boolean;
  /** Apply the migrations at start (default); false: wait until the migration command has (HubConfig.migrateOnStart). */
  migrate?: boolean;
  /** How often a subgraph that does not migrate looks again (default MIGRATIONS_POLL_MS). */
  migrationsPollMs?: number;
  /** Where the other subgraphs answer; read at call time, so it may fill in after start. */
  peers?: Partial<Record<SubgraphName, string>>;
  /**
   * Its own key (for calls to other subgraphs) and the public keys of the
   * gateway and the other subgraphs; requests without a valid caller token are refused.
   */
  internalKeys: SubgraphKeys;
  /** Serve inline traces (ftv1) to a gateway that asks for them; off unless asked for here (Apollo would switch them on for any subgraph). */
  inlineTracing?: boolean;
  /** Write the access log (default). Only the benchmark turns it off, to measure what it costs. */
  accessLog?: boolean;
  /** Pool size and statement timeouts (default: DEFAULT_DATABASE_LIMITS). */
  database?: DatabaseLimits;
  /** Shared with the other services of the process, so none reports ready once shutdown starts. */
  shutdown?: ShutdownState;
  /** Largest request body parsed (HubConfig.bodyLimitBytes.subgraph). */
  bodyLimitBytes?: number;
  /** The domain's settings from the config (default: the tables' defaults). */
  settings?: Partial<SubgraphSettings>;
  /** The access log key (`auditKeyOf(config)`) and where and how often checkpoints are written. */
  audit: AuditSettings & { key: Buffer };
  /** The process's metrics (startMetrics); unset: nothing is counted. */
  metrics?: HubMetrics;
}

export interface SubgraphServer {
  name: SubgraphName;
  orm: MikroORM;
  queries: QueryLog;
  schema: GraphQLSchema;
  /** Seals the access log every interval and on stop, when this service leads (docs/access-log.md). */
  checkpointer: Checkpointer;
  /** Runs a request from the gateway of this process without HTTP, through every check the HTTP path makes (in-process.ts). */
  fetchInProcess: InProcessFetch;
  /** `host` unset: every interface (a container); one-process mode passes 127.0.0.1. */
  listen(port: number, host?: string): Promise<ListeningServer>;
  /**
   * A second listener for the other subgraphs only (`<NAME>_PEER_PORT`): it answers only the peer calls of
   * peer-calls.ts, only with a peer token from a subgraph that makes them; once it listens, the main port
   * refuses peer tokens, so only the gateway is served there (docs/deployment.md, "Network policies").
   */
  listenForPeers(port: number, host?: string): Promise<ListeningServer>;
  /** Drains requests in flight for up to `graceMs` (default 0), then closes Apollo and the ORM. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * What the context builder reads of a request that came over HTTP, on Express's route and the fast path alike.
 * Headers as node joined them (repeated ones with ", "), which is what Express's `req.header` returns for every
 * name but `referer`/`referrer` (it reads either) and `set-cookie` (an array there): the context reads neither,
 * only `x-request-id` and the caller header (`traceparent` is read by the tracing SDK, and with tracing on every
 * request goes through Express).
 */
const receivedOver = (req: ParsedRequest, peerPort?: boolean): ReceivedRequest => ({
  header: (name) => headerOf(req, name.toLowerCase()),
  bodyHash: receivedBodyHash(req),
  operation: requestedOperation({ method: req.method ?? '', body: req.body }),
  peerPort,
});

/** Migrates (or waits for the migration command), seeds once and builds the server, unstarted: `listen(0)` suits tests. */
export async function createSubgraphServer(definition: SubgraphDefinition, options: SubgraphServerOptions): Promise<SubgraphServer> {
  const logger = options.logger.child({ subgraph: definition.name });
  const settings: SubgraphSettings = { ...DEFAULT_SUBGRAPH_SETTINGS, ...options.settings };
  const shutdown = options.shutdown ?? createShutdownState();
  let stopping = false;
  const checkCaller = createCallerCheck(definition.name, options.internalKeys);
  const { orm, queries } = await createOrm(definition.orm, options.databaseUrl, logger, { limits: options.database });
  let listening: ListeningServer | undefined;
  let peerListening: ListeningServer | undefined;
  let apollo: ApolloServer<RequestContext> | undefined;
  let checkpointer: Checkpointer | undefined;
  let background: BackgroundWork | undefined;
  const { key } = options.audit;
  const { metrics } = options;
  let forgetPool: (() => void) | undefined;
  try {
    forgetPool = metrics && watchOrmPool(metrics, definition.name, orm);
    if (options.migrate === false) await waitForMigrations(orm, logger, options.migrationsPollMs);
    else await applyMigrations(orm, options.databaseUrl, logger);
    checkpointer = startCheckpointer({
      databaseUrl: options.databaseUrl,
      key,
      file: options.audit.checkpointFile,
      intervalMs: options.audit.checkpointIntervalMs,
      logger,
      statementTimeoutMs: options.database?.statementTimeoutMs,
    });
    if (options.seedDemoData && definition.seed) {
      const seeded = await orm.em.fork().transactional((em) => definition.seed!(em, settings));
      if (seeded) logger.info('loaded demo data');
    }
    background = await definition.background?.({ databaseUrl: options.databaseUrl, orm, logger, settings, metrics });
    // Field and row rules come from the schema's own directives (fail closed: undeclared is denied).
    const federated = await buildFederatedSchema(definition);
    const schema = recordClientAccess(shieldSchema(federated, definition.policies), definition.clientLinked ?? {}, definition.clientOfRecord);
    // A write's entries commit with the write itself (docs/access-log.md, "Writes").
    const logWrites = options.accessLog !== false;
    if (logWrites) orm.em.getEventManager().registerSubscriber(new WriteLogSubscriber(definition.clientLinked ?? {}, key, definition.name));
    apollo = new ApolloServer<RequestContext>({
      schema,
      plugins: [
        // No plugin hooks every field: no cache hints, no inline traces unless asked for.
        ...subgraphPlugins({ inlineTracing: options.inlineTracing }),
        requestChecksPlugin(),
        inputErrorsPlugin(),
        // Defence in depth: the gateway holds operations to the same role limits before planning.
        operationCostPlugin({ sizes: listSizesOf(federated), logger }),
        ...(options.accessLog === false ? [] : [accessLogPlugin(orm, definition.name, logger, key, metrics)]),
        // Last: it counts the answer as sent (a withheld one included).
        ...(metrics ? [requestMetricsPlugin<RequestContext>(metrics, definition.name)] : []),
      ],
      parseOptions: { maxTokens: MAX_TOKENS },
      // No automatic persisted queries: every document is checked against its caller's limits before
      // parsing (a hash alone would skip that), and Apollo answers a bad hash with a codeless error.
      persistedQueries: false,
      includeStacktraceInErrorResponses: false,
      formatError: createErrorFormatter(logger),
      logger,
      // Shutdown is ours (shutdown.ts): Apollo's own signal handler races it and can hang stop().
      stopOnTerminationSignals: false,
    });
    await apollo.start();

    const app = express();
    app.disable('x-powered-by');
    app.get('/health', liveness);
    app.get(
      '/ready',
      readinessHandler(
        () => subgraphReadiness(orm),
        () => shutdown.started || stopping,
      ),
    );
    // The one context builder, over HTTP and in process alike (in-process.ts): no answer without a valid caller token.
    const contextFor = timedContext(metrics, definition.name, async ({ header, bodyHash, operation, peerPort }: ReceivedRequest): Promise<RequestContext> => {
      const requestId = requestIdFrom(header('x-request-id'), randomUUID);
      const checked = checkCaller(header(CALLER_HEADER), bodyHash);
      // Subgraphs trust only the gateway: no valid token for this subgraph and this very body, no answer (`_entities` included).
      if (!checked.ok) {
        logger.warn({ requestId, reason: checked.reason }, 'caller token refused');
        throw unauthenticated('requests must come through the gateway');
      }
      const { caller, gatewayToken, via } = checked;
      // With a peer listener, each port serves one kind of caller: the gateway here, the other subgraphs there, each only what they ask.
      // Logged by kind only: the refusal's own text would quote the request's field names.
      const portRefusal = peerPort
        ? via
          ? peerCallRefusal(definition.name, typeof operation.query === 'string' ? operation.query : undefined, via) && 'not a call this subgraph makes'
          : 'a gateway token on the peer port'
        : peerListening && via
          ? 'a peer token on the main port'
          : undefined;
      if (portRefusal) {
        logger.warn({ requestId, reason: portRefusal, via }, 'caller refused on this port');
        throw unauthenticated(peerPort ? 'this port answers only the calls other subgraphs make' : 'requests must come through the gateway');
      }
      checkOperationShape(caller, operation, logger);
      // The fork is made when a resolver first needs it; writes through it are logged with this request (docs/access-log.md).
      const forkEm = (context: RequestContext) => {
        const em = orm.em.fork();
        if (logWrites) bindAccessScope(em, context);
        return em;
      };
      return new RequestContext(
        forkEm,
        requestId,
        logger.child({ requestId }),
        caller,
        options.peers,
        (request) => {
          // Every peer call is one peer-calls.ts declares, in every mode: the peer listeners answer nothing else.
          assertDeclaredPeerCall(definition.name, request.audience, request.body);
          return signPeerToken(gatewayToken, definition.name, request, options.internalKeys.signing);
        },
        settings,
        // Against the table's checkpoints: the file is checked by `npm run audit:verify`.
        (em) => verifyAccessLog((sql, params) => em.getConnection().execute(sql, params), key),
        via,
      );
    });
    const bodyLimitBytes = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES.subgraph;
    // The GraphQL step, behind Express's route and the fast path alike (apollo-answer.ts).
    const answerGraphQL = apolloAnswer(apollo, (req) => contextFor(receivedOver(req)));
    // Express 5 hands a rejected promise to the error handlers below.
    app.use('/graphql', ...graphqlBodyParser(bodyLimitBytes, { hashBody: true }), (req, res) => answerGraphQL(req, res));
    const inFlight = new Set<Promise<unknown>>();
    const fetchInProcess = inProcessFetch({ apollo, context: contextFor, bodyLimitBytes, stopped: () => stopping, inFlight });
    // The gateway's question for the client of a record it refused an operation on (record-client-route.ts).
    app.post(
      RECORD_CLIENT_PATH,
      ...graphqlBodyParser(4096, { hashBody: true }),
      recordClientRoute({ checkCaller, clientOfRecord: definition.clientOfRecord ?? {}, em: () => orm.em.fork(), logger }),
    );
    // Last: every other path, method and error answers JSON in the GraphQL shape.
    app.use(...httpErrorHandlers(app, logger));
    // With tracing on, every request goes through Express, whose spans the traces hold.
    const tracing = tracingStarted();
    // POST /graphql with a JSON body skips Express (graphql-fast-path.ts, docs/architecture.md "A subgraph's request path").
    const handler = tracing
      ? app
      : withGraphqlFastPath({ app, bodySteps: graphqlBodySteps(bodyLimitBytes, { hashBody: true }), answer: answerGraphQL, logger });

    // The peer listener: POST /graphql with a declared peer call and nothing else (no health, no record-client route).
    const peerApp = express();
    peerApp.disable('x-powered-by');
    const onlyPeerCalls: RequestHandler = (req, _res, next) => {
      const { query } = requestedOperation(req);
      const refusal = peerCallRefusal(definition.name, typeof query === 'string' ? query : undefined);
      if (!refusal) return next();
      logger.info({ reason: 'undeclared peer call' }, 'not a peer call, refused on the peer port');
      next(new HttpRequestError(404, 'NOT_FOUND', 'this port answers only the calls other subgraphs make'));
    };
    const answerPeer = apolloAnswer(apollo, (req) => contextFor(receivedOver(req, true)));
    peerApp.use('/graphql', ...graphqlBodyParser(bodyLimitBytes, { hashBody: true }), onlyPeerCalls, (req, res) => answerPeer(req, res));
    peerApp.use(...httpErrorHandlers(peerApp, logger));
    // The same fast path, with the peer-call check after the body steps as on Express's route.
    const peerHandler = tracing
      ? peerApp
      : withGraphqlFastPath({
          app: peerApp,
          bodySteps: [...graphqlBodySteps(bodyLimitBytes, { hashBody: true }), onlyPeerCalls],
          answer: answerPeer,
          logger,
        });

    const server: SubgraphServer = {
      name: definition.name,
      orm,
      queries,
      schema,
      checkpointer,
      fetchInProcess,
      async listen(port, host) {
        listening = await listen(handler, port, '/graphql', host);
        logger.info({ url: listening.url }, 'subgraph listening');
        return listening;
      },
      async listenForPeers(port, host) {
        peerListening = await listen(peerHandler, port, '/graphql', host);
        logger.info({ url: peerListening.url }, 'subgraph listening for its peers');
        return peerListening;
      },
      async stop(graceMs = 0) {
        stopping = true;
        const deadline = Date.now() + graceMs;
        await Promise.all([listening?.close(graceMs), peerListening?.close(graceMs)]);
        await settle(inFlight, deadline - Date.now());
        await apollo?.stop();
        // Every answer has been logged by now: the final checkpoint seals it.
        await checkpointer?.stop();
        await background?.stop();
        forgetPool?.();
        await orm.close(true);
      },
    };
    return server;
  } catch (error) {
    await apollo?.stop().catch(() => undefined);
    await checkpointer?.stop();
    await background?.stop().catch(() => undefined);
    forgetPool?.();
    await orm.close(true);
    throw error;
  }
}
