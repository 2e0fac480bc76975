import { Client } from 'pg';
import { auditKeyOf, loadConfig, numberedPlaceholders, readCheckpointFile, readPurgeFile, verifyAccessLog } from '@hub/common';
import { commandDatabase } from './command-database';

/**
 * `npm run audit:verify`: recomputes every access log entry's MAC with
 * AUDIT_LOG_KEY (in development, the generated key), checks the entries
 * against every checkpoint in AUDIT_CHECKPOINT_FILE and the table's
 * checkpoints against the file, and reports the first break. Uses
 * DATABASE_URL, else the embedded database of `npm start` (running or not).
 * Exits 1 when the log is broken.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const key = auditKeyOf(config);
  const checkpoints = readCheckpointFile(config.audit.checkpointFile);
  const purges = readPurgeFile(config.audit.checkpointFile);
  const database = await commandDatabase(config, 'audit');
  const client = new Client({ connectionString: database.url });
  await client.connect();
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
    await database.stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(`audit:verify failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  });
