import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { bsnDigits } from './bsn';
import type { BsnKeys } from './bsn-keys';

const ALGORITHM = 'aes-256-gcm';
/** GCM's recommended nonce: 96 bits, random per value. */
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A BSN as stored: iv, ciphertext and tag in one value, and the id of the key that made it. */
export interface EncryptedBsn {
  ciphertext: Buffer;
  keyId: string;
}

/** What binds a ciphertext to its client: moved to another client's row it no longer decrypts. */
const aadOf = (clientId: string) => Buffer.from(`kadera-hub bsn client:${clientId}`, 'utf8');

function digitsOf(bsn: string): string {
  const digits = bsnDigits(bsn);
  if (!digits) throw new Error('not a BSN');
  return digits;
}

/** AES-256-GCM with the first encryption key, a random IV and the client's id as additional authenticated data. */
export function encryptBsn(keys: BsnKeys, clientId: string, bsn: string): EncryptedBsn {
  const { id, key } = keys.encryption[0];
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aadOf(clientId));
  const body = Buffer.concat([cipher.update(digitsOf(bsn), 'utf8'), cipher.final()]);
  return { ciphertext: Buffer.concat([iv, body, cipher.getAuthTag()]), keyId: id };
}

/** The BSN back; throws when the key is unknown or the value was altered or belongs to another client. */
export function decryptBsn(keys: BsnKeys, clientId: string, stored: EncryptedBsn): string {
  const entry = keys.encryption.find((candidate) => candidate.id === stored.keyId);
  if (!entry) throw new Error(`no BSN key with id ${stored.keyId}`);
  const value = stored.ciphertext;
  if (value.length < IV_BYTES + TAG_BYTES) throw new Error('a stored BSN is too short');
  const decipher = createDecipheriv(ALGORITHM, entry.key, value.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(aadOf(clientId));
  decipher.setAuthTag(value.subarray(value.length - TAG_BYTES));
  return Buffer.concat([decipher.update(value.subarray(IV_BYTES, value.length - TAG_BYTES)), decipher.final()]).toString('utf8');
}

/**
 * The exact-match index: HMAC-SHA256 of the nine digits with the index key, hex. The same BSN always gives the
 * same value, so it can be looked up and be unique; without the key nobody can try the 90 million valid numbers.
 */
export function bsnIndexOf(keys: BsnKeys, bsn: string): string {
  return createHmac('sha256', keys.index)
    .update(`kadera-hub bsn index:${digitsOf(bsn)}`)
    .digest('hex');
}
