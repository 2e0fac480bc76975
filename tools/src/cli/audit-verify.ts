import { Client } from 'pg';
import { auditKeyOf, createLogger, loadConfig, numberedPlaceholders, readCheckpointFile, readPurgeFile, verifyAccessLog, withDatabase } from '@hub/common';
import { embeddedPostgresUrl, HUB_DATABASE, startEmbeddedPostgres, type RunningPostgres } from '@hub/dev-postgres';

/**
 * `npm run audit:verify`: recomputes every access log entry's MAC with
 * AUDIT_LOG_KEY (in development, the generated key), checks the entries
 * against every checkpoint in AUDIT_CHECKPOINT_FILE and the table's
 * checkpoints against the file, and reports the first break. Uses
 * DATABASE_URL, else the embedded database of `npm start` (running or not).
 * Exits 1 when the log is broken.
 */
async function connect(): Promise<{ client: Client; server?: RunningPostgres }> {
  const config = loadConfig();
  if (config.databaseUrl) {
    const client = new Client({ connectionString: config.databaseUrl });
    await client.connect();
    return { client };
  }
  const url = withDatabase(embeddedPostgresUrl(config.embeddedPostgres.port), HUB_DATABASE);
  const running = new Client({ connectionString: url });
  try {
    await running.connect();
    return { client: running };
  } catch {
    const server = await startEmbeddedPostgres({ ...config.embeddedPostgres, persistent: true, logger: createLogger('warn', 'audit') });
    const client = new Client({ connectionString: withDatabase(server.url, HUB_DATABASE) });
    await client.connect();
    return { client, server };
  }
}

async function main(): Promise<number> {
  const config = loadConfig();
  const key = auditKeyOf(config);
  const checkpoints = readCheckpointFile(config.audit.checkpointFile);
  const purges = readPurgeFile(config.audit.checkpointFile);
  const { client, server } = await connect();
  try {
    const execute = async (sql: string, params: unknown[]) => (await client.query<Record<string, unknown>>(numberedPlaceholders(sql), params)).rows;
    const report = await verifyAccessLog(execute, key, checkpoints, purges);
    const unsealed = `not yet sealed: ${report.notYetSealed}${report.purgedThrough ? `; entries through ${report.purgedThrough} purged after their retention` : ''}`;
    if (report.intact) {
      console.log(`access log intact: ${report.entriesChecked} entries, every MAC and ${report.checkpoints} checkpoints checked; ${unsealed}`);
      return 0;
    }
    const where = [
      report.firstBrokenSeq === null ? undefined : `entry ${report.firstBrokenSeq}`,
      report.brokenCheckpoint === null ? undefined : `checkpoint ${report.brokenCheckpoint}`,
    ].filter(Boolean);
    console.log(`access log BROKEN at ${where.join(', ')}: ${report.reason} (${report.entriesChecked} entries before it are intact)`);
    return 1;
  } finally {
    await client.end();
    await server?.stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(`audit:verify failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  });
