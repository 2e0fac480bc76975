import { auditKeyId } from './access-log-key';
import { entryMac } from './access-entry-mac';
import { readEntries, type Execute } from './access-log-store';
import { ChainHash, checkpointLine, DIGEST_LENGTH, FIRST_PREVIOUS_HASH, fromRanges, signatureValid, type Checkpoint } from './checkpoint';
import { purgeSignatureValid, tablePurges, type Purge } from './purge-record';

export interface AccessLogReport {
  intact: boolean;
  entriesChecked: number;
  /** The first entry found altered, missing, added or renumbered; null when the break is in the checkpoints themselves. */
  firstBrokenSeq: number | null;
  /** The checkpoint whose seal is broken, or that is itself missing, altered or unsigned. */
  brokenCheckpoint: number | null;
  reason: string | null;
  checkpoints: number;
  /** Entries after the last checkpoint: their MACs are checked, but a removal among them cannot be seen yet. */
  notYetSealed: number;
  /** Entries up to this number were removed by signed purges once their retention had passed (0: none). */
  purgedThrough: number;
}

const BATCH = 5000;

/** The checkpoints of `audit.checkpoint`, in order, as they are stored. */
export async function tableCheckpoints(execute: Execute): Promise<Checkpoint[]> {
  const rows = (await execute(`select number, body from "audit"."checkpoint" order by number`, [])) as Array<{ number: string; body: string }>;
  return rows.map((row) => {
    try {
      return JSON.parse(row.body) as Checkpoint;
    } catch {
      // Unreadable: checked (and refused) as a checkpoint with no valid signature.
      return { number: Number(row.number) } as Checkpoint;
    }
  });
}

class Break extends Error {
  constructor(
    readonly seq: number | null,
    readonly checkpoint: number | null,
    reason: string,
  ) {
    super(reason);
  }
}

/** Numbered 1, 2, 3..., each signed with this key and linked to the one before. */
function checkSeries(key: Buffer, checkpoints: Checkpoint[], where: string): void {
  let previous: Checkpoint | undefined;
  const keyId = auditKeyId(key);
  for (const [index, checkpoint] of checkpoints.entries()) {
    const number = index + 1;
    const fail = (reason: string) => {
      throw new Break(null, number, `checkpoint ${number} in ${where}: ${reason}`);
    };
    if (checkpoint.number !== number) fail(`numbered ${checkpoint.number}: a checkpoint before it is missing`);
    if (checkpoint.keyId !== keyId) fail(`sealed with another key (${checkpoint.keyId}) than the one given (${keyId})`);
    if (!signatureValid(key, checkpoint)) fail('its signature does not match its content');
    if (checkpoint.previousHash !== (previous?.hash ?? FIRST_PREVIOUS_HASH)) fail('it does not follow the checkpoint before it');
    if (previous && checkpoint.sealedThrough <= previous.sealedThrough) fail('it seals nothing after the checkpoint before it');
    previous = checkpoint;
  }
}

/** Purges numbered 1, 2, 3..., each signed with this key, each ending at a checkpoint (by number, end and hash) after the one before. */
function checkPurges(key: Buffer, purges: Purge[], checkpoints: Checkpoint[], where: string): void {
  const keyId = auditKeyId(key);
  let previous: Purge | undefined;
  for (const [index, purge] of purges.entries()) {
    const number = index + 1;
    const fail = (reason: string) => {
      throw new Break(null, purge.throughCheckpoint ?? null, `purge ${number} in ${where}: ${reason}`);
    };
    if (purge.number !== number) fail(`numbered ${purge.number}: a purge before it is missing`);
    if (purge.keyId !== keyId || !purgeSignatureValid(key, purge)) fail('its signature does not match its content');
    const checkpoint = checkpoints[purge.throughCheckpoint - 1];
    if (!checkpoint || checkpoint.sealedThrough !== purge.sealedThrough || checkpoint.hash !== purge.checkpointHash)
      fail(`it does not end at checkpoint ${purge.throughCheckpoint}`);
    if (previous && purge.throughCheckpoint <= previous.throughCheckpoint) fail('it purges nothing after the purge before it');
    previous = purge;
  }
}

/**
 * Checks the log against its checkpoints: every entry's MAC recomputed with
 * the key (an edited entry fails, whatever the database recomputed), and the
 * entries of every sealed range exactly those the checkpoint sealed, in order
 * (a removed, added, renumbered or cut entry fails, named with its checkpoint).
 * `fileCheckpoints`, the copy outside the database, is the reference when
 * given, and `audit.checkpoint` must match it; without it (the auditor's
 * query) the table's checkpoints are the reference, which a database
 * administrator can shorten along with the entries.
 */
export async function verifyAccessLog(execute: Execute, key: Buffer, fileCheckpoints?: Checkpoint[], filePurges?: Purge[]): Promise<AccessLogReport> {
  let checked = 0;
  let notYetSealed = 0;
  const table = await tableCheckpoints(execute);
  const reference = fileCheckpoints ?? table;
  const purgesInTable = await tablePurges(execute);
  const purges = fileCheckpoints ? (filePurges ?? []) : purgesInTable;
  // Entries up to the last purge's checkpoint are gone by right: checking starts with the checkpoint after it.
  const purgedCheckpoints = purges.at(-1)?.throughCheckpoint ?? 0;
  const purgedThrough = purges.at(-1)?.sealedThrough ?? 0;
  try {
    if (fileCheckpoints) checkSeries(key, fileCheckpoints, 'the checkpoint file');
    checkSeries(key, table, 'audit.checkpoint');
    if (fileCheckpoints) checkPurges(key, purges, fileCheckpoints, 'the checkpoint file');
    checkPurges(key, purgesInTable, table, 'audit.purge');

    const legacyThrough = reference[0]?.legacyThrough ?? 0;
    let k = purgedCheckpoints;
    let expected: number[] = [];
    let position = 0;
    let chain: ChainHash | undefined;
    const open = () => {
      const checkpoint = reference[k];
      expected = checkpoint ? fromRanges(checkpoint.entries) : [];
      position = 0;
      chain = checkpoint ? new ChainHash(key, checkpoint.previousHash) : undefined;
    };
    /** Everything the checkpoint sealed was found, and hashes as it did. */
    const close = () => {
      const checkpoint = reference[k];
      if (position < expected.length) {
        const missing = expected.slice(position);
        throw new Break(
          missing[0],
          checkpoint.number,
          `${missing.length === 1 ? `entry ${missing[0]}` : `entries ${missing[0]} to ${missing[missing.length - 1]} (${missing.length} entries)`} sealed by checkpoint ${checkpoint.number} ${missing.length === 1 ? 'is' : 'are'} missing`,
        );
      }
      if (chain!.digest() !== checkpoint.hash)
        throw new Break(checkpoint.firstSeq, checkpoint.number, `the entries do not hash to checkpoint ${checkpoint.number}`);
    };
    open();
    let sawMac = false;
    for (let cursor = 0; ;) {
      const batch = await readEntries(execute, cursor, Number.MAX_SAFE_INTEGER, BATCH);
      for (const entry of batch) {
        if (entry.seq <= purgedThrough) {
          throw new Break(entry.seq, purges.at(-1)!.throughCheckpoint, `entry ${entry.seq} was removed by purge ${purges.length} but is in the log again`);
        }
        while (k < reference.length && entry.seq > reference[k].sealedThrough) {
          close();
          k += 1;
          open();
        }
        const checkpoint = reference[k];
        const mac = entryMac(key, entry.content);
        if (entry.mac === null) {
          // Written before entries had MACs: only the prefix the first checkpoint sealed as such, or one not sealed yet.
          const legacy = checkpoint ? k === 0 && entry.seq <= legacyThrough : !reference.length && !sawMac;
          if (!legacy) throw new Break(entry.seq, checkpoint?.number ?? null, `entry ${entry.seq} has no MAC`);
        } else {
          sawMac = true;
          if (entry.mac !== mac) throw new Break(entry.seq, checkpoint?.number ?? null, `entry ${entry.seq} does not match its MAC: its content was changed`);
        }
        if (checkpoint) {
          const want = expected[position];
          if (want === undefined || entry.seq < want) {
            throw new Break(entry.seq, checkpoint.number, `entry ${entry.seq} is not one checkpoint ${checkpoint.number} sealed: added, or renumbered`);
          }
          if (entry.seq > want) {
            const missing = expected.slice(position).filter((seq) => seq < entry.seq);
            throw new Break(
              want,
              checkpoint.number,
              `${missing.length === 1 ? `entry ${want} is` : `entries ${want} to ${missing[missing.length - 1]} (${missing.length} entries) are`} missing from what checkpoint ${checkpoint.number} sealed`,
            );
          }
          if (checkpoint.digests.slice(position * DIGEST_LENGTH, (position + 1) * DIGEST_LENGTH) !== mac.slice(0, DIGEST_LENGTH)) {
            throw new Break(
              entry.seq,
              checkpoint.number,
              `entry ${entry.seq} is not the entry checkpoint ${checkpoint.number} sealed: replaced, or renumbered`,
            );
          }
          chain!.add(entry.seq, mac);
          position += 1;
        } else {
          notYetSealed += 1;
        }
        checked += 1;
      }
      if (batch.length < BATCH) break;
      cursor = batch[batch.length - 1].seq;
    }
    // Checkpoints with nothing after them: what they sealed must all be there (a cut tail is not).
    while (k < reference.length) {
      close();
      k += 1;
      open();
    }

    // A copy of a valid entry under a new number matches its MAC: it is the same event twice.
    const [copy] = (await execute(
      `select min(seq)::text as original, max(seq)::text as copy from "audit"."access_log" group by event_id having count(*) > 1 order by 2 limit 1`,
      [],
    )) as Array<{ original: string; copy: string }>;
    if (copy) {
      const seq = Number(copy.copy);
      const sealedBy = reference.find((checkpoint) => seq <= checkpoint.sealedThrough);
      throw new Break(seq, sealedBy?.number ?? null, `entry ${seq} repeats entry ${copy.original} (the same event)`);
    }

    if (fileCheckpoints) {
      for (let i = 0; i < Math.max(fileCheckpoints.length, table.length); i++) {
        const number = i + 1;
        if (!table[i]) throw new Break(null, number, `checkpoint ${number} is in the checkpoint file but not in audit.checkpoint`);
        if (!fileCheckpoints[i]) throw new Break(null, number, `checkpoint ${number} is in audit.checkpoint but not in the checkpoint file`);
        if (checkpointLine(table[i]) !== checkpointLine(fileCheckpoints[i]))
          throw new Break(null, number, `checkpoint ${number} differs between the file and audit.checkpoint`);
      }
    }
    return {
      intact: true,
      entriesChecked: checked,
      firstBrokenSeq: null,
      brokenCheckpoint: null,
      reason: null,
      checkpoints: reference.length,
      notYetSealed,
      purgedThrough,
    };
  } catch (error) {
    if (!(error instanceof Break)) throw error;
    return {
      intact: false,
      entriesChecked: checked,
      firstBrokenSeq: error.seq,
      brokenCheckpoint: error.checkpoint,
      reason: error.message,
      checkpoints: reference.length,
      notYetSealed,
      purgedThrough,
    };
  }
}
