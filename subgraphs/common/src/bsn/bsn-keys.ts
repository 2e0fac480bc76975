import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { HubConfig } from '../config';

/** AES-256-GCM wants a 32-byte key; the index key is as long. */
export const BSN_KEY_BYTES = 32;

export interface BsnEncryptionKey {
  /** Stored beside each ciphertext, so a value finds its key after a rotation; derived from the key, reveals nothing of it. */
  id: string;
  key: Buffer;
}

/** What the clients subgraph needs to keep a BSN: encryption keys (the first encrypts, all decrypt) and the index key. */
export interface BsnKeys {
  encryption: BsnEncryptionKey[];
  /** HMAC-SHA256 key of the exact-match index (bsn-crypto.ts). */
  index: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

function readKey(text: string): Buffer {
  if (!BASE64.test(text)) throw new Error('must be base64 (openssl rand -base64 32)');
  const key = Buffer.from(text, 'base64');
  if (key.length !== BSN_KEY_BYTES) throw new Error(`must hold exactly ${BSN_KEY_BYTES} bytes, got ${key.length}`);
  return key;
}

/** Names a key without revealing it. */
export const bsnKeyId = (key: Buffer): string => createHmac('sha256', key).update('kadera-hub bsn key id').digest('hex').slice(0, 16);

/** BSN_ENCRYPTION_KEY: one or more base64 keys of 32 bytes, comma-separated; the first encrypts new values, every one decrypts. */
export function readBsnEncryptionKeys(raw: string): BsnEncryptionKey[] {
  const keys = raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map(readKey);
  if (keys.length === 0) throw new Error('must name at least one key');
  const ids = keys.map(bsnKeyId);
  if (new Set(ids).size !== ids.length) throw new Error('names the same key twice');
  return keys.map((key, i) => ({ id: ids[i], key }));
}

/** BSN_INDEX_KEY: one base64 key of 32 bytes. */
export const readBsnIndexKey = (raw: string): Buffer => readKey(raw.trim());

const DEV_FILES = { encryption: 'bsn-encryption-key', index: 'bsn-index-key' } as const;

/**
 * The BSN keys: BSN_ENCRYPTION_KEY and BSN_INDEX_KEY; in development without them, keys generated on this
 * machine and kept beside the development signing key (under `.data/`, never committed). Production refuses
 * to start without both. The two must differ: one key for both would make the index a second use of the cipher key.
 */
export function bsnKeysOf(config: HubConfig): BsnKeys {
  const { encryptionKeys, indexKey } = config.bsn;
  if (config.mode === 'production' && (!encryptionKeys || !indexKey)) {
    throw new Error(
      `production needs BSN_ENCRYPTION_KEY and BSN_INDEX_KEY (base64, ${BSN_KEY_BYTES} bytes each), kept where the database administrator cannot read them; see .env.example`,
    );
  }
  const keys = {
    encryption: encryptionKeys ?? readBsnEncryptionKeys(loadOrCreateDevKey(config.auth.devKeyDir, DEV_FILES.encryption)),
    index: indexKey ?? readBsnIndexKey(loadOrCreateDevKey(config.auth.devKeyDir, DEV_FILES.index)),
  };
  if (keys.encryption.some(({ key }) => key.equals(keys.index))) throw new Error('BSN_INDEX_KEY must differ from every BSN_ENCRYPTION_KEY');
  return keys;
}

function loadOrCreateDevKey(dir: string, name: string): string {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(dir), { recursive: true, mode: 0o755 });
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      // `wx`: when two services start at once, the first one's key is everyone's.
      fs.writeFileSync(file, randomBytes(BSN_KEY_BYTES).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return fs.readFileSync(file, 'utf8').trim();
}
