import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadOrCreateDevKeys } from './dev-keys';

describe('development keys on disk', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-dev-keys-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('keeps only the key directory private: `.data` stays 0755 so embedded PostgreSQL can pass through it', async () => {
    const umask = process.umask();
    const dotData = path.join(root, '.data');
    await loadOrCreateDevKeys(path.join(dotData, 'dev-keys'));
    expect(fs.statSync(dotData).mode & 0o777).toBe(0o755 & ~umask);
    expect(fs.statSync(path.join(dotData, 'dev-keys')).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dotData, 'dev-keys', 'dev-signing-key.pem')).mode & 0o777).toBe(0o600);
  });
});
