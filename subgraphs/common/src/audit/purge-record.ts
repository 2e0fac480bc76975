import { createHmac, timingSafeEqual } from 'node:crypto';
import { auditKeyId } from './access-log-key';
import type { Execute } from './access-log-store';
import { appendAuditFileLine, isPurgeLine, readAuditFileLines } from './checkpoint';

/**
 * A purge of the access log's oldest entries once their retention has passed (docs/access-log.md, "Retention"):
 * every entry up to `sealedThrough`, the end of checkpoint `throughCheckpoint`, is gone legitimately. Signed with the
 * access log key like a checkpoint and kept beside them, in the checkpoint file and in `audit.purge`; the checkpoints
 * themselves stay (they hold entry numbers and MAC digests, nothing of a client), so the chain still links.
 */
export interface Purge {
  kind: 'purge';
  number: number;
  throughCheckpoint: number;
  sealedThrough: number;
  /** The hash of checkpoint `throughCheckpoint`: the purge names exactly that seal. */
  checkpointHash: string;
  /** Entries this purge removed: those the checkpoints after the previous purge, up to and including this one, sealed. */
  entries: number;
  /** Every entry removed was written before this instant (now less the retention period). */
  olderThan: string;
  purgedAt: string;
  keyId: string;
  signature: string;
}

function signedText(p: Omit<Purge, 'signature'>): string {
  return JSON.stringify(['purge', p.number, p.throughCheckpoint, p.sealedThrough, p.checkpointHash, p.entries, p.olderThan, p.purgedAt, p.keyId]);
}

export function signPurge(key: Buffer, unsigned: Omit<Purge, 'signature' | 'keyId' | 'kind'>): Purge {
  const body: Omit<Purge, 'signature'> = { kind: 'purge', ...unsigned, keyId: auditKeyId(key) };
  return { ...body, signature: createHmac('sha256', key).update(signedText(body)).digest('hex') };
}

export function purgeSignatureValid(key: Buffer, purge: Purge): boolean {
  const expected = createHmac('sha256', key).update(signedText(purge)).digest();
  const given = Buffer.from(String(purge.signature), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The purge records of the checkpoint file, in order (the lines with `"kind":"purge"`). */
export function readPurgeFile(file: string): Purge[] {
  return readAuditFileLines(file)
    .filter(({ line }) => isPurgeLine(line))
    .map(({ line }) => JSON.parse(line) as Purge);
}

/** The purge records of `audit.purge`, in order. */
export async function tablePurges(execute: Execute): Promise<Purge[]> {
  const rows = (await execute(`select number, body from "audit"."purge" order by number`, [])) as Array<{ number: string; body: string }>;
  return rows.map((row) => {
    try {
      return JSON.parse(row.body) as Purge;
    } catch {
      return { number: Number(row.number) } as Purge;
    }
  });
}

export function appendPurge(file: string, purge: Purge): void {
  appendAuditFileLine(file, JSON.stringify(purge));
}
