import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config';
import { bsnIndexOf, decryptBsn, encryptBsn } from './bsn-crypto';
import { bsnKeyId, bsnKeysOf, readBsnEncryptionKeys, type BsnKeys } from './bsn-keys';

const BSN = '123456782';
const newKey = (): { id: string; key: Buffer } => ({ id: randomUUID(), key: randomBytes(32) });
const keysWith = (...encryption: ReturnType<typeof newKey>[]): BsnKeys => ({ encryption, index: randomBytes(32) });

describe('BSN encryption (AES-256-GCM, the client id as additional authenticated data)', () => {
  const keys = keysWith(newKey());
  const client = randomUUID();

  it('decrypts what it encrypted, for the same client', () => {
    const stored = encryptBsn(keys, client, BSN);
    expect(stored.keyId).toBe(keys.encryption[0].id);
    expect(decryptBsn(keys, client, stored)).toBe(BSN);
  });

  it('never holds the number in the clear, and a fresh IV makes every encryption differ', () => {
    const a = encryptBsn(keys, client, BSN);
    const b = encryptBsn(keys, client, BSN);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
    for (const stored of [a, b]) {
      expect(stored.ciphertext.toString('latin1')).not.toContain(BSN);
      expect(stored.ciphertext.toString('hex')).not.toContain(Buffer.from(BSN).toString('hex'));
    }
  });

  it('a ciphertext moved to another client does not decrypt (wrong AAD)', () => {
    const stored = encryptBsn(keys, client, BSN);
    expect(() => decryptBsn(keys, randomUUID(), stored)).toThrow();
  });

  it('an altered ciphertext, another key or an unknown key id does not decrypt', () => {
    const stored = encryptBsn(keys, client, BSN);
    const altered = Buffer.from(stored.ciphertext);
    altered[14] ^= 1;
    expect(() => decryptBsn(keys, client, { ...stored, ciphertext: altered })).toThrow();
    const other = keysWith({ ...newKey(), id: stored.keyId });
    expect(() => decryptBsn(other, client, stored)).toThrow();
    expect(() => decryptBsn(keys, client, { ...stored, keyId: 'gone' })).toThrow(/no BSN key with id gone/);
  });

  it('after a rotation the new key encrypts and the old one still decrypts', () => {
    const old = keysWith(newKey());
    const stored = encryptBsn(old, client, BSN);
    const rotated: BsnKeys = { encryption: [newKey(), old.encryption[0]], index: old.index };
    expect(decryptBsn(rotated, client, stored)).toBe(BSN);
    expect(encryptBsn(rotated, client, BSN).keyId).toBe(rotated.encryption[0].id);
  });
});

describe('BSN index (HMAC-SHA256 with its own key)', () => {
  it('is stable: the same BSN (however written) and key give the same value', () => {
    const keys = keysWith(newKey());
    expect(bsnIndexOf(keys, BSN)).toBe(bsnIndexOf(keys, '1234.56.782'));
    expect(bsnIndexOf(keys, BSN)).toMatch(/^[0-9a-f]{64}$/);
    expect(bsnIndexOf(keys, BSN)).not.toBe(bsnIndexOf(keys, '111222333'));
  });

  it('depends on the key: without it nobody can compute the index of a candidate number', () => {
    expect(bsnIndexOf(keysWith(newKey()), BSN)).not.toBe(bsnIndexOf(keysWith(newKey()), BSN));
  });
});

describe('BSN keys from the environment', () => {
  const key = () => randomBytes(32).toString('base64');

  it('reads BSN_ENCRYPTION_KEY as a list (first encrypts) and BSN_INDEX_KEY as one key', () => {
    const [a, b, index] = [key(), key(), key()];
    const config = loadConfig({ HUB_MODE: 'production', BSN_ENCRYPTION_KEY: `${a}, ${b}`, BSN_INDEX_KEY: index });
    const keys = bsnKeysOf(config);
    expect(keys.encryption.map((k) => k.key.toString('base64'))).toEqual([a, b]);
    expect(keys.encryption[0].id).toBe(bsnKeyId(Buffer.from(a, 'base64')));
    expect(keys.index.toString('base64')).toBe(index);
  });

  it('refuses a short, long, malformed or repeated key naming the variable, never the value', () => {
    const short = randomBytes(16).toString('base64');
    expect(() => loadConfig({ BSN_ENCRYPTION_KEY: short })).toThrow(/^BSN_ENCRYPTION_KEY must hold exactly 32 bytes, got 16/);
    expect(() => loadConfig({ BSN_ENCRYPTION_KEY: short })).not.toThrow(short);
    expect(() => loadConfig({ BSN_INDEX_KEY: randomBytes(48).toString('base64') })).toThrow(/^BSN_INDEX_KEY must hold exactly 32 bytes/);
    expect(() => loadConfig({ BSN_INDEX_KEY: 'not a key!' })).toThrow(/^BSN_INDEX_KEY must be base64/);
    const same = key();
    expect(() => readBsnEncryptionKeys(`${same},${same}`)).toThrow(/the same key twice/);
  });

  it('production refuses to start without both keys, and refuses one key for both uses', () => {
    expect(() => bsnKeysOf(loadConfig({ HUB_MODE: 'production' }))).toThrow(/production needs BSN_ENCRYPTION_KEY and BSN_INDEX_KEY/);
    expect(() => bsnKeysOf(loadConfig({ HUB_MODE: 'production', BSN_ENCRYPTION_KEY: key() }))).toThrow(/production needs/);
    const one = key();
    expect(() => bsnKeysOf(loadConfig({ HUB_MODE: 'production', BSN_ENCRYPTION_KEY: one, BSN_INDEX_KEY: one }))).toThrow(/must differ/);
  });

  it('development without them generates both once, beside the development keys, readable by the owner only', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bsn-keys-'));
    try {
      const config = loadConfig({ DEV_KEY_DIR: path.join(dir, 'dev-keys') });
      const keys = bsnKeysOf(config);
      expect(bsnKeysOf(config)).toEqual(keys);
      expect(keys.index.equals(keys.encryption[0].key)).toBe(false);
      for (const name of ['bsn-encryption-key', 'bsn-index-key']) {
        expect(fs.statSync(path.join(dir, 'dev-keys', name)).mode & 0o777).toBe(0o600);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
