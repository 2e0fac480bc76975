import { getOperationAST, parse, type DocumentNode } from 'graphql';
import { hubError } from '../errors';
import type { Logger } from '../logger';
import { countTokens, measureOperation, type OperationShape } from './operation-shape';
import { limitsFor, type OperationLimits } from './role-limits';

export interface ExceededLimit {
  limit: keyof OperationLimits;
  measured: number;
  maximum: number;
}

/** Refusals per limit since start, for operators (no caller, no operation text). */
export class LimitRefusals {
  readonly counts = new Map<keyof OperationLimits, number>();
  /** Requests refused: one for each, however many of its limits it exceeded. */
  requests = 0;

  record(exceeded: ExceededLimit[]): void {
    this.requests += 1;
    for (const { limit } of exceeded) this.counts.set(limit, (this.counts.get(limit) ?? 0) + 1);
  }

  total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
}

/** HTTP 400, QUERY_TOO_COMPLEX, naming each limit with the measured value and the maximum. */
export function tooComplex(exceeded: ExceededLimit[], roles: readonly string[] | undefined, logger: Logger, refusals?: LimitRefusals) {
  refusals?.record(exceeded);
  logger.warn({ limits: exceeded, roles }, 'operation refused by its limits');
  const named = exceeded.map((e) => `${e.limit} ${e.measured} (at most ${e.maximum})`).join(', ');
  return hubError('QUERY_TOO_COMPLEX', `the operation exceeds its limits: ${named}`, { limits: exceeded, http: { status: 400 } });
}

/** What an HTTP request asks for, as far as the limits need to know (POST body or GET search params). */
export interface RequestedOperation {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

const SHAPE_LIMITS: Array<keyof OperationShape> = ['depth', 'aliases', 'rootFields', 'directives', 'tokens', 'listArgumentItems'];

/** A document read before and its token count: the same text always parses to the same document. */
interface ParsedDocument {
  document: DocumentNode;
  tokens: number;
}

/** Documents remembered by their text (the oldest goes first), each at most PARSED_DOCUMENT_LENGTH characters: a few MB at most. */
const PARSED_DOCUMENTS = 1_000;
const PARSED_DOCUMENT_LENGTH = 8_000;
const parsedDocuments = new Map<string, ParsedDocument>();

function remember(query: string, parsed: ParsedDocument): void {
  if (query.length > PARSED_DOCUMENT_LENGTH) return;
  if (parsedDocuments.size >= PARSED_DOCUMENTS) parsedDocuments.delete(parsedDocuments.keys().next().value!);
  parsedDocuments.set(query, parsed);
}

/**
 * The document within the role's token limit, parsed once per text: a text
 * seen before is not parsed again, and one over this caller's limit is refused
 * from its remembered count (a text is only ever parsed up to the limit of the caller who sent it).
 */
function parseWithin(query: string, limits: OperationLimits): ParsedDocument | ExceededLimit[] | undefined {
  const known = parsedDocuments.get(query);
  if (known) return known.tokens > limits.tokens ? [{ limit: 'tokens', measured: known.tokens, maximum: limits.tokens }] : known;
  try {
    const parsed = { document: parse(query, { maxTokens: limits.tokens, noLocation: true }), tokens: countTokens(query) };
    remember(query, parsed);
    return parsed;
  } catch (error) {
    if (error instanceof Error && /Document contains more/.test(error.message)) {
      return [{ limit: 'tokens', measured: countTokens(query), maximum: limits.tokens }];
    }
    // Not GraphQL: Apollo Server answers GRAPHQL_PARSE_FAILED itself.
    return undefined;
  }
}

/**
 * The counting limits (depth, aliases, root fields, directives, tokens, list
 * arguments), checked when the caller is known and before Apollo Server parses
 * or validates anything: the parser stops at the role's token limit, so a
 * document built to exhaust the parser, the validator or the query planner is
 * refused in the time it takes to read it. Returns what is exceeded, if anything.
 */
export function exceededShapeLimits(limits: OperationLimits, request: RequestedOperation): ExceededLimit[] {
  if (typeof request.query !== 'string') return [];
  const parsed = parseWithin(request.query, limits);
  if (!parsed || Array.isArray(parsed)) return parsed ?? [];
  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
  const operation = getOperationAST(parsed.document, operationName);
  if (!operation) return [];
  const variables = request.variables && typeof request.variables === 'object' ? (request.variables as Record<string, unknown>) : {};
  const shape = measureOperation(parsed.document, operation, variables, request.query, parsed.tokens);
  return SHAPE_LIMITS.filter((limit) => shape[limit] > limits[limit]).map((limit) => ({ limit, measured: shape[limit], maximum: limits[limit] }));
}

/** The operation an Express request carries: a JSON body, or for GET the search parameters (variables as JSON). */
export function requestedOperation(request: { method: string; body?: unknown; query?: unknown }): RequestedOperation {
  if (request.method !== 'GET') return request.body && typeof request.body === 'object' ? request.body : {};
  const params = (request.query ?? {}) as Record<string, unknown>;
  let variables: unknown;
  try {
    variables = typeof params.variables === 'string' ? JSON.parse(params.variables) : undefined;
  } catch {
    variables = undefined;
  }
  return { query: params.query, operationName: params.operationName, variables };
}

/** Refuses (throws) an operation that breaks a counting limit of its caller's roles; nothing to do without a caller. */
export function checkOperationShape(
  caller: { roles: readonly string[] } | undefined,
  request: RequestedOperation,
  logger: Logger,
  refusals?: LimitRefusals,
): void {
  const limits = caller && limitsFor(caller.roles);
  if (!limits) return;
  const exceeded = exceededShapeLimits(limits.operation, request);
  if (exceeded.length) throw tooComplex(exceeded, caller.roles, logger, refusals);
}
