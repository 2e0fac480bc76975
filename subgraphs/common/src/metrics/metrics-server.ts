import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HubConfig } from '../config';
import type { Logger } from '../logger';
import { errorBody } from '../server/http-errors';
import { HubMetrics } from './hub-metrics';

export interface MetricsListener {
  url: string;
  port: number;
  close(): Promise<void>;
}

function answer(res: http.ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  answer(res, status, JSON.stringify(body), { 'content-type': 'application/json; charset=utf-8', ...headers });

/**
 * `GET /metrics` in the Prometheus text format on a listener of its own, never on a service's public port;
 * every other path answers 404 and every other method 405, as JSON in the GraphQL shape like the services do.
 */
export async function serveMetrics(metrics: HubMetrics, port: number, host: string, logger: Logger): Promise<MetricsListener> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics') return json(res, 404, errorBody('NOT_FOUND', 'no such path; metrics are served at /metrics'));
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return json(res, 405, errorBody('METHOD_NOT_ALLOWED', 'this path accepts GET, HEAD'), { allow: 'GET, HEAD' });
    metrics.registry.metrics().then(
      (text) => answer(res, 200, req.method === 'HEAD' ? '' : text, { 'content-type': metrics.registry.contentType }),
      (error: unknown) => {
        logger.error({ errorClass: error instanceof Error ? error.name : typeof error }, 'metrics could not be collected');
        json(res, 500, errorBody('INTERNAL_SERVER_ERROR', 'metrics could not be collected'));
      },
    );
  });
  // A scraper keeps one connection; nothing else should linger.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => (server.off('error', reject), resolve()));
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}/metrics`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface ProcessMetrics {
  /** Unset when METRICS_PORT is: nothing is counted and nothing listens. */
  metrics?: HubMetrics;
  url?: string;
  stop(): Promise<void>;
}

/** The process's one registry, with Node's default metrics, served at METRICS_HOST:METRICS_PORT; nothing when METRICS_PORT is unset. */
export async function startMetrics(config: Pick<HubConfig, 'metrics'>, logger: Logger): Promise<ProcessMetrics> {
  if (!config.metrics) return { stop: async () => undefined };
  const metrics = new HubMetrics().collectDefaults();
  const listener = await serveMetrics(metrics, config.metrics.port, config.metrics.host, logger);
  logger.info({ url: listener.url }, 'metrics listening');
  return { metrics, url: listener.url, stop: () => listener.close() };
}
