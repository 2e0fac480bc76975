import { createLogger, loadConfig } from '@hub/common';
import { registerConsoleDocuments } from '../console/console-documents';
import { commandDatabase } from './command-database';

/**
 * `npm run documents:register-console`: registers the staff console's documents as trusted documents, one application
 * per role (`kadera-console/<role>`) holding exactly the operations that role may run (console/src/access/
 * document-roles.json). Run after every console release that changes its documents (docs/console.md). Uses
 * DATABASE_URL, else the embedded database of `npm start`. Exits 1 when a manifest is refused.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const database = await commandDatabase(config, 'documents');
  try {
    for (const result of await registerConsoleDocuments(database.url, createLogger('warn', 'documents'))) {
      console.log(`${result.application.name}: ${result.registered} documents registered, ${result.alreadyRegistered} already registered`);
    }
    return 0;
  } catch (error) {
    const extensions = (error as { extensions?: { code?: unknown; reason?: unknown } }).extensions;
    if (!(error instanceof Error) || typeof extensions?.code !== 'string') throw error;
    process.stderr.write(
      `documents:register-console refused: ${extensions.code}${typeof extensions.reason === 'string' ? ` ${extensions.reason}` : ''}: ${error.message}\n`,
    );
    return 1;
  } finally {
    await database.stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    process.stderr.write(`documents:register-console failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
