import type { CombinedError } from '@urql/core';

/**
 * The errors a partner system must tell apart, from the hub's `extensions.code` (the hub's public codes are listed
 * in its guide; a refused field is FORBIDDEN, HTTP 403). Anything else is a HubError with the code kept.
 */
export class HubError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = new.target.name;
  }
}

/** The token was refused even after one refresh: credentials or clock are wrong; a person must look. */
export class UnauthenticatedError extends HubError {}

/** The hub refused a field or an operation for our role: a bug in this client. Never retried. */
export class ForbiddenError extends HubError {}

/** Someone else moved the handoff first (INVALID_TRANSITION or CONFLICT): re-read it and decide again. */
export class HandoffConflictError extends HubError {}

/** Still refused with HTTP 429 after the retries allowed; `retryAfterSeconds` says when to come back. */
export class RateLimitedError extends HubError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('RATE_LIMITED', message);
  }
}

/** The hub does not know our persisted documents: a deployment error (register persisted-documents.json). */
export class PersistedDocumentsError extends HubError {}

/** What one failed request said: the first error's code and message, and when the hub asks us to come back. */
export interface Refusal {
  code: string;
  message: string;
  retryAfterSeconds?: number;
}

/** Reads the hub's answer out of urql's CombinedError: the GraphQL error's `extensions.code`, else the HTTP status. */
export function refusalOf(error: CombinedError): Refusal {
  const first = error.graphQLErrors[0];
  const response = error.response as Response | undefined;
  const header = Number(response?.headers?.get('retry-after'));
  const extension = Number(first?.extensions?.retryAfterSeconds);
  const retryAfterSeconds = header > 0 ? header : extension > 0 ? extension : undefined;
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : statusCode(response?.status);
  return { code, message: first?.message ?? error.networkError?.message ?? error.message, retryAfterSeconds };
}

function statusCode(status: number | undefined): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 429) return 'RATE_LIMITED';
  return status ? `HTTP_${status}` : 'NETWORK_ERROR';
}

/** The typed error for a refusal that retrying will not cure. */
export function errorFor(refusal: Refusal): HubError {
  switch (refusal.code) {
    case 'UNAUTHENTICATED':
      return new UnauthenticatedError(refusal.code, refusal.message);
    case 'FORBIDDEN':
      return new ForbiddenError(refusal.code, refusal.message);
    case 'INVALID_TRANSITION':
    case 'CONFLICT':
      return new HandoffConflictError(refusal.code, refusal.message);
    case 'RATE_LIMITED':
      return new RateLimitedError(refusal.message, refusal.retryAfterSeconds ?? 1);
    case 'PERSISTED_QUERY_NOT_FOUND':
      return new PersistedDocumentsError(refusal.code, refusal.message);
    default:
      return new HubError(refusal.code, refusal.message);
  }
}
