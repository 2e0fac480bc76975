import type { Logger } from '../logger';
import { retentionCutoff, type RetentionPeriod } from '../retention/retention-rules';
import { verifyAccessLog } from './access-log-verify';
import type { Execute } from './access-log-store';
import { readCheckpointFile, type Checkpoint } from './checkpoint';
import { appendPurge, readPurgeFile, signPurge, tablePurges, type Purge } from './purge-record';

async function record(execute: Execute, purge: Purge): Promise<number> {
  const [row] = (await execute(`select "audit"."purge_entries"(?, ?, ?, ?)::text as removed`, [
    purge.number,
    purge.throughCheckpoint,
    purge.sealedThrough,
    JSON.stringify(purge),
  ])) as Array<{ removed: string }>;
  return Number(row.removed);
}

export interface PurgeOutcome {
  /** The purge made, if anything had expired. */
  purge?: Purge;
  removed: number;
  /** Why nothing was purged although something may have expired (the log does not verify). */
  refused?: string;
}

/**
 * Removes the access log entries whose retention has passed, as whole checkpoint ranges: the longest run of
 * checkpoints after the last purge whose entries were all written before now less `period`. Only from a log that
 * verifies (a purge must not destroy the evidence of a break). The signed record goes to the file first, then the
 * database function removes the entries and keeps the record in `audit.purge`, in one transaction; a record that
 * reached the file but not the table is applied again on the next run.
 */
export async function purgeExpiredAccessLog(
  execute: Execute,
  options: { key: Buffer; file: string; period: RetentionPeriod; logger: Logger; now?: Date },
): Promise<PurgeOutcome> {
  const { key, file, logger } = options;
  const filePurges = readPurgeFile(file);
  const done = await tablePurges(execute);
  const pending = filePurges.find((purge) => !done.some((kept) => kept.number === purge.number));
  if (pending) {
    const removed = await record(execute, pending);
    logger.info({ purge: pending.number, removed }, 'access log purge completed');
    return { purge: pending, removed };
  }
  const checkpoints = readCheckpointFile(file);
  const report = await verifyAccessLog(execute, key, checkpoints, filePurges);
  if (!report.intact) {
    logger.error({ checkpoint: report.brokenCheckpoint }, 'access log does not verify: nothing purged; run npm run audit:verify');
    return { removed: 0, refused: 'the access log does not verify' };
  }
  const last = filePurges.at(-1);
  const cutoff = retentionCutoff(options.period, options.now);
  let through: Checkpoint | undefined;
  let entries = 0;
  let from = last?.sealedThrough ?? 0;
  for (const checkpoint of checkpoints.slice(last?.throughCheckpoint ?? 0)) {
    const [row] = (await execute(`select max(occurred_at) as newest from "audit"."access_log" where seq > ? and seq <= ?`, [
      from,
      checkpoint.sealedThrough,
    ])) as Array<{ newest: Date | string | null }>;
    if (row.newest !== null && new Date(row.newest).getTime() >= cutoff.getTime()) break;
    through = checkpoint;
    entries += checkpoint.count;
    from = checkpoint.sealedThrough;
  }
  if (!through) return { removed: 0 };
  const purge = signPurge(key, {
    number: (last?.number ?? 0) + 1,
    throughCheckpoint: through.number,
    sealedThrough: through.sealedThrough,
    checkpointHash: through.hash,
    entries,
    olderThan: cutoff.toISOString(),
    purgedAt: new Date().toISOString(),
  });
  appendPurge(file, purge);
  const removed = await record(execute, purge);
  logger.info({ purge: purge.number, throughCheckpoint: through.number, removed }, 'access log entries past their retention removed');
  return { purge, removed };
}
