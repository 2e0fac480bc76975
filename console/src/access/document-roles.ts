import fs from 'node:fs';
import path from 'node:path';
import { deniedSelections, fieldRulesOf, ROLES, supergraphSchema, readSupergraph } from '@hub/common/light';
import { Kind, parse, type DefinitionNode, type DocumentNode } from 'graphql';

/** The console's documents, and the table of which role may run each of its operations (console/src/access/). */
const DOCUMENTS_DIR = path.resolve(__dirname, '../../src/documents');
export const DOCUMENT_ROLES_FILE = path.resolve(__dirname, '../../src/access/document-roles.json');

/** Every operation of the console's documents, each with the fragments of its file, by operation name. */
export function consoleOperations(dir = DOCUMENTS_DIR): Map<string, DocumentNode> {
  const operations = new Map<string, DocumentNode>();
  for (const file of fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()) {
    const document = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      if (!definition.name) throw new Error(`${file}: every console operation needs a name`);
      const name = definition.name.value;
      if (operations.has(name)) throw new Error(`${file}: operation ${name} is defined twice`);
      operations.set(name, { kind: Kind.DOCUMENT, definitions: [definition, ...fragments] as DefinitionNode[] });
    }
  }
  return operations;
}

/**
 * Which roles may run each operation: the gateway's own field check (`deniedSelections`, the rules on the fields of the
 * supergraph) finds nothing to refuse for that role alone. The console offers a screen only to a caller holding a role
 * that may run all of the screen's operations, so what a screen shows follows from the field rules, never from a list
 * kept in the console.
 */
export function documentRoles(operations = consoleOperations()): Record<string, string[]> {
  const supergraph = supergraphSchema(readSupergraph());
  const rules = fieldRulesOf(supergraph);
  const table: Record<string, string[]> = {};
  for (const [name, document] of [...operations].sort(([a], [b]) => a.localeCompare(b))) {
    table[name] = ROLES.filter((role) => deniedSelections(supergraph, document, rules, [role], false).length === 0);
  }
  return table;
}

export const renderDocumentRoles = (table: Record<string, string[]>) => `${JSON.stringify(table, null, 2)}\n`;
