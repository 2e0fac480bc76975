import { Client } from 'pg';
import { createLogger, withDatabase, type HubConfig } from '@hub/common';
import { embeddedPostgresUrl, HUB_DATABASE, startEmbeddedPostgres } from '@hub/dev-postgres';

/**
 * The hub's database for a command (`audit:verify`, `retention`): DATABASE_URL, else the embedded database of
 * `npm start`, running or not (then started for the command and stopped after it).
 */
export async function commandDatabase(config: HubConfig, name: string): Promise<{ url: string; stop(): Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  const url = withDatabase(embeddedPostgresUrl(config.embeddedPostgres.port), HUB_DATABASE);
  const probe = new Client({ connectionString: url });
  try {
    await probe.connect();
    await probe.end();
    return { url, stop: async () => undefined };
  } catch {
    await probe.end().catch(() => undefined);
    const server = await startEmbeddedPostgres({ ...config.embeddedPostgres, persistent: true, logger: createLogger('warn', name) });
    return { url: withDatabase(server.url, HUB_DATABASE), stop: () => server.stop() };
  }
}
