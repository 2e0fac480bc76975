import { createHmac, timingSafeEqual, type Hmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { auditKeyId } from './access-log-key';

/**
 * A seal over the access log: every entry numbered up to `sealedThrough` that
 * was not sealed before, in order. Written, signed with the access log key,
 * to an append-only file outside the database and to `audit.checkpoint`.
 */
export interface Checkpoint {
  number: number;
  /** Every entry numbered up to this one is sealed, by this checkpoint or an earlier one; higher ones never will be by an earlier one. */
  sealedThrough: number;
  firstSeq: number;
  lastSeq: number;
  count: number;
  /** The entries' numbers as ranges: "12-40,42,44-57". */
  entries: string;
  /** The first 8 hex digits of each entry's MAC, in order: a changed, missing or renumbered entry is named exactly. */
  digests: string;
  /** Entries up to this number were written before entries had MACs; they are sealed by content (the first checkpoint sets it). */
  legacyThrough: number;
  /** The previous checkpoint's hash (64 zeros for the first). */
  previousHash: string;
  /** HMAC of the previous hash and every entry's number and MAC, in order. */
  hash: string;
  sealedAt: string;
  keyId: string;
  signature: string;
}

export const FIRST_PREVIOUS_HASH = '0'.repeat(64);
/** Hex digits of each entry's MAC kept in the checkpoint. */
export const DIGEST_LENGTH = 8;

/** The chain hash of one checkpoint, fed entry by entry. */
export class ChainHash {
  private readonly hmac: Hmac;
  constructor(key: Buffer, previousHash: string) {
    this.hmac = createHmac('sha256', key).update(`kadera-hub access log checkpoint v1\n${previousHash}\n`);
  }
  add(seq: number, mac: string): void {
    this.hmac.update(`${seq}:${mac}\n`);
  }
  digest(): string {
    return this.hmac.digest('hex');
  }
}

/** What the signature covers: every field, in a fixed order. */
function signedText(c: Omit<Checkpoint, 'signature'>): string {
  return JSON.stringify([
    c.number,
    c.sealedThrough,
    c.firstSeq,
    c.lastSeq,
    c.count,
    c.entries,
    c.digests,
    c.legacyThrough,
    c.previousHash,
    c.hash,
    c.sealedAt,
    c.keyId,
  ]);
}

export function signCheckpoint(key: Buffer, unsigned: Omit<Checkpoint, 'signature' | 'keyId'>): Checkpoint {
  const body = { ...unsigned, keyId: auditKeyId(key) };
  return { ...body, signature: createHmac('sha256', key).update(signedText(body)).digest('hex') };
}

export function signatureValid(key: Buffer, checkpoint: Checkpoint): boolean {
  const expected = createHmac('sha256', key).update(signedText(checkpoint)).digest();
  const given = Buffer.from(String(checkpoint.signature), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Sorted numbers as ranges: [1,2,3,5] -> "1-3,5". */
export function toRanges(seqs: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < seqs.length;) {
    let j = i;
    while (j + 1 < seqs.length && seqs[j + 1] === seqs[j] + 1) j++;
    parts.push(i === j ? `${seqs[i]}` : `${seqs[i]}-${seqs[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

export function fromRanges(ranges: string): number[] {
  if (!ranges) return [];
  return ranges.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-').map(Number);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

/** One checkpoint per line, as it is stored in the table too. */
export function checkpointLine(checkpoint: Checkpoint): string {
  return JSON.stringify(checkpoint);
}

/** The lines of the checkpoint file (checkpoints and purge records), with their line numbers; none when it does not exist yet. */
export function readAuditFileLines(file: string): Array<{ line: string; number: number }> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return text
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim());
}

/** Purge records (purge-record.ts) share the file with the checkpoints. */
export const isPurgeLine = (line: string) => line.includes('"kind":"purge"');

/** The checkpoints of a file, in order; none when it does not exist yet. Purge records are skipped; any other line that is not a checkpoint is an error. */
export function readCheckpointFile(file: string): Checkpoint[] {
  return readAuditFileLines(file)
    .filter(({ line }) => !isPurgeLine(line))
    .map(({ line, number }) => {
      try {
        return JSON.parse(line) as Checkpoint;
      } catch {
        throw new Error(`${file} line ${number} is not a checkpoint`);
      }
    });
}

/** Appends one line and waits until it is on disk. */
export function appendCheckpoint(file: string, checkpoint: Checkpoint): void {
  appendAuditFileLine(file, checkpointLine(checkpoint));
}

/** Appends a line (a checkpoint, a purge record) to the checkpoint file and waits until it is on disk. */
export function appendAuditFileLine(file: string, line: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, line + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
