import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A development key kept in `dir` (beside the development signing key, under `.data/`, never committed):
 * made on first use from `bytes` random bytes, base64, then read back as written. Production never calls this.
 */
export function loadOrCreateDevKey(dir: string, name: string, bytes: number): string {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(dir), { recursive: true, mode: 0o755 });
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      // `wx`: when two services start at once, the first one's key is everyone's.
      fs.writeFileSync(file, randomBytes(bytes).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return fs.readFileSync(file, 'utf8').trim();
}
