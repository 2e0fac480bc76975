import { READINESS_TIMEOUT_MS, type SubgraphName } from '@hub/common/light';

export type SubgraphReadiness = 'ready' | 'not ready';

export interface ReadinessReport {
  status: 'ready' | 'not ready';
  /** By name only: where the subgraphs answer is nobody's business. */
  subgraphs: Record<string, SubgraphReadiness>;
}

/** A subgraph's health and readiness endpoints live beside its /graphql endpoint. */
export function siblingUrl(graphqlUrl: string, endpoint: 'health' | 'ready'): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '') + `/${endpoint}`;
  return url.toString();
}

async function isReady(graphqlUrl: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(siblingUrl(graphqlUrl, 'ready'), { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/** The gateway is ready when every subgraph says it is (database reachable, migrations applied). */
export async function checkReadiness(urls: Record<SubgraphName, string>, timeoutMs = READINESS_TIMEOUT_MS): Promise<ReadinessReport> {
  const entries = await Promise.all(Object.entries(urls).map(async ([name, url]) => [name, (await isReady(url, timeoutMs)) ? 'ready' : 'not ready'] as const));
  return {
    status: entries.every(([, s]) => s === 'ready') ? 'ready' : 'not ready',
    subgraphs: Object.fromEntries(entries),
  };
}

/**
 * `check`, answered from one shared result for `ttlMs`: /ready sits outside
 * /graphql and its rate limits, and each uncached probe costs four subgraph
 * requests and four database queries, so a flood of probes costs at most one
 * round of them per `ttlMs`.
 */
export function sharedFor<T>(ttlMs: number, check: () => Promise<T>, now = () => Date.now()): () => Promise<T> {
  let last: { at: number; result: Promise<T> } | undefined;
  return () => {
    if (!last || now() - last.at >= ttlMs) last = { at: now(), result: check() };
    return last.result;
  };
}
