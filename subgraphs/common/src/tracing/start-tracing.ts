import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/*
 * The OpenTelemetry SDK, loaded only through `traceIfConfigured` (index.ts). No client data in a
 * span (docs/operations.md, "Tracing"): no GraphQL variable values and literals masked (graphql
 * instrumentation without `allowValues`), no SQL parameters and no literals in `db.statement` (pg
 * instrumentation without enhanced reporting, statement scrubbed), no request or response bodies
 * and no headers (http instrumentation records none unless asked), no query string in a URL, no
 * GraphQL document or error message from @apollo/gateway (gateway-server.ts: its `telemetry`).
 */

/** Paths probed every few seconds: a span each would drown the traces that matter. */
const PROBES = new Set(['/health', '/ready']);

/** A URL's path without its query string: a GET may carry variables in it. */
const pathOf = (url: string | undefined) => (url ?? '').split('?')[0];

/** SQL with every string and number literal replaced by `?`: parameters are never recorded, but MikroORM inlines some values. */
function scrubSql(sql: string): string {
  return sql
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\$(\w*)\$[\s\S]*?\$\1\$/g, '?')
    .replace(/\b\d+(?:\.\d+)?\b/g, '?');
}

/**
 * Starts the tracer provider, exporting over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT, and the instrumentations.
 * @public required only by index.ts, at run time (knip does not follow that require)
 */
export function startTracing(serviceName: string): NodeTracerProvider {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // W3C trace context and baggage, and the AsyncLocalStorage context manager.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => PROBES.has(pathOf(request.url)),
        startIncomingSpanHook: (request) => ({ 'http.target': pathOf(request.url), 'url.path': pathOf(request.url) }),
        requestHook: (span, request) => {
          if ('url' in request && typeof request.url === 'string') span.setAttribute('http.url', pathOf(request.url));
        },
      }),
      new ExpressInstrumentation(),
      new GraphQLInstrumentation({ allowValues: false, mergeItems: true, ignoreResolveSpans: true }),
      new PgInstrumentation({
        enhancedDatabaseReporting: false,
        // MikroORM writes some values into the SQL itself (a search's name and date of birth): both names the statement goes by, scrubbed.
        requestHook: (span, { query }) => span.setAttributes({ 'db.statement': scrubSql(query.text), 'db.query.text': scrubSql(query.text) }),
      }),
    ],
  });
  return provider;
}
