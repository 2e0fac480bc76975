import { createHmac } from 'node:crypto';

/** AES-256-GCM wants a 32-byte key. */
export const AES_KEY_BYTES = 32;

/** An encryption key and its id, stored beside each value it seals so the value finds its key after a rotation. */
export interface AesKey {
  /** Derived from the key; reveals nothing of it. */
  id: string;
  key: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** One base64 key of exactly AES_KEY_BYTES bytes (`openssl rand -base64 32`). */
export function readAesKey(text: string): Buffer {
  if (!BASE64.test(text)) throw new Error('must be base64 (openssl rand -base64 32)');
  const key = Buffer.from(text, 'base64');
  if (key.length !== AES_KEY_BYTES) throw new Error(`must hold exactly ${AES_KEY_BYTES} bytes, got ${key.length}`);
  return key;
}

/** Names a key of one purpose ("bsn", "webhook secret") without revealing it. */
export const aesKeyId = (key: Buffer, purpose: string): string => createHmac('sha256', key).update(`kadera-hub ${purpose} key id`).digest('hex').slice(0, 16);

/** One or more base64 keys, comma-separated: the first encrypts new values, every one decrypts (a rotation). */
export function readAesKeyList(raw: string, purpose: string): AesKey[] {
  const keys = raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map(readAesKey);
  if (keys.length === 0) throw new Error('must name at least one key');
  const ids = keys.map((key) => aesKeyId(key, purpose));
  if (new Set(ids).size !== ids.length) throw new Error('names the same key twice');
  return keys.map((key, i) => ({ id: ids[i], key }));
}
