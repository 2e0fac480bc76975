// First, before anything it traces is loaded: tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set, nothing loaded otherwise.
import { traceIfConfigured } from '@hub/common/tracing';
traceIfConfigured('kadera-hub');

import { createLogger, loadConfig, ROLES, stopOnSignals, type HubConfig } from '@hub/common';
import { startStack } from './stack';

function banner(config: HubConfig, gatewayUrl: string | undefined, embedded: boolean | undefined): string {
  const database =
    embedded === undefined ? [] : [`  Database:         ${embedded ? `embedded PostgreSQL, data in ${config.embeddedPostgres.dataDir}` : 'DATABASE_URL'}`];
  const gateway = gatewayUrl
    ? [
        `  GraphQL gateway:  ${gatewayUrl}`,
        `  Ready:            ${gatewayUrl.replace(/\/graphql$/, '/ready')}`,
        `  Staff console:    ${gatewayUrl.replace(/\/graphql$/, '/console')}`,
      ]
    : ['  (no gateway in this process)'];
  const tokens =
    config.mode === 'development' && !config.auth.jwksUrl && !config.auth.publicKeyFile
      ? [
          '',
          '  Every request needs a bearer token. A development token for any role:',
          '    TOKEN=$(npm run --silent token -- staff)        # or any role:',
          `      ${ROLES.join(' ')}`,
          `    curl -s localhost:${config.gatewayPort}/graphql -H "authorization: Bearer $TOKEN" \\`,
          `      -H 'content-type: application/json' -d '{"query":"{ shelterCapacity { type capacity occupied available } }"}'`,
          '  Tokens are signed with a key generated on this machine (development mode only).',
        ]
      : [];
  return [
    '',
    '  Kadera chain-partner hub is running',
    ...gateway,
    ...database,
    ...tokens,
    '',
    '  Stop: Ctrl-C (waits for requests in flight; twice: at once)',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'hub');
  const stack = await startStack(config, logger);
  stopOnSignals(logger, stack.stop, config.shutdownGraceMs);
  process.stdout.write(banner(config, stack.gatewayUrl, stack.database?.embedded));
}

main().catch((error) => {
  console.error(`hub failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
