import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createLogger, loadConfig } from '@hub/common';
import { registerManifestAt } from '@hub/handoffs';
import { commandDatabase } from './command-database';

const USAGE = 'usage: npm run --silent documents:register -- <manifest.json> --application <name> --role <owner role, e.g. partner:ggz> [--organisation <id>]';

/**
 * `npm run documents:register`: registers a persisted-documents manifest (as @graphql-codegen/client-preset writes
 * it) as a client application's trusted documents (docs/security.md, "Trusted documents"), through the module the
 * staff-only `registerTrustedDocuments` mutation uses: every document checked against the supergraph and the owner
 * role's field access, all or nothing. Uses DATABASE_URL, else the embedded database of `npm start`.
 * Exits 1 when the manifest is refused (each fault printed), 2 on a usage error.
 */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { application: { type: 'string' }, role: { type: 'string' }, organisation: { type: 'string' } },
  });
  const [file] = positionals;
  if (!file || !values.application || !values.role || positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const manifest = fs.readFileSync(file, 'utf8');
  const config = loadConfig();
  const database = await commandDatabase(config, 'documents');
  try {
    const result = await registerManifestAt(
      database.url,
      { name: values.application, role: values.role, organisationId: values.organisation, manifest },
      createLogger('warn', 'documents'),
    );
    const { application } = result;
    const owner = application.owner.organisationId ? `${application.owner.role} of organisation ${application.owner.organisationId}` : application.owner.role;
    console.log(`application ${application.name} (${application.id}), for ${owner}`);
    console.log(`${result.registered} documents registered, ${result.alreadyRegistered} already registered`);
    return 0;
  } catch (error) {
    // A refusal is a GraphQL error with a public code and reason (registerManifest); anything else fails below.
    const extensions = (error as { extensions?: { code?: unknown; reason?: unknown } }).extensions;
    if (!(error instanceof Error) || typeof extensions?.code !== 'string') throw error;
    const reason = typeof extensions.reason === 'string' ? ` ${extensions.reason}` : '';
    process.stderr.write(`documents:register refused: ${extensions.code}${reason}: ${error.message}\n`);
    return 1;
  } finally {
    await database.stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    process.stderr.write(`documents:register failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
