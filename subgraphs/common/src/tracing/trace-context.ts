import { context, propagation, ROOT_CONTEXT, type TextMapGetter } from '@opentelemetry/api';

/*
 * W3C trace context between the gateway and a subgraph (docs/operations.md, "Tracing"). Only
 * `@opentelemetry/api` (which @apollo/gateway loads anyway): with no tracer registered its propagator
 * is a no-op, so with tracing off these cost a function call and add no header.
 */

/** Adds `traceparent` (and `tracestate`) of the active span to headers the gateway sends a subgraph. */
export function injectTraceContext(headers: Record<string, string>): void {
  propagation.inject(context.active(), headers);
}

const headerGetter: TextMapGetter<(name: string) => string | undefined> = {
  get: (header, key) => header(key),
  keys: () => ['traceparent', 'tracestate'],
};

/**
 * Runs a request the gateway handed over in this process (in-process.ts) in the trace its headers
 * name, as the HTTP instrumentation does for a request that came over a socket.
 */
export function inTraceOf<T>(header: (name: string) => string | undefined, work: () => T): T {
  return context.with(propagation.extract(ROOT_CONTEXT, header, headerGetter), work);
}
