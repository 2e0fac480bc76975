import { AES_KEY_BYTES, readAesKeyList, type AesKey } from '../crypto/aes-keys';
import { loadOrCreateDevKey } from '../crypto/dev-key-file';
import type { HubConfig } from '../config';

/** What each key's id is derived under (aes-keys.ts). */
const PURPOSE = 'webhook secret';

const DEV_KEY_FILE = 'webhook-secret-key';

/** WEBHOOK_SECRET_KEY: one or more base64 keys of 32 bytes, comma-separated; the first encrypts new secrets, every one decrypts. */
export const readWebhookSecretKeys = (raw: string): AesKey[] => readAesKeyList(raw, PURPOSE);

/**
 * The keys the endpoints' signing secrets are encrypted with at rest (docs/webhooks.md): WEBHOOK_SECRET_KEY;
 * in development without it, one generated on this machine and kept beside the development signing key
 * (under `.data/`, never committed). Production refuses to start the handoffs subgraph without it.
 */
export function webhookSecretKeysOf(config: HubConfig): AesKey[] {
  if (config.webhooks.secretKeys) return config.webhooks.secretKeys;
  if (config.mode === 'production') {
    throw new Error(
      `production needs WEBHOOK_SECRET_KEY (base64, ${AES_KEY_BYTES} bytes), kept where the database administrator cannot read it; see .env.example`,
    );
  }
  return readWebhookSecretKeys(loadOrCreateDevKey(config.auth.devKeyDir, DEV_KEY_FILE, AES_KEY_BYTES));
}
