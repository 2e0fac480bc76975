import type { AesKey } from '../crypto/aes-keys';
import { openAesGcm, sealAesGcm } from '../crypto/aes-gcm';

/** An endpoint's signing secret as stored: AES-256-GCM (iv, ciphertext, tag) and the id of the key that sealed it. */
export interface SealedWebhookSecret {
  sealed: Buffer;
  keyId: string;
}

/** Binds a sealed secret to its endpoint: copied to another endpoint's row it no longer opens. */
const aadOf = (endpointId: string) => Buffer.from(`kadera-hub webhook secret endpoint:${endpointId}`, 'utf8');

/** Seals a secret with the first key (WEBHOOK_SECRET_KEY). */
export function sealWebhookSecret(keys: readonly AesKey[], endpointId: string, secret: string): SealedWebhookSecret {
  const [first] = keys;
  if (!first) throw new Error('no webhook secret key');
  return { sealed: sealAesGcm(first.key, aadOf(endpointId), Buffer.from(secret, 'utf8')), keyId: first.id };
}

/** The secret back, to sign with; throws when its key is not held or the value was altered or belongs to another endpoint. */
export function openWebhookSecret(keys: readonly AesKey[], endpointId: string, stored: SealedWebhookSecret): string {
  const entry = keys.find((candidate) => candidate.id === stored.keyId);
  if (!entry) throw new Error(`no webhook secret key with id ${stored.keyId}`);
  return openAesGcm(entry.key, aadOf(endpointId), stored.sealed).toString('utf8');
}
