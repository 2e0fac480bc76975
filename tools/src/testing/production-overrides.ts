import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type HubConfig } from '@hub/common';
import { exportSPKI, generateKeyPair } from 'jose';

/** A production config that starts: its own verifying key, access log key, BSN keys and webhook secret key, no demo data (one process makes its internal keys). */
export async function productionOverrides(): Promise<Partial<HubConfig>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-prod-key-'));
  const publicKeyFile = path.join(dir, 'issuer.pub.pem');
  fs.writeFileSync(publicKeyFile, await exportSPKI((await generateKeyPair('ES256')).publicKey));
  const base = loadConfig({});
  return {
    mode: 'production',
    seedDemoData: false,
    auth: { ...base.auth, publicKeyFile, devKeyDir: path.join(dir, 'no-dev-keys') },
    // Production refuses to start without an access log key of its own.
    audit: { ...base.audit, key: randomBytes(32), checkpointFile: path.join(dir, 'audit-checkpoints.jsonl') },
    // ...and without the BSN's keys of its own.
    bsn: { encryptionKeys: [{ id: 'production-test', key: randomBytes(32) }], indexKey: randomBytes(32) },
    // ...and without the key of the webhook secrets.
    webhooks: { ...base.webhooks, secretKeys: [{ id: 'production-test', key: randomBytes(32) }] },
  };
}
