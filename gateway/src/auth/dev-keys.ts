import fs from 'node:fs';
import path from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI, type KeyLike } from 'jose';

export const DEV_ALGORITHM = 'ES256';
export const DEV_ISSUER = 'kadera-hub-dev';
export const DEV_AUDIENCE = 'kadera-hub';

export interface DevKeys {
  privateKey: KeyLike;
  publicKey: KeyLike;
  publicKeyPath: string;
}

/**
 * The development signing key: generated on this machine on first use, kept
 * under `.data/` (ignored by git), never committed. Production refuses it.
 */
export async function loadOrCreateDevKeys(dir: string): Promise<DevKeys> {
  const privatePath = path.join(dir, 'dev-signing-key.pem');
  const publicKeyPath = path.join(dir, 'dev-signing-key.pub.pem');
  if (!fs.existsSync(privatePath) || !fs.existsSync(publicKeyPath)) {
    const pair = await generateKeyPair(DEV_ALGORITHM, { extractable: true });
    // Only the key's own directory is private: embedded PostgreSQL, running as
    // its own user when started by root, must still pass through `.data/`.
    fs.mkdirSync(path.dirname(dir), { recursive: true, mode: 0o755 });
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(privatePath, await exportPKCS8(pair.privateKey), { mode: 0o600 });
    fs.writeFileSync(publicKeyPath, await exportSPKI(pair.publicKey), { mode: 0o644 });
  }
  return {
    privateKey: await importPKCS8(fs.readFileSync(privatePath, 'utf8'), DEV_ALGORITHM),
    publicKey: await importSPKI(fs.readFileSync(publicKeyPath, 'utf8'), DEV_ALGORITHM),
    publicKeyPath,
  };
}
