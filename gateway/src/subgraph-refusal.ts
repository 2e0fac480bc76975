import { PUBLIC_ERROR_CODES } from '@hub/common';
import { GraphQLError } from 'graphql';

const PUBLIC = new Set<string>(PUBLIC_ERROR_CODES);

interface SubgraphErrorBody {
  errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }>;
}

/**
 * A subgraph that refuses a request with HTTP 4xx (a custom scalar such as
 * LocalDate the gateway cannot check, a subgraph's own limit) answers with a
 * public code; @apollo/gateway would turn it into "400: Bad Request" without
 * one, which callers then see masked as INTERNAL_SERVER_ERROR. This keeps the
 * subgraph's refusal: its message was already made public by its formatError.
 */
export function subgraphRefusal(error: GraphQLError): GraphQLError {
  const response = error.extensions?.response as { status?: number; body?: SubgraphErrorBody } | undefined;
  if (!response || typeof response.status !== 'number' || response.status < 400 || response.status >= 500) return error;
  const first = response.body?.errors?.[0];
  const code = first?.extensions?.code;
  if (typeof code !== 'string' || !PUBLIC.has(code) || typeof first?.message !== 'string') return error;
  return new GraphQLError(first.message, { extensions: { code } });
}
