import { AES_KEY_BYTES, aesKeyId, readAesKey, readAesKeyList, type AesKey } from '../crypto/aes-keys';
import { loadOrCreateDevKey } from '../crypto/dev-key-file';
import type { HubConfig } from '../config';

/** AES-256-GCM wants a 32-byte key; the index key is as long. */
export const BSN_KEY_BYTES = AES_KEY_BYTES;

export type BsnEncryptionKey = AesKey;

/** What the clients subgraph needs to keep a BSN: encryption keys (the first encrypts, all decrypt) and the index key. */
export interface BsnKeys {
  encryption: BsnEncryptionKey[];
  /** HMAC-SHA256 key of the exact-match index (bsn-crypto.ts). */
  index: Buffer;
}

/** Names a key without revealing it. */
export const bsnKeyId = (key: Buffer): string => aesKeyId(key, 'bsn');

/** BSN_ENCRYPTION_KEY: one or more base64 keys of 32 bytes, comma-separated; the first encrypts new values, every one decrypts. */
export const readBsnEncryptionKeys = (raw: string): BsnEncryptionKey[] => readAesKeyList(raw, 'bsn');

/** BSN_INDEX_KEY: one base64 key of 32 bytes. */
export const readBsnIndexKey = (raw: string): Buffer => readAesKey(raw.trim());

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
    encryption: encryptionKeys ?? readBsnEncryptionKeys(loadOrCreateDevKey(config.auth.devKeyDir, DEV_FILES.encryption, BSN_KEY_BYTES)),
    index: indexKey ?? readBsnIndexKey(loadOrCreateDevKey(config.auth.devKeyDir, DEV_FILES.index, BSN_KEY_BYTES)),
  };
  if (keys.encryption.some(({ key }) => key.equals(keys.index))) throw new Error('BSN_INDEX_KEY must differ from every BSN_ENCRYPTION_KEY');
  return keys;
}
