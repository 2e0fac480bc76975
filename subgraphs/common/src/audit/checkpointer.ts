import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { Logger } from '../logger';
import { entryMac } from './access-entry-mac';
import { numberedPlaceholders, readEntries, type Execute } from './access-log-store';
import {
  appendCheckpoint,
  ChainHash,
  checkpointLine,
  DIGEST_LENGTH,
  FIRST_PREVIOUS_HASH,
  readCheckpointFile,
  signCheckpoint,
  toRanges,
  type Checkpoint,
} from './checkpoint';

export interface CheckpointerOptions {
  databaseUrl: string;
  key: Buffer;
  /** The append-only file of checkpoints (AUDIT_CHECKPOINT_FILE); every service that may lead must reach the same file. */
  file: string;
  intervalMs: number;
  logger: Logger;
  statementTimeoutMs?: number;
}

export interface Checkpointer {
  /** Seals what has become final, when this service leads; returns the checkpoint written, if any. */
  seal(): Promise<Checkpoint | undefined>;
  /** Stops the timer, seals once more (shutdown) and lets the lead go. */
  stop(): Promise<void>;
}

/** Held for as long as one service leads the sealing (a session lock: it goes with the connection). */
const LEADER_LOCK = 75131;
const BATCH = 5000;
/** How long a round waits for the transactions that may still hold entry numbers to end. */
const ROUND_WAIT_MS = 1000;
const FINAL_WAIT_MS = 1500;

/**
 * Seals the access log at least every `intervalMs` and on stop. Every service
 * runs one; the one holding the advisory lock leads, the others stand by.
 *
 * Which entries can be sealed: an entry takes its number after its
 * transaction has an id (the insert trigger). So once every transaction older
 * than the snapshot taken just after reading the sequence's last number has
 * ended, every number up to that one is final: committed, or never to appear.
 * The sealer seals that prefix, in number order, so checkpoints cover
 * consecutive number ranges; an uncommitted entry holding a lower number holds the seal back, never lets it skip.
 */
export function startCheckpointer(options: CheckpointerOptions): Checkpointer {
  const { key, file, logger } = options;
  let client: Client | undefined;
  let leader = false;
  let last: Checkpoint | undefined;
  let stopped = false;
  /** Last numbers read from the sequence, with the next transaction id at the time: final once the oldest running transaction is past it. */
  const observations: Array<{ through: number; xmax: bigint }> = [];
  let queue: Promise<unknown> = Promise.resolve();

  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await client!.query(numberedPlaceholders(sql), params)).rows as T[];
  const execute: Execute = (sql, params) => query(sql, params);

  async function connect(): Promise<void> {
    if (client) return;
    const connecting = new Client({ connectionString: options.databaseUrl, statement_timeout: options.statementTimeoutMs });
    connecting.on('error', (error) => {
      logger.warn({ err: error }, 'access log sealing connection lost');
      if (client === connecting) {
        client = undefined;
        leader = false;
      }
    });
    await connecting.connect();
    client = connecting;
  }

  async function lead(): Promise<boolean> {
    if (leader) return true;
    const [{ ok }] = await query<{ ok: boolean }>('select pg_try_advisory_lock(?) as ok', [LEADER_LOCK]);
    if (!ok) return false;
    leader = true;
    observations.length = 0;
    // Another service may have sealed while this one stood by: the file says where the seal stands.
    last = readCheckpointFile(file).at(-1);
    return true;
  }

  async function observe(): Promise<void> {
    const [sequence] = await query<{ through: string }>(
      `select coalesce(pg_sequence_last_value('"audit"."access_log_seq"'), (select max(seq) from "audit"."access_log"), 0)::text as through`,
    );
    // A statement of its own: its snapshot is taken after the number was read.
    const [snapshot] = await query<{ xmax: string }>('select pg_snapshot_xmax(pg_current_snapshot())::text as xmax');
    observations.push({ through: Number(sequence.through), xmax: BigInt(snapshot.xmax) });
  }

  /** The highest number known final, waiting up to `waitMs` for the newest observation to become so. */
  async function finalThrough(waitMs: number): Promise<number | undefined> {
    const deadline = Date.now() + waitMs;
    let through: number | undefined;
    for (;;) {
      const [snapshot] = await query<{ xmin: string }>('select pg_snapshot_xmin(pg_current_snapshot())::text as xmin');
      const xmin = BigInt(snapshot.xmin);
      while (observations.length && observations[0].xmax <= xmin) through = observations.shift()!.through;
      if (!observations.length || Date.now() >= deadline) return through;
      await sleep(50);
    }
  }

  async function record(checkpoint: Checkpoint): Promise<void> {
    await query(`insert into "audit"."checkpoint" (number, sealed_through, sealed_at, body) values (?, ?, ?, ?) on conflict (number) do nothing`, [
      checkpoint.number,
      checkpoint.sealedThrough,
      checkpoint.sealedAt,
      checkpointLine(checkpoint),
    ]);
  }

  async function round(waitMs: number): Promise<Checkpoint | undefined> {
    await connect();
    if (!(await lead())) return undefined;
    // The file is written first: a checkpoint that did not reach the table then gets there now.
    if (last) await record(last);
    await observe();
    const through = await finalThrough(waitMs);
    const after = last?.sealedThrough ?? 0;
    if (through === undefined || through <= after) return undefined;

    const previousHash = last?.hash ?? FIRST_PREVIOUS_HASH;
    const chain = new ChainHash(key, previousHash);
    const seqs: number[] = [];
    let digests = '';
    // Only the first checkpoint may take entries without a MAC: those written before entries had one.
    let legacyThrough = last?.legacyThrough ?? 0;
    let legacyOpen = !last;
    for (let cursor = after; ;) {
      const batch = await readEntries(execute, cursor, through, BATCH);
      for (const entry of batch) {
        const mac = entryMac(key, entry.content);
        if (entry.mac === null && legacyOpen) legacyThrough = entry.seq;
        else {
          legacyOpen = false;
          if (entry.mac !== mac) logger.error({ seq: entry.seq }, 'access log entry without a valid MAC: sealed as found, audit:verify reports it');
        }
        chain.add(entry.seq, mac);
        seqs.push(entry.seq);
        digests += mac.slice(0, DIGEST_LENGTH);
      }
      if (batch.length < BATCH) break;
      cursor = batch[batch.length - 1].seq;
    }
    if (!seqs.length) return undefined;

    const checkpoint = signCheckpoint(key, {
      number: (last?.number ?? 0) + 1,
      sealedThrough: through,
      firstSeq: seqs[0],
      lastSeq: seqs[seqs.length - 1],
      count: seqs.length,
      entries: toRanges(seqs),
      digests,
      legacyThrough,
      previousHash,
      hash: chain.digest(),
      sealedAt: new Date().toISOString(),
    });
    appendCheckpoint(file, checkpoint);
    last = checkpoint;
    await record(checkpoint);
    logger.info({ checkpoint: checkpoint.number, entries: checkpoint.count, sealedThrough: through }, 'access log sealed');
    return checkpoint;
  }

  function enqueue(waitMs: number): Promise<Checkpoint | undefined> {
    const next = queue.then(() => round(waitMs));
    queue = next.catch(() => undefined);
    return next;
  }

  const background = () => {
    enqueue(ROUND_WAIT_MS).catch((error) => logger.error({ err: error }, 'access log sealing failed; retried next round'));
  };
  const timer = setInterval(background, options.intervalMs);
  timer.unref();
  background();

  return {
    seal: () => (stopped ? Promise.resolve(undefined) : enqueue(ROUND_WAIT_MS * 5)),
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      try {
        await enqueue(FINAL_WAIT_MS);
      } catch (error) {
        logger.error({ err: error }, 'final access log checkpoint failed');
      }
      const closing = client;
      client = undefined;
      leader = false;
      // Closing the session lets go of the lead.
      await closing?.end().catch(() => undefined);
    },
  };
}
