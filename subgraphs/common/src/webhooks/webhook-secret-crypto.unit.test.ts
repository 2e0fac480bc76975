import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config';
import { openWebhookSecret, sealWebhookSecret } from './webhook-secret-crypto';
import { readWebhookSecretKeys, webhookSecretKeysOf } from './webhook-secret-keys';

const SECRET = `whsec_${randomBytes(24).toString('base64')}`;
const keyText = () => randomBytes(32).toString('base64');

describe('webhook signing secrets at rest (AES-256-GCM, the endpoint id as additional authenticated data)', () => {
  const keys = readWebhookSecretKeys(keyText());
  const endpoint = randomUUID();

  it('opens what it sealed, for the same endpoint, and never holds the secret in the clear', () => {
    const stored = sealWebhookSecret(keys, endpoint, SECRET);
    expect(stored.keyId).toBe(keys[0].id);
    expect(openWebhookSecret(keys, endpoint, stored)).toBe(SECRET);
    const again = sealWebhookSecret(keys, endpoint, SECRET);
    expect(again.sealed.equals(stored.sealed)).toBe(false);
    const key = SECRET.slice('whsec_'.length);
    for (const text of [stored.sealed.toString('latin1'), stored.sealed.toString('base64'), stored.sealed.toString('hex')]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(key);
    }
    expect(stored.sealed.toString('hex')).not.toContain(Buffer.from(key, 'base64').toString('hex'));
  });

  it('a wrong key cannot open it, even under the right key id; nor another endpoint, nor an altered value', () => {
    const stored = sealWebhookSecret(keys, endpoint, SECRET);
    const wrong = [{ id: keys[0].id, key: randomBytes(32) }];
    expect(() => openWebhookSecret(wrong, endpoint, stored)).toThrow();
    expect(() => openWebhookSecret(readWebhookSecretKeys(keyText()), endpoint, stored)).toThrow(/no webhook secret key with id/);
    expect(() => openWebhookSecret(keys, randomUUID(), stored)).toThrow();
    const altered = Buffer.from(stored.sealed);
    altered[20] ^= 1;
    expect(() => openWebhookSecret(keys, endpoint, { ...stored, sealed: altered })).toThrow();
  });

  it('rotation: the first key seals, every key listed opens', () => {
    const [oldText, newText] = [keyText(), keyText()];
    const before = sealWebhookSecret(readWebhookSecretKeys(oldText), endpoint, SECRET);
    const rotated = readWebhookSecretKeys(`${newText},${oldText}`);
    expect(openWebhookSecret(rotated, endpoint, before)).toBe(SECRET);
    expect(sealWebhookSecret(rotated, endpoint, SECRET).keyId).toBe(rotated[0].id);
  });

  it('WEBHOOK_SECRET_KEY: production refuses to start without it; development makes one and keeps it', () => {
    expect(() => webhookSecretKeysOf(loadConfig({ HUB_MODE: 'production' }))).toThrow(/production needs WEBHOOK_SECRET_KEY/);
    const text = keyText();
    expect(webhookSecretKeysOf(loadConfig({ HUB_MODE: 'production', WEBHOOK_SECRET_KEY: text }))).toEqual(readWebhookSecretKeys(text));
    expect(() => loadConfig({ WEBHOOK_SECRET_KEY: randomBytes(16).toString('base64') })).toThrow(/^WEBHOOK_SECRET_KEY must hold exactly 32 bytes, got 16/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-webhook-key-'));
    try {
      const config = loadConfig({ DEV_KEY_DIR: dir });
      const made = webhookSecretKeysOf(config);
      expect(made).toHaveLength(1);
      expect(webhookSecretKeysOf(config)).toEqual(made);
      expect(fs.statSync(path.join(dir, 'webhook-secret-key')).mode & 0o777).toBe(0o600);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
