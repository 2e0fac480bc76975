import { auditKeyOf, createLogger, describePeriod, loadConfig, openRetentionParts, RETENTION_KINDS, runRetention } from '@hub/common';
import { SUBGRAPHS } from '@hub/schema';
import { commandDatabase } from './command-database';

/**
 * `npm run retention`: one run of the retention job (docs/security.md, "Retention and erasure"): every subgraph
 * removes what has expired under the RETENTION_* periods, each removal logged in the access log, then the access
 * log's expired checkpoint ranges are purged with a signed record. Prints counts only. Uses DATABASE_URL (else the
 * embedded database of `npm start`), AUDIT_LOG_KEY and AUDIT_CHECKPOINT_FILE, like `audit:verify`. Exits 1 when
 * the access log could not be purged because it does not verify.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const key = auditKeyOf(config);
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 'retention');
  const database = await commandDatabase(config, 'retention');
  const { parts, close } = await openRetentionParts(SUBGRAPHS, database.url, key, logger);
  try {
    const { periods } = config.retention;
    console.log(`retention periods: ${RETENTION_KINDS.map((kind) => `${kind} ${describePeriod(periods[kind])}`).join(', ')}`);
    const run = await runRetention({ databaseUrl: database.url, parts, periods, accessLog: { key, file: config.audit.checkpointFile }, logger });
    if (!run.ran) {
      console.log('another retention run is under way: nothing done');
      return 0;
    }
    for (const [service, removed] of Object.entries(run.removed)) {
      const counts = Object.entries(removed ?? {}).filter(([, n]) => n > 0);
      console.log(`${service}: ${counts.length ? counts.map(([type, n]) => `${n} ${type}`).join(', ') : 'nothing expired'}`);
    }
    console.log(
      `access log: ${run.accessLogRefused ? `not purged: ${run.accessLogRefused} (npm run audit:verify)` : `${run.accessLogEntriesRemoved} entries purged`}`,
    );
    return run.accessLogRefused ? 1 : 0;
  } finally {
    await close();
    await database.stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(`retention failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  });
