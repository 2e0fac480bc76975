import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { parse as parseContentType } from 'content-type';
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { PUBLIC_ERROR_CODES, type PublicErrorCode } from '../errors';
import type { Logger } from '../logger';
import { containsNul, decodeUtf8, INVALID_UTF8_MESSAGE, NUL_MESSAGE } from './malformed-strings';
import { bodyHashOf } from './internal-token';
import { headerOf, requestIdFrom } from './request-id';

/**
 * One answer for everything that fails outside GraphQL execution (body
 * parsing, size, charset, encoding, routes, methods, malformed HTTP): a JSON
 * body in the GraphQL error shape, never Express's or Node's HTML or bare
 * status, never a stack, a path or an excerpt of the body.
 */
export type HttpErrorCode = PublicErrorCode | 'INTERNAL_SERVER_ERROR';

export interface HttpErrorAnswer {
  status: number;
  code: HttpErrorCode;
  message: string;
  /** Headers the refusal names (`Retry-After` with a 429). */
  headers?: Record<string, string>;
}

export function errorBody(code: HttpErrorCode, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Refusals this module makes itself; body-parser passes them through with the status kept. */
export class HttpRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: HttpErrorCode,
    message: string,
    /** Sent as the `Allow` header with a 405. */
    readonly allow?: string,
  ) {
    super(message);
  }
}

export const INTERNAL: HttpErrorAnswer = { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };

/** body-parser's error types (its `type` property), by what the caller did wrong; graphqlBodyParser's own JSON refusal uses the same. */
const BODY_PARSER_ERRORS: Record<string, HttpErrorAnswer> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'the request body is not a valid JSON object' },
  'entity.verify.failed': { status: 400, code: 'BAD_REQUEST', message: 'the request body was refused' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'the request body is larger than this service accepts' },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: 'the request body does not match its Content-Length' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: 'the request was aborted before its body arrived' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'the request body must be JSON in UTF-8' },
  'encoding.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'the Content-Encoding of the request body is not supported (identity, gzip, deflate or br)',
  },
};

const CODE_BY_STATUS: Record<number, HttpErrorCode> = {
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  431: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
};

const typeOf = (error: unknown): string | undefined =>
  error && typeof error === 'object' && typeof (error as { type?: unknown }).type === 'string' ? (error as { type: string }).type : undefined;

/** A body over `limit` bytes. The limit is the setting, not a secret: a caller can size its requests by it. */
export const tooLargeAnswer = (limit: number): HttpErrorAnswer => ({
  ...BODY_PARSER_ERRORS['entity.too.large'],
  message: `the request body is larger than the ${limit} bytes this service accepts`,
});

const PUBLIC = new Set<string>(PUBLIC_ERROR_CODES);

/**
 * A refusal made in the GraphQL error shape (hubError, a refused token, RATE_LIMITED) by a route that is not
 * GraphQL (`GET /schema.graphql`): its public code and message, the status and headers of its `extensions.http`
 * (400 without one). Any other GraphQLError is no refusal of ours and stays masked.
 */
function codedGraphQLAnswer(error: GraphQLError): HttpErrorAnswer | undefined {
  const code = error.extensions.code;
  if (typeof code !== 'string' || !PUBLIC.has(code)) return undefined;
  const http = error.extensions.http as { status?: number; headers?: Iterable<[string, string]> } | undefined;
  const headers = Object.fromEntries(http?.headers ?? []);
  return { status: http?.status ?? 400, code: code as PublicErrorCode, message: error.message, ...(Object.keys(headers).length ? { headers } : {}) };
}

/** What the caller is told for an error that reached Express; anything unknown is a masked 500. */
export function httpErrorAnswer(error: unknown): HttpErrorAnswer {
  if (error instanceof HttpRequestError) return { status: error.status, code: error.code, message: error.message };
  if (error instanceof GraphQLError) return codedGraphQLAnswer(error) ?? INTERNAL;
  const type = typeOf(error);
  const limit = (error as { limit?: unknown } | undefined)?.limit;
  if (type === 'entity.too.large' && typeof limit === 'number') return tooLargeAnswer(limit);
  if (type && BODY_PARSER_ERRORS[type]) return BODY_PARSER_ERRORS[type];
  // A refusal of a kind not listed above (a corrupt gzip stream, a bad URL escape): still the caller's, still without its text.
  const status = (error as { status?: unknown } | undefined)?.status;
  if (typeof status === 'number' && Number.isInteger(status) && status >= 400 && status < 500) {
    return { status, code: CODE_BY_STATUS[status] ?? 'BAD_REQUEST', message: 'the request was refused' };
  }
  return INTERNAL;
}

/** What Node's HTTP parser refused before Express ran, by its error code. */
export function clientErrorAnswer(code: string | undefined): HttpErrorAnswer {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, code: 'REQUEST_HEADER_FIELDS_TOO_LARGE', message: 'the request headers are larger than this service accepts' };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'the chunk extensions are larger than this service accepts' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: 'TIMEOUT', message: 'the request did not arrive in time' };
    default:
      return { status: 400, code: 'BAD_REQUEST', message: 'the request is not valid HTTP/1.1' };
  }
}

/** `server.on('clientError', …)`: Node would answer a bare status line; this answers JSON and closes. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A response already under way on this socket cannot be followed by another one.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const answer = clientErrorAnswer(error.code);
  const body = JSON.stringify(errorBody(answer.code, answer.message));
  socket.end(
    `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
    () => socket.destroy(),
  );
}

const onlyPost: RequestHandler = (req, _res, next) => {
  // GraphQL over POST only: a GET would carry the query and its variables in the URL, into proxy and access logs.
  if (req.method !== 'POST') return next(new HttpRequestError(405, 'METHOD_NOT_ALLOWED', 'this endpoint accepts POST only', 'POST'));
  const json = req.is('application/json');
  if (json === null) return next(new HttpRequestError(400, 'BAD_REQUEST', 'a GraphQL request needs a JSON body'));
  if (!json) {
    return next(new HttpRequestError(415, 'UNSUPPORTED_MEDIA_TYPE', 'the request body must be JSON (Content-Type: application/json)'));
  }
  next();
};

/** A parsed body with a NUL in any string is refused (over HTTP and in process alike). */
export const nulRefusal = (body: unknown): HttpRequestError | undefined =>
  containsNul(body) ? new HttpRequestError(400, 'BAD_USER_INPUT', NUL_MESSAGE) : undefined;

const bodyHashes = new WeakMap<object, string>();

/** The SHA-256 of the body bytes as received (after decompression), when the parser was asked to keep it. */
export const receivedBodyHash = (req: object): string | undefined => bodyHashes.get(req);

/** RFC 8259: JSON between systems is UTF-8 (no parameter means UTF-8); refused before the body is read. */
const utf8Only: RequestHandler = (req, _res, next) => {
  let charset: string | undefined;
  try {
    charset = parseContentType(req.headers['content-type'] ?? '').parameters.charset?.toLowerCase();
  } catch {
    charset = 'unparsable';
  }
  next(
    charset === undefined || charset === 'utf-8' ? undefined : new HttpRequestError(415, 'UNSUPPORTED_MEDIA_TYPE', 'the request body must be JSON in UTF-8'),
  );
};

/** Refused as body-parser refused it (same type, so the same answer and the same reason in the log), without the body or the parser's message. */
const notJson = () => Object.assign(new Error('the request body is not a valid JSON object'), { status: 400, type: 'entity.parse.failed' });

/**
 * The bytes read by `express.raw` (size limit, Content-Length, Content-Encoding), decoded
 * once (invalid UTF-8 refused in the same pass) and parsed once: an object or an array,
 * as body-parser's strict JSON; an empty body is `{}`, as there. No NUL in any string.
 */
function jsonBody(hashBody: boolean): RequestHandler {
  return (req, _res, next) => {
    const bytes = req.body as unknown;
    if (!Buffer.isBuffer(bytes)) return next(new HttpRequestError(400, 'BAD_REQUEST', 'a GraphQL request needs a JSON body'));
    const text = decodeUtf8(bytes);
    if (text === undefined) return next(new HttpRequestError(400, 'BAD_USER_INPUT', INVALID_UTF8_MESSAGE));
    let body: unknown = {};
    if (text.length) {
      try {
        body = JSON.parse(text);
      } catch {
        return next(notJson());
      }
      if (body === null || typeof body !== 'object') return next(notJson());
    }
    if (hashBody) bodyHashes.set(req, bodyHashOf(bytes));
    req.body = body;
    next(nulRefusal(body));
  };
}

/**
 * The body steps of a GraphQL endpoint, after the method and media type are known to be right: UTF-8 only, the
 * bytes read by `express.raw` (size limit of `limitBytes` after decompression, Content-Length, Content-Encoding),
 * decoded once (invalid UTF-8 refused in the same pass) and parsed once, no NUL in any string. Plain
 * `(req, res, next)` functions that need nothing of Express: the fast path of the gateway and the subgraphs
 * (graphql-fast-path.ts) runs these same steps with `runSteps`. `hashBody`: keep the hash of the raw bytes, which a subgraph's caller token is bound to.
 * (body-parser's JSON parser decoded the body twice: once to check UTF-8, once to parse.)
 */
export function graphqlBodySteps(limitBytes: number, options: { hashBody?: boolean } = {}): RequestHandler[] {
  // onlyPost (or the fast path's admission) has checked the media type: the reader need not look again.
  const raw = express.raw({ limit: limitBytes, type: () => true });
  return [utf8Only, raw, jsonBody(options.hashBody ?? false)];
}

/** What stands before a GraphQL endpoint in Express: POST with a JSON body (onlyPost), then `graphqlBodySteps`. */
export function graphqlBodyParser(limitBytes: number, options: { hashBody?: boolean } = {}): RequestHandler[] {
  return [onlyPost, ...graphqlBodySteps(limitBytes, options)];
}

/** Runs middleware steps one after the other outside Express; `done` gets the first error, or none once all passed. */
export function runSteps(steps: readonly RequestHandler[], req: IncomingMessage, res: ServerResponse, done: (error?: unknown) => void): void {
  let index = 0;
  const next = (error?: unknown): void => {
    if (error !== undefined && error !== null) return done(error);
    const step = steps[index++];
    if (!step) return done();
    try {
      void step(req as Request, res as Response, next);
    } catch (thrown) {
      done(thrown);
    }
  };
  next();
}

interface RouteLayer {
  route?: { methods: Record<string, boolean> };
  match(path: string): boolean;
}

/** Methods the app's own routes accept at `path` (Express keeps them on its router). */
function allowedMethods(app: Express, path: string): string[] {
  const stack = (app as unknown as { router?: { stack?: RouteLayer[] } }).router?.stack ?? [];
  const methods = new Set<string>();
  for (const layer of stack) {
    if (!layer.route || typeof layer.match !== 'function') continue;
    if (layer.match(path)) for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') methods.add(method.toUpperCase());
  }
  // Express answers HEAD with the GET route.
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/**
 * The one answer to an error outside GraphQL, for Express's error handler and the fast path alike:
 * logs what was refused and the request id, never the error object itself (body-parser errors carry the raw
 * body), then writes the JSON answer with node's own response methods (what Express's `res.json` wrote:
 * the refusal's headers, `Content-Type: application/json; charset=utf-8`, `Content-Length`).
 */
export function answerHttpError(error: unknown, req: IncomingMessage, res: ServerResponse, logger: Logger): void {
  const answer = httpErrorAnswer(error);
  const requestId = requestIdFrom(headerOf(req, 'x-request-id'), randomUUID);
  const reason = typeOf(error) ?? (error instanceof HttpRequestError || error instanceof GraphQLError ? answer.code : (error as Error)?.name);
  if (answer.status >= 500) {
    // The log's error whitelist keeps kind, codes and frames; body-parser's `body` and the message's excerpt stay out.
    logger.error({ requestId, status: answer.status, reason, err: error }, 'request failed outside GraphQL');
  } else {
    logger.info({ requestId, status: answer.status, code: answer.code, reason }, 'request refused');
  }
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  if (error instanceof HttpRequestError && error.allow) res.setHeader('Allow', error.allow);
  for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
  const body = JSON.stringify(errorBody(answer.code, answer.message));
  res.statusCode = answer.status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/**
 * The last two handlers of an app: unknown routes (404) and methods (405),
 * then every error as JSON. Logs what was refused and the request id, never
 * the error object itself: body-parser errors carry the raw body.
 */
export function httpErrorHandlers(app: Express, logger: Logger): [RequestHandler, ErrorRequestHandler] {
  const fallback: RequestHandler = (req, _res, next) => {
    const allow = allowedMethods(app, req.path);
    next(
      allow.length
        ? new HttpRequestError(405, 'METHOD_NOT_ALLOWED', `this path accepts ${allow.join(', ')}`, allow.join(', '))
        : new HttpRequestError(404, 'NOT_FOUND', 'no such path; GraphQL is served at /graphql'),
    );
  };
  const handler: ErrorRequestHandler = (error, req, res, _next) => answerHttpError(error, req, res, logger);
  return [fallback, handler];
}
