import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@hub/common/light';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { DEV_ALGORITHM, loadOrCreateDevKeys } from './dev-keys';
import { createTokenVerifier, isDevelopmentKey } from './verify-token';

/** Production must never trust the key `npm run token` signs with, whatever its file is called. */
describe('production refuses the development key', () => {
  let root: string;
  let devKeyDir: string;
  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-verify-'));
    devKeyDir = path.join(root, 'dev-keys');
    await loadOrCreateDevKeys(devKeyDir);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const production = (publicKeyFile: string) =>
    loadConfig({ HUB_MODE: 'production', AUTH_PUBLIC_KEY_FILE: publicKeyFile, DEV_KEY_DIR: devKeyDir, AUTH_ISSUER: 'https://idp.example' });

  it('refuses a copy of the development public key under another name, at start', async () => {
    const copy = path.join(root, 'issuer-public-key.pem');
    fs.copyFileSync(path.join(devKeyDir, 'dev-signing-key.pub.pem'), copy);
    await expect(createTokenVerifier(production(copy))).rejects.toThrow('production refuses the development signing key');
  });

  it('refuses the development key re-encoded (same key, different bytes)', async () => {
    const { publicKey } = await loadOrCreateDevKeys(devKeyDir);
    const reencoded = path.join(root, 'reencoded.pem');
    fs.writeFileSync(reencoded, `\n${await exportSPKI(publicKey)}\n\n`);
    await expect(createTokenVerifier(production(reencoded))).rejects.toThrow('production refuses the development signing key');
  });

  it('recognises the development key when only the private half is left in DEV_KEY_DIR', async () => {
    const pem = fs.readFileSync(path.join(devKeyDir, 'dev-signing-key.pub.pem'), 'utf8');
    fs.rmSync(path.join(devKeyDir, 'dev-signing-key.pub.pem'));
    expect(await isDevelopmentKey(pem, devKeyDir)).toBe(true);
  });

  it("starts with the identity provider's own key", async () => {
    const pair = await generateKeyPair(DEV_ALGORITHM, { extractable: true });
    const own = path.join(root, 'idp.pem');
    fs.writeFileSync(own, await exportSPKI(pair.publicKey));
    await expect(createTokenVerifier(production(own))).resolves.toEqual(expect.any(Function));
    expect(await isDevelopmentKey(await exportPKCS8(pair.privateKey), devKeyDir)).toBe(false);
  });
});
