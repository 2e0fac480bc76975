import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { outcomeLabel, operationLabel, type HubMetrics, type MetricsService } from './hub-metrics';

/** When each request's context was begun: the latency includes token checks, rate limits and document lookup. */
const received = new WeakMap<object, number>();

const codeOf = (error: unknown) => (error as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;

function observe(metrics: HubMetrics, labels: { service: MetricsService; operation: string; type: string; outcome: string }, started: number): void {
  metrics.requests.inc(labels);
  metrics.requestDuration.observe(labels, (performance.now() - started) / 1000);
}

/**
 * Wraps a server's context function: a request refused while its context is made (a bad token, a rate limit, the
 * operation's shape) is counted here under its error code, as operation `other`; the others are counted by
 * requestMetricsPlugin. Without metrics the function is returned as it is.
 */
export function timedContext<A extends unknown[], C extends object>(
  metrics: HubMetrics | undefined,
  service: MetricsService,
  create: (...args: A) => Promise<C>,
): (...args: A) => Promise<C> {
  if (!metrics) return create;
  return async (...args) => {
    const started = performance.now();
    try {
      const context = await create(...args);
      received.set(context, started);
      return context;
    } catch (error) {
      observe(metrics, { service, operation: 'other', type: 'unknown', outcome: outcomeLabel(codeOf(error)) }, started);
      throw error;
    }
  };
}

/**
 * Counts and times every request that got a context, by operation and outcome (`ok`, or the code of its
 * first error as the caller saw it). Last of the plugins, so it sees the answer as sent. `trusted` says
 * whether the request ran a registered document: only then is its operation name a label.
 */
export function requestMetricsPlugin<C extends object>(
  metrics: HubMetrics,
  service: MetricsService,
  trusted: (context: C) => boolean = () => false,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const started = received.get(contextValue) ?? performance.now();
      return {
        async willSendResponse({ contextValue, response, operationName, operation }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          observe(
            metrics,
            {
              service,
              operation: operationLabel(operationName, trusted(contextValue)),
              type: operation?.operation ?? 'unknown',
              outcome: errors?.length ? outcomeLabel(codeOf(errors[0])) : 'ok',
            },
            started,
          );
        },
      };
    },
  };
}
