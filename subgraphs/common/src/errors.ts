import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { databaseFailure } from './database/database-errors';
import type { Logger } from './logger';

/**
 * Error codes a caller may see, with their message kept. Everything else is
 * masked as INTERNAL_SERVER_ERROR: no stack, no SQL, no internal message.
 */
export const PUBLIC_ERROR_CODES = [
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_TRANSITION',
  'CAPACITY_FULL',
  'INTAKE_CLOSED',
  'CONSENT_REQUIRED',
  'CONFLICT',
  // Erasure on request (docs/security.md, "Retention and erasure"): refused with its reasons, or recorded and not yet complete.
  'ERASURE_REFUSED',
  'ERASURE_INCOMPLETE',
  // Bounded work (docs/security.md, "Limits"): refused before any subgraph is asked.
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'METHOD_NOT_ALLOWED',
  'REQUEST_HEADER_FIELDS_TOO_LARGE',
  // Contained failures: a subgraph that is down or too slow, named instead of masked.
  'SUBGRAPH_UNAVAILABLE',
  'TIMEOUT',
  'SERVICE_UNAVAILABLE',
] as const;
export type PublicErrorCode = (typeof PUBLIC_ERROR_CODES)[number];

const PUBLIC = new Set<string>(PUBLIC_ERROR_CODES);

export function hubError(code: PublicErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extra, code } });
}

export const badInput = (message: string, extra?: Record<string, unknown>) => hubError('BAD_USER_INPUT', message, extra);
/** HTTP 401 with a GraphQL error and no data. */
export const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

export const notFound = (what: string) => hubError('NOT_FOUND', `${what} was not found`);

/** Apollo Server `formatError`: keeps public errors, masks and logs the rest. */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC.has(code)) {
      const { stacktrace: _s, exception: _e, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    // A timed-out statement or a lost connection is told as such, without the database's own message.
    const database = databaseFailure(error);
    if (database) {
      logger.warn({ code: database.code, path: formatted.path }, database.message);
      return { message: database.message, path: formatted.path, extensions: { code: database.code } };
    }
    logger.error({ err: error, path: formatted.path }, 'masked internal error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
