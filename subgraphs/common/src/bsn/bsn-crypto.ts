import { createHmac } from 'node:crypto';
import { openAesGcm, sealAesGcm } from '../crypto/aes-gcm';
import { bsnDigits } from './bsn';
import type { BsnKeys } from './bsn-keys';

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
  return { ciphertext: sealAesGcm(key, aadOf(clientId), Buffer.from(digitsOf(bsn), 'utf8')), keyId: id };
}

/** The BSN back; throws when the key is unknown or the value was altered or belongs to another client. */
export function decryptBsn(keys: BsnKeys, clientId: string, stored: EncryptedBsn): string {
  const entry = keys.encryption.find((candidate) => candidate.id === stored.keyId);
  if (!entry) throw new Error(`no BSN key with id ${stored.keyId}`);
  return openAesGcm(entry.key, aadOf(clientId), stored.ciphertext).toString('utf8');
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
