import { createLogger, loadConfig, stopOnSignals, type HubConfig } from '@hub/common';
import { startStack } from './stack';

function banner(config: HubConfig, gatewayUrl: string | undefined, embedded: boolean | undefined): string {
  const database =
    embedded === undefined ? [] : [`  Database:         ${embedded ? `embedded PostgreSQL, data in ${config.embeddedPostgres.dataDir}` : 'DATABASE_URL'}`];
  const gateway = gatewayUrl
    ? [`  GraphQL gateway:  ${gatewayUrl}`, `  Health:           ${gatewayUrl.replace(/\/graphql$/, '/health')}`]
    : ['  (no gateway in this process)'];
  return [
    '',
    '  Kadera chain-partner hub is running',
    ...gateway,
    ...database,
    '',
    '  !!! DEVELOPMENT MODE: the gateway serves WITHOUT AUTHENTICATION. !!!',
    '  !!! Anyone who can reach this port can read every client record. !!!',
    '  !!! Never expose it beyond this machine; HUB_MODE=production     !!!',
    '  !!! refuses to start until authentication is configured.         !!!',
    '',
    `  Try:  curl -s localhost:${config.gatewayPort}/graphql -H 'content-type: application/json' \\`,
    `          -d '{"query":"{ shelterCapacity { type capacity occupied available } }"}'`,
    '  Stop: Ctrl-C',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'hub');
  if (config.mode === 'production') {
    // Fail closed: without authentication the hub would serve every record to anyone.
    throw new Error('HUB_MODE=production needs authentication, which is not configured; refusing to start');
  }
  const stack = await startStack(config, logger);
  stopOnSignals(logger, stack.stop);
  process.stdout.write(banner(config, stack.gatewayUrl, stack.database?.embedded));
}

main().catch((error) => {
  console.error(`hub failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
