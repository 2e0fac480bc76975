import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { PUBLIC_ERROR_CODES } from '../errors';
import type { SubgraphName } from '../config';

/** The service a series belongs to: one process may run several (`npm start` runs them all). */
export type MetricsService = SubgraphName | 'gateway';

/** Why the gateway refused a request before any subgraph was asked (docs/architecture.md, "Metrics"). */
export const REFUSAL_REASONS = ['unauthenticated', 'forbidden', 'limits', 'rate_limited', 'trusted_documents_only'] as const;
export type RequestRefusalReason = (typeof REFUSAL_REASONS)[number];

/** A connection pool as its owner counts it. */
export interface PoolUse {
  used: number;
  idle: number;
  pending: number;
}

/** Webhook attempts fail for one of these reasons (webhook-delivery.ts); `none` is a success. */
export type WebhookErrorClass = 'http_status' | 'timeout' | 'network';

const PUBLIC = new Set<string>(PUBLIC_ERROR_CODES);

/** The label of an error code: a public code as is, anything else as the caller saw it (INTERNAL_SERVER_ERROR). */
export function outcomeLabel(code: unknown): string {
  return typeof code === 'string' && PUBLIC.has(code) ? code : 'INTERNAL_SERVER_ERROR';
}

/** A registered document's operation name, as far as a label may hold it; anything else is `other` (a caller may send any name). */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
export function operationLabel(name: string | null | undefined, trusted: boolean): string {
  if (!trusted) return 'other';
  if (!name) return 'anonymous';
  return OPERATION_NAME.test(name) ? name : 'other';
}

/** Seconds: requests, fetches and log writes take milliseconds to seconds. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

/**
 * Every metric of a hub process, on one registry (served by metrics-server.ts). Label values are
 * bounded: service and subgraph names, public error codes, fixed reasons, and operation names only
 * of registered documents. Nothing about a client, a caller or a request's text is ever a label.
 */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly refusalSources: Array<{ service: MetricsService; counts: () => Record<RequestRefusalReason, number> }> = [];
  private readonly pools = new Map<string, { service: MetricsService; pool: string; use: () => PoolUse }>();

  readonly requests = new Counter({
    name: 'hub_graphql_requests_total',
    help: 'GraphQL requests by service, operation (registered documents only, else "other"), operation type and outcome (ok or the error code).',
    labelNames: ['service', 'operation', 'type', 'outcome'],
    registers: [this.registry],
  });

  readonly requestDuration = new Histogram({
    name: 'hub_graphql_request_duration_seconds',
    help: 'GraphQL request latency from context creation to the answer, by service, operation, operation type and outcome.',
    labelNames: ['service', 'operation', 'type', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly subgraphFetchDuration = new Histogram({
    name: 'hub_gateway_subgraph_fetch_duration_seconds',
    help: "The gateway's fetches from each subgraph, by outcome (ok, errors: a GraphQL answer with errors, TIMEOUT, SUBGRAPH_UNAVAILABLE).",
    labelNames: ['subgraph', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly subgraphFetchErrors = new Counter({
    name: 'hub_gateway_subgraph_fetch_errors_total',
    help: 'Subgraph fetches the gateway got no GraphQL answer to, by subgraph and code (TIMEOUT, SUBGRAPH_UNAVAILABLE).',
    labelNames: ['subgraph', 'code'],
    registers: [this.registry],
  });

  readonly accessLogWriteDuration = new Histogram({
    name: 'hub_access_log_write_duration_seconds',
    help: 'Appends to the access log after an answer (subgraphs) or a denied attempt (gateway), by service.',
    labelNames: ['service'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly accessLogWriteFailures = new Counter({
    name: 'hub_access_log_write_failures_total',
    help: 'Access log appends that failed (a subgraph withholds the answer), by service.',
    labelNames: ['service'],
    registers: [this.registry],
  });

  readonly webhookDeliveries = new Counter({
    name: 'hub_webhook_deliveries_total',
    help: 'Webhook delivery attempts by outcome (succeeded, failed) and error class (none, http_status, timeout, network).',
    labelNames: ['outcome', 'error_class'],
    registers: [this.registry],
  });

  constructor() {
    const sources = this.refusalSources;
    // Read from the counters the gateway keeps anyway (token refusals, limit refusals, rate limiter, access refusals): counted once.
    new Counter({
      name: 'hub_refused_requests_total',
      help: 'Requests the gateway refused before asking a subgraph, by reason (unauthenticated, forbidden, limits, rate_limited, trusted_documents_only).',
      labelNames: ['service', 'reason'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const { service, counts } of sources) {
          const current = counts();
          for (const reason of REFUSAL_REASONS) this.inc({ service, reason }, current[reason]);
        }
      },
    });
    const pools = this.pools;
    new Gauge({
      name: 'hub_db_pool_connections',
      help: 'Database connections per pool by state: used, idle, and pending (requests waiting for a connection).',
      labelNames: ['service', 'pool', 'state'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const { service, pool, use } of pools.values()) {
          const current = use();
          for (const state of ['used', 'idle', 'pending'] as const) this.set({ service, pool, state }, current[state]);
        }
      },
    });
  }

  /** Node's default metrics (event-loop lag, memory, GC, handles) on this registry: once per process. */
  collectDefaults(): this {
    collectDefaultMetrics({ register: this.registry });
    return this;
  }

  /** The refusal counts of one gateway, read at each scrape. */
  countRefusals(service: MetricsService, counts: () => Record<RequestRefusalReason, number>): void {
    this.refusalSources.push({ service, counts });
  }

  /** A pool read at each scrape until the returned function forgets it (when the pool closes). */
  watchPool(service: MetricsService, pool: string, use: () => PoolUse): () => void {
    const key = `${service}/${pool}`;
    this.pools.set(key, { service, pool, use });
    return () => void this.pools.delete(key);
  }

  /** One webhook attempt: `errorClass` null when it succeeded. */
  webhookAttempt(errorClass: WebhookErrorClass | null): void {
    this.webhookDeliveries.inc({ outcome: errorClass ? 'failed' : 'succeeded', error_class: errorClass ?? 'none' });
  }

  /** Times an access log append; a failure is counted and rethrown. */
  async timeAccessLogWrite<T>(service: MetricsService, write: () => Promise<T>): Promise<T> {
    const end = this.accessLogWriteDuration.startTimer({ service });
    try {
      return await write();
    } catch (error) {
      this.accessLogWriteFailures.inc({ service });
      throw error;
    } finally {
      end();
    }
  }
}
