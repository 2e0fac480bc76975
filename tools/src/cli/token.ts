import { parseArgs } from 'node:util';
import { loadConfig, ROLES } from '@hub/common';
import { issueDevToken } from '@hub/gateway';

/**
 * `npm run --silent token -- <role> [--org ID] [--municipality CODE] [--user ID] [--purpose P] [--expires 8h] [--azp APP] [--act USER]`
 * `--azp`: the application the token is issued to; `--act`: the user acting on behalf of `--user` (RFC 8693 delegation).
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      municipality: { type: 'string' },
      user: { type: 'string' },
      purpose: { type: 'string' },
      expires: { type: 'string' },
      azp: { type: 'string' },
      act: { type: 'string' },
    },
  });
  const config = loadConfig();
  if (config.mode === 'production') throw new Error('development tokens are for development mode only');
  const [role] = positionals;
  if (!role) throw new Error(`usage: npm run --silent token -- <role> [--org ID] [--municipality CODE] [--azp APP] [--act USER]\nroles: ${ROLES.join(' ')}`);
  const token = await issueDevToken(
    {
      role,
      org: values.org,
      municipality: values.municipality,
      user: values.user,
      purpose: values.purpose,
      expiresIn: values.expires,
      azp: values.azp,
      act: values.act,
    },
    { keyDir: config.auth.devKeyDir, issuer: config.auth.issuer, audience: config.auth.audience },
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
