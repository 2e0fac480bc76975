import { ensureDatabase, withDatabase, type HubConfig, type Logger } from '@hub/common';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export const HUB_DATABASE = 'kadera_hub';

/** The configured server (`DATABASE_URL`), or an embedded one with data under `.data/`. */
export async function openDatabase(config: HubConfig, logger: Logger): Promise<Database> {
  if (config.databaseUrl) {
    await ensureDatabase(config.databaseUrl);
    return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: config.embeddedPostgres.dataDir,
    port: config.embeddedPostgres.port,
    persistent: true,
    logger,
  });
  const url = withDatabase(server.url, HUB_DATABASE);
  try {
    await ensureDatabase(url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  logger.info({ port: server.port, dataDir: config.embeddedPostgres.dataDir }, 'embedded PostgreSQL running');
  return { url, embedded: true, stop: () => server.stop() };
}
