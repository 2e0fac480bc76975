import { execFileSync } from 'node:child_process';

/**
 * The gateway loads only `@hub/common/light`, never the subgraphs' libraries (issue 13: its RSS).
 * Each module graph is loaded in a child process of its own, which names the packages it loaded.
 */
const SUBGRAPH_LIBRARIES = [
  '@mikro-orm/core',
  '@mikro-orm/knex',
  '@mikro-orm/migrations',
  '@mikro-orm/postgresql',
  'knex',
  'type-graphql',
  'class-validator',
  'graphql-shield',
  'graphql-middleware',
  'graphql-scalars',
  'reflect-metadata',
  '@apollo/subgraph',
  'dataloader',
];

/** The OpenTelemetry SDK: loaded only when OTEL_EXPORTER_OTLP_ENDPOINT is set (the API, which @apollo/gateway loads, is no cost). */
const TRACING_SDK = [
  '@opentelemetry/sdk-trace-node',
  '@opentelemetry/sdk-trace-base',
  '@opentelemetry/exporter-trace-otlp-http',
  '@opentelemetry/instrumentation',
  '@opentelemetry/instrumentation-http',
  '@opentelemetry/instrumentation-express',
  '@opentelemetry/instrumentation-graphql',
  '@opentelemetry/instrumentation-pg',
];

/** As the gateway's main.ts starts: tracing first, then the gateway. */
const GATEWAY_START = `require(${JSON.stringify(require.resolve('@hub/common/tracing'))}).traceIfConfigured('probe'); require(${JSON.stringify(require.resolve('./index'))});`;

function packagesLoadedBy(specifier: string, options: { otlpEndpoint?: string; code?: string } = {}): string[] {
  const script = `
    ${options.code ?? `require(${JSON.stringify(require.resolve(specifier))});`}
    const names = Object.keys(require.cache).flatMap((file) => {
      const parts = file.split('/node_modules/');
      if (parts.length < 2) return [];
      const segments = parts[parts.length - 1].split('/');
      return [segments[0].startsWith('@') ? segments[0] + '/' + segments[1] : segments[0]];
    });
    process.stdout.write(JSON.stringify([...new Set(names)]));`;
  const { OTEL_EXPORTER_OTLP_ENDPOINT: _set, ...env } = process.env;
  if (options.otlpEndpoint) env.OTEL_EXPORTER_OTLP_ENDPOINT = options.otlpEndpoint;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', env })) as string[];
}

describe('lean imports', () => {
  it('the light entry of @hub/common loads none of the subgraph libraries, nor pg', () => {
    const loaded = packagesLoadedBy('@hub/common/light');
    expect(loaded).toContain('graphql');
    expect(loaded.filter((name) => [...SUBGRAPH_LIBRARIES, 'pg'].includes(name))).toEqual([]);
  });

  it('the gateway loads none of them either', () => {
    const loaded = packagesLoadedBy('./index');
    expect(loaded).toContain('@apollo/gateway');
    expect(loaded.filter((name) => SUBGRAPH_LIBRARIES.includes(name))).toEqual([]);
  });

  it('while the full entry does load them (the probe sees them)', () => {
    const loaded = packagesLoadedBy('@hub/common');
    expect(SUBGRAPH_LIBRARIES.filter((name) => !loaded.includes(name))).toEqual([]);
  });

  it('the gateway loads no OpenTelemetry SDK while OTEL_EXPORTER_OTLP_ENDPOINT is unset', () => {
    const loaded = packagesLoadedBy('./index', { code: GATEWAY_START });
    expect(loaded).toContain('@apollo/gateway');
    expect(loaded.filter((name) => TRACING_SDK.includes(name))).toEqual([]);
  });

  it('and loads all of it once the variable is set (the probe sees it)', () => {
    // Nothing is exported: no span ends in the probe, so the endpoint is never called.
    const loaded = packagesLoadedBy('./index', { code: GATEWAY_START, otlpEndpoint: 'http://127.0.0.1:9' });
    expect(TRACING_SDK.filter((name) => !loaded.includes(name))).toEqual([]);
  });
});
