import fs from 'node:fs';
import path from 'node:path';
import { isRole, type Logger, type Role } from '@hub/common';
import { registerManifestAt, type RegisteredDocuments } from '@hub/handoffs';
import { Kind, parse } from 'graphql';
import { CONSOLE_ROOT } from './console-build';

/** What codegen writes: every console document by its `sha256:` hash, and which role may run each operation. */
const PERSISTED_DOCUMENTS = path.join(CONSOLE_ROOT, 'src/gql/persisted-documents.json');
const DOCUMENT_ROLES = path.join(CONSOLE_ROOT, 'src/access/document-roles.json');

/** The console's application for one role: the gateway lets a caller use it by role (mayUseApplication), not by client id. */
export const consoleApplicationName = (role: Role) => `kadera-console/${role}`;

const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

/** The name of the one operation a registered document holds. */
function operationNameOf(body: string): string {
  const operation = parse(body).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation?.name) throw new Error('a console document without a named operation');
  return operation.name.value;
}

/**
 * Per role, the manifest of exactly the console operations that role may run (document-roles.json, derived from the
 * supergraph's field rules at codegen): registering it lets that role's console send its documents by hash where
 * TRUSTED_DOCUMENTS_ONLY is on. Roles that may run none get no application.
 */
export function consoleManifests(
  persisted = readJson<Record<string, string>>(PERSISTED_DOCUMENTS),
  documentRoles = readJson<Record<string, string[]>>(DOCUMENT_ROLES),
): Map<Role, Record<string, string>> {
  const byName = new Map(Object.entries(persisted).map(([hash, body]) => [operationNameOf(body), { hash, body }]));
  const manifests = new Map<Role, Record<string, string>>();
  for (const [name, roles] of Object.entries(documentRoles)) {
    const document = byName.get(name);
    if (!document) throw new Error(`operation ${name} of document-roles.json is not in persisted-documents.json: run npm run codegen -w console`);
    for (const role of roles) {
      if (!isRole(role)) throw new Error(`document-roles.json names an unknown role ${role}`);
      manifests.set(role, { ...manifests.get(role), [document.hash]: document.body });
    }
  }
  return manifests;
}

/** Registers every role's manifest (consoleManifests) as the application `kadera-console/<role>`, all on one database. */
export async function registerConsoleDocuments(databaseUrl: string, logger?: Logger): Promise<Array<{ role: Role } & RegisteredDocuments>> {
  const results: Array<{ role: Role } & RegisteredDocuments> = [];
  for (const [role, manifest] of consoleManifests()) {
    const result = await registerManifestAt(databaseUrl, { name: consoleApplicationName(role), role, manifest }, logger);
    results.push({ role, ...result });
  }
  return results;
}
