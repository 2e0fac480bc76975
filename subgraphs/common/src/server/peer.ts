import { hubError } from '../errors';

/**
 * A subgraph asking another subgraph (e.g. handoffs asking clients about
 * consent). It forwards the caller exactly as the gateway sent it.
 */
export async function callPeer<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(5000),
    });
  } catch (error) {
    throw new Error(`peer subgraph at ${url} did not answer: ${error instanceof Error ? error.message : error}`);
  }
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) {
    const [first] = body.errors;
    if (first.extensions?.code === 'FORBIDDEN' || first.extensions?.code === 'UNAUTHENTICATED') {
      throw hubError(first.extensions.code, first.message);
    }
    throw new Error(`peer subgraph at ${url} answered with errors: ${body.errors.map((e) => e.message).join('; ')}`);
  }
  return body.data as T;
}
