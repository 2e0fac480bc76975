import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
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
  return loadOrCreateDevAuditKey(config.auth.devKeyDir);
}

function loadOrCreateDevAuditKey(dir: string): Buffer {
  const file = path.join(dir, DEV_KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(dir), { recursive: true, mode: 0o755 });
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      // `wx`: when two services start at once, the first one's key is everyone's.
      fs.writeFileSync(file, randomBytes(AUDIT_KEY_MIN_BYTES).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readAuditKey(fs.readFileSync(file, 'utf8'));
}
