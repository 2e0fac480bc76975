import type { SubgraphName } from '@hub/common';

export interface HealthReport {
  status: 'ok' | 'degraded';
  subgraphs: Record<string, 'ok' | 'down'>;
}

/** The subgraph's health endpoint lives beside its /graphql endpoint. */
export function healthUrl(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '') + '/health';
  return url.toString();
}

async function isUp(graphqlUrl: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(healthUrl(graphqlUrl), { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Healthy only when every subgraph answers its own health check (which checks its database). */
export async function checkHealth(urls: Record<SubgraphName, string>, timeoutMs = 2000): Promise<HealthReport> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => [name, (await isUp(url, timeoutMs)) ? 'ok' : 'down'] as const),
  );
  const subgraphs = Object.fromEntries(entries);
  return { status: entries.every(([, s]) => s === 'ok') ? 'ok' : 'degraded', subgraphs };
}
