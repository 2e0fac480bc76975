/*
 * `@hub/common/tracing`: loads the OpenTelemetry SDK only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 * Each entry point calls `traceIfConfigured` before it imports anything else, so that the
 * instrumentations see http, express, graphql and pg loaded. Without the variable nothing of the SDK
 * is loaded (gateway/src/lean-imports.unit.test.ts): tracing off costs nothing.
 */

let started = false;

/** Starts tracing for this process when OTEL_EXPORTER_OTLP_ENDPOINT is set; the first call names the service. */
export function traceIfConfigured(serviceName: string, env: NodeJS.ProcessEnv = process.env): void {
  if (started || !env.OTEL_EXPORTER_OTLP_ENDPOINT) return;
  started = true;
  // A require, not an import: the SDK must stay unloaded unless tracing is on.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTracing } = require('./start-tracing') as typeof import('./start-tracing');
  startTracing(env.OTEL_SERVICE_NAME || serviceName);
}

/** Whether this process traces (`traceIfConfigured` started the SDK): the gateway then serves every request through Express, whose spans the traces hold. */
export const tracingStarted = (): boolean => started;
