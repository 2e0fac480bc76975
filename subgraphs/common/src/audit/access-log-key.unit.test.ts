import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config';
import { AUDIT_KEY_MIN_BYTES, auditKeyId, auditKeyOf, readAuditKey } from './access-log-key';

const KEY = Buffer.alloc(32, 7);

describe('AUDIT_LOG_KEY', () => {
  it('takes base64 of at least 32 bytes', () => {
    const raw = Buffer.alloc(AUDIT_KEY_MIN_BYTES, 1).toString('base64');
    expect(readAuditKey(raw)).toEqual(Buffer.alloc(AUDIT_KEY_MIN_BYTES, 1));
  });

  it.each([
    ['too short', Buffer.alloc(16, 1).toString('base64'), /at least 32 bytes/],
    ['not base64', 'not a key!', /base64/],
  ])('refuses a key %s', (_what, raw, message) => {
    expect(() => readAuditKey(raw)).toThrow(message);
  });

  it('is named by an id that does not reveal it', () => {
    expect(auditKeyId(KEY)).toMatch(/^[0-9a-f]{16}$/);
    expect(auditKeyId(KEY)).not.toBe(auditKeyId(Buffer.alloc(32, 8)));
  });

  it('is required in production', () => {
    expect(() => auditKeyOf(loadConfig({ HUB_MODE: 'production' }))).toThrow(/production needs AUDIT_LOG_KEY/);
    const key = randomBytes(32);
    expect(auditKeyOf(loadConfig({ HUB_MODE: 'production', AUDIT_LOG_KEY: key.toString('base64') }))).toEqual(key);
  });

  it('is generated once in development, in the development key directory, and kept', () => {
    const dir = path.join(os.tmpdir(), `hub-audit-key-${randomBytes(4).toString('hex')}`);
    try {
      const config = loadConfig({ DEV_KEY_DIR: dir });
      const key = auditKeyOf(config);
      expect(key.length).toBe(AUDIT_KEY_MIN_BYTES);
      expect(auditKeyOf(config)).toEqual(key);
      expect(fs.statSync(path.join(dir, 'audit-log-key')).mode & 0o777).toBe(0o600);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is refused in the environment when too short, naming the variable and not the value', () => {
    const short = Buffer.alloc(16, 9).toString('base64');
    expect(() => loadConfig({ AUDIT_LOG_KEY: short })).toThrow(/^AUDIT_LOG_KEY must hold at least 32 bytes, got 16/);
    expect(() => loadConfig({ AUDIT_LOG_KEY: short })).not.toThrow(short);
  });
});
