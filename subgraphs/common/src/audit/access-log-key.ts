import { createHmac } from 'node:crypto';
import { loadOrCreateDevKey } from '../crypto/dev-key-file';
import type { HubConfig } from '../config';

/** Shortest access log key accepted: HMAC-SHA256 wants at least its own output size. */
export const AUDIT_KEY_MIN_BYTES = 32;

const DEV_KEY_FILE = 'audit-log-key';

/** AUDIT_LOG_KEY: base64 of at least 32 random bytes (`openssl rand -base64 32`). */
export function readAuditKey(raw: string): Buffer {
  const text = raw.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) throw new Error('must be base64 (openssl rand -base64 32)');
  const key = Buffer.from(text, 'base64');
  if (key.length < AUDIT_KEY_MIN_BYTES) throw new Error(`must hold at least ${AUDIT_KEY_MIN_BYTES} bytes, got ${key.length}`);
  return key;
}

/** Names a key without revealing it: checkpoints say which key sealed them. */
export function auditKeyId(key: Buffer): string {
  return createHmac('sha256', key).update('kadera-hub access log key id').digest('hex').slice(0, 16);
}

/**
 * The key that signs access log entries and checkpoints: AUDIT_LOG_KEY; in
 * development without it, one generated on this machine and kept beside the
 * development signing key (under `.data/`, never committed). Production refuses to start without it.
 */
export function auditKeyOf(config: HubConfig): Buffer {
  if (config.audit.key) return config.audit.key;
  if (config.mode === 'production') {
    throw new Error(
      `production needs AUDIT_LOG_KEY (base64, at least ${AUDIT_KEY_MIN_BYTES} bytes), kept where the database administrator cannot read it; see .env.example`,
    );
  }
  return readAuditKey(loadOrCreateDevKey(config.auth.devKeyDir, DEV_KEY_FILE, AUDIT_KEY_MIN_BYTES));
}
