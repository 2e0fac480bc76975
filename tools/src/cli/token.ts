import { parseArgs } from 'node:util';
import { loadConfig, ROLES } from '@hub/common';
import { issueDevToken } from '@hub/gateway';

/** `npm run --silent token -- <role> [--org ID] [--municipality CODE] [--user ID] [--purpose P] [--expires 8h]` */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      municipality: { type: 'string' },
      user: { type: 'string' },
      purpose: { type: 'string' },
      expires: { type: 'string' },
    },
  });
  const config = loadConfig();
  if (config.mode === 'production') throw new Error('development tokens are for development mode only');
  const [role] = positionals;
  if (!role) throw new Error(`usage: npm run --silent token -- <role> [--org ID] [--municipality CODE]\nroles: ${ROLES.join(' ')}`);
  const token = await issueDevToken(
    { role, org: values.org, municipality: values.municipality, user: values.user, purpose: values.purpose, expiresIn: values.expires },
    { keyDir: config.auth.devKeyDir, issuer: config.auth.issuer, audience: config.auth.audience },
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
