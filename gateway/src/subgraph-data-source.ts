import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  CALLER_HEADER,
  isMutation,
  neverSent,
  postInternal,
  SERVICE_STOPPED,
  signCallerToken,
  type Caller,
  type HubMetrics,
  type InProcessFetch,
  type Logger,
  type PublicErrorCode,
  type RequestTimeouts,
  type SigningKey,
  type SubgraphName,
  injectTraceContext,
} from '@hub/common/light';
import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import { Deadline } from './deadline';

/** What the data source needs of the gateway's per-request context. */
export interface SubgraphRequestContext {
  requestId: string;
  caller?: Caller;
  /** Aborts when the whole request has run past REQUEST_TIMEOUT_MS. */
  deadline?: AbortSignal;
}

type ProcessOptions = GraphQLDataSourceProcessOptions<SubgraphRequestContext & Record<string, unknown>>;
type GraphQLResult = Awaited<ReturnType<GraphQLDataSource['process']>>;
type ErrorPath = ReadonlyArray<string | number>;

/** The results this data source made up for a fetch that got no GraphQL answer, with their code (for the metrics). */
const unanswered = new WeakMap<GraphQLResult, PublicErrorCode>();

const stoppedInProcess = (error: unknown) => (error as { code?: unknown } | undefined)?.code === SERVICE_STOPPED;

/** The response keys a selection set asks for, through inline fragments and fragment spreads. */
function responseKeys(selectionSet: SelectionSetNode, document: DocumentNode, keys = new Set<string>()): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') keys.add(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      responseKeys(selection.selectionSet, document, keys);
    } else {
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) responseKeys(fragment.selectionSet, document, keys);
    }
  }
  return keys;
}

/**
 * Where a failed fetch's fields sit, in the subgraph's own response shape: the
 * gateway maps `_entities` paths onto the caller's (e.g. `handoffs.nodes.3.client`),
 * so every field the dead subgraph owed carries the error, never a bare null.
 */
export function failedFieldPaths(document: DocumentNode, variables: Record<string, unknown> | undefined): ErrorPath[] {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return [];
  const entities = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  if (entities?.kind !== Kind.FIELD || !entities.selectionSet) return [...responseKeys(operation.selectionSet, document)].map((key) => [key]);
  const fields = [...responseKeys(entities.selectionSet, document)];
  const representations = Array.isArray(variables?.representations) ? variables.representations.length : 0;
  return Array.from({ length: representations }, (_, index) => fields.map((field) => ['_entities', index, field])).flat();
}

/**
 * The gateway's connection to one subgraph: it forwards the verified caller as
 * a short-lived signed token and the request id, fetches over node:http's pooled
 * keep-alive sockets (postInternal, internal-http.ts: its fetcher) or, for a
 * subgraph in this process, hands the same request to it directly (`inProcess`,
 * in-process.ts), gives each fetch a deadline, and turns a subgraph that is
 * down or too slow into a named error at the fields it owed (SUBGRAPH_UNAVAILABLE
 * or TIMEOUT) while the other subgraphs' fields still arrive.
 */
export class SubgraphDataSource implements GraphQLDataSource<SubgraphRequestContext & Record<string, unknown>> {
  /** Parsed once: every fetch goes to the same place, on the same keep-alive pool. */
  private readonly target: URL;
  /** A token per attempt lives as long as the gateway waits for the answer. */
  private readonly tokenLifetimeS: number;
  /** How a request reaches the subgraph: over HTTP, or in this process. */
  private readonly send: InProcessFetch;

  constructor(
    private readonly name: SubgraphName,
    url: string,
    private readonly signingKey: SigningKey,
    private readonly timeouts: RequestTimeouts,
    private readonly logger: Logger,
    /** The subgraph's own entry when it runs in this process (HUB_IN_PROCESS_SUBGRAPHS); unset: HTTP to `url`. */
    inProcess?: InProcessFetch,
    /** The process's metrics: each fetch's duration and outcome. */
    private readonly metrics?: HubMetrics,
  ) {
    this.target = new URL(url);
    this.tokenLifetimeS = Math.ceil(timeouts.subgraphMs / 1000);
    const overHttp: InProcessFetch = (request) => postInternal(this.target, request);
    // A subgraph of this process that has stopped took nothing: its URL may be served again (a restart), as between processes.
    this.send = inProcess
      ? async (request) => {
          try {
            return await inProcess(request);
          } catch (error) {
            if (stoppedInProcess(error)) return overHttp(request);
            throw error;
          }
        }
      : overHttp;
  }

  async process(options: ProcessOptions): Promise<GraphQLResult> {
    if (!this.metrics) return this.fetch(options);
    const end = this.metrics.subgraphFetchDuration.startTimer({ subgraph: this.name });
    const result = await this.fetch(options);
    const failed = unanswered.get(result);
    if (failed) this.metrics.subgraphFetchErrors.inc({ subgraph: this.name, code: failed });
    end({ outcome: failed ?? (result.errors?.length ? 'errors' : 'ok') });
    return result;
  }

  private async fetch(options: ProcessOptions): Promise<GraphQLResult> {
    const { request } = options;
    // Only operations a caller sent carry a context (health checks and schema loads have none).
    const context = 'incomingRequestContext' in options ? options.context : undefined;
    const query = request.query ?? '';
    const fixed: Record<string, string> = {};
    for (const [name, value] of request.http?.headers ?? []) fixed[name] = value;
    fixed['content-type'] = 'application/json';
    if (context?.requestId) fixed['x-request-id'] = context.requestId;
    // The fetch's span (@apollo/gateway's, when tracing is on) as the subgraph's parent: W3C `traceparent`.
    injectTraceContext(fixed);
    const body = JSON.stringify({ query, variables: request.variables, operationName: request.operationName, extensions: request.extensions });
    const caller = context?.caller;
    // A token per attempt, bound to this subgraph and these very bytes, living as long as the gateway waits for the answer.
    const headers = () =>
      caller ? { ...fixed, [CALLER_HEADER]: signCallerToken(caller, { audience: this.name, body }, this.signingKey, Date.now(), this.tokenLifetimeS) } : fixed;

    // SUBGRAPH_TIMEOUT_MS, or the request's own deadline if that comes first; ended once the answer is read (deadline.ts).
    const fetchDeadline = new Deadline(this.timeouts.subgraphMs, context?.deadline);
    let status: number;
    try {
      const response = await this.send({
        headers,
        body,
        signal: fetchDeadline.signal,
        idempotent: !isMutation(query),
      });
      status = response.status;
      const answer = (await response.json().catch(() => undefined)) as GraphQLResult | undefined;
      // A GraphQL answer, whatever its status (a 400 carries the subgraph's own coded errors).
      if (answer && typeof answer === 'object' && ('data' in answer || Array.isArray(answer.errors))) {
        return { data: answer.data, errors: answer.errors, extensions: answer.extensions };
      }
    } catch (error) {
      // A change that was sent and not answered may have been made (issue 8: writes that had committed).
      const outcome = isMutation(query) && !neverSent(error) ? '; the change may have been made, so check before repeating it' : '';
      if (context?.deadline?.aborted) {
        const message = `the request ran past its ${this.timeouts.requestMs / 1000} s deadline before the ${this.name} service answered`;
        return this.failure(options, 'TIMEOUT', message + outcome, error);
      }
      if (fetchDeadline.timedOut) {
        return this.failure(options, 'TIMEOUT', `the ${this.name} service did not answer within ${this.timeouts.subgraphMs / 1000} s${outcome}`, error);
      }
      const message = outcome ? `the ${this.name} service did not answer${outcome}` : `the ${this.name} service is unavailable`;
      return this.failure(options, 'SUBGRAPH_UNAVAILABLE', message, error);
    } finally {
      fetchDeadline.end();
    }
    // Not GraphQL at all (a proxy's error page, a process that died mid-answer).
    const message = isMutation(query)
      ? `the ${this.name} service did not answer; the change may have been made, so check before repeating it`
      : `the ${this.name} service is unavailable`;
    return this.failure(options, 'SUBGRAPH_UNAVAILABLE', message, new Error(`HTTP ${status} without a GraphQL body`));
  }

  private failure(options: ProcessOptions, code: PublicErrorCode, message: string, cause: unknown): GraphQLResult {
    const reason = cause instanceof Error ? (cause.cause instanceof Error ? `${cause.message}: ${cause.cause.message}` : cause.message) : String(cause);
    this.logger.warn({ service: this.name, code, reason }, 'subgraph fetch failed');
    const extensions = { code, service: this.name };
    const document = this.documentOf(options);
    const paths = document ? failedFieldPaths(document, options.request.variables) : [];
    const errors = paths.length ? paths.map((path) => ({ message, path, extensions })) : [{ message, extensions }];
    const result = { errors };
    unanswered.set(result, code);
    return result;
  }

  private documentOf(options: ProcessOptions): DocumentNode | undefined {
    if ('incomingRequestContext' in options && options.document) return options.document;
    try {
      return options.request.query ? parse(options.request.query) : undefined;
    } catch {
      return undefined;
    }
  }
}
