import fs from 'node:fs';
import path from 'node:path';
import { CONTRACT_ROLES, contractFileName, CONTRACTS_DIR } from '@hub/gateway';
import { RELEASED_CONTRACTS_DIR } from '../contract-breaks';

/**
 * `npm run schema:release`: after a deliberate release to partners, today's contracts become the released ones the
 * breaking-change check compares with (contract-breaks.ts). Snapshots of roles that no longer have a contract are removed.
 */
function main(): void {
  fs.mkdirSync(RELEASED_CONTRACTS_DIR, { recursive: true });
  const files = CONTRACT_ROLES.map(contractFileName);
  for (const file of files) {
    fs.copyFileSync(path.join(CONTRACTS_DIR, file), path.join(RELEASED_CONTRACTS_DIR, file));
    console.log(`released ${file}`);
  }
  for (const stale of fs.readdirSync(RELEASED_CONTRACTS_DIR).filter((name) => name.endsWith('.graphql') && !files.includes(name))) {
    fs.rmSync(path.join(RELEASED_CONTRACTS_DIR, stale));
    console.log(`removed ${stale}: no such role any more`);
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
