import { hubError } from '../errors';
import { isMutation, isUnreachable, postInternal } from './internal-http';

/**
 * A peer call must give up before the gateway's deadline for the whole fetch
 * (SUBGRAPH_TIMEOUT_MS, 10 s by default), so the caller gets this subgraph's
 * clear error rather than the gateway's timeout.
 */
export const PEER_TIMEOUT_MS = 5_000;

/**
 * A subgraph asking another subgraph (e.g. handoffs asking clients about
 * consent). `headers` gets the exact body of each attempt, to bind a fresh
 * token to it (request-context.ts). A peer that is down or too slow is named
 * in the error (never its URL).
 */
export async function callPeer<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: (body: string) => Record<string, string>,
  service = 'peer',
): Promise<T> {
  let response: Awaited<ReturnType<typeof postInternal>>;
  let answer: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    const body = JSON.stringify({ query, variables });
    response = await postInternal(url, {
      headers: () => ({ 'content-type': 'application/json', ...headers(body) }),
      body,
      signal: AbortSignal.timeout(PEER_TIMEOUT_MS),
      idempotent: !isMutation(query),
    });
    answer = (await response.json()) as typeof answer;
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw hubError('TIMEOUT', `the ${service} service did not answer within ${PEER_TIMEOUT_MS / 1000} s`, { service });
    }
    if (isUnreachable(error)) throw hubError('SUBGRAPH_UNAVAILABLE', `the ${service} service is unavailable`, { service });
    throw new Error(`peer subgraph ${service} did not answer: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (answer.errors?.length) {
    const [first] = answer.errors;
    if (first.extensions?.code === 'FORBIDDEN' || first.extensions?.code === 'UNAUTHENTICATED') {
      throw hubError(first.extensions.code, first.message);
    }
    throw new Error(`peer subgraph ${service} answered with errors: ${answer.errors.map((e) => e.message).join('; ')}`);
  }
  return answer.data as T;
}
