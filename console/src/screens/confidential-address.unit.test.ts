import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, visit } from 'graphql';
import { CONFIDENTIAL_ADDRESS_OPERATION } from './confidential-address';

const DOCUMENTS = path.resolve(__dirname, '../../src/documents');
const FILE = 'client-confidential-address.graphql';

/** The names of the operations of a document file that select a field named `field`. */
function operationsSelecting(file: string, field: string): string[] {
  const found: string[] = [];
  for (const definition of parse(fs.readFileSync(path.join(DOCUMENTS, file), 'utf8')).definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    let selects = false;
    visit(definition, { Field: (node) => void (node.name.value === field && (selects = true)) });
    if (selects) found.push(definition.name?.value ?? '(anonymous)');
  }
  return found;
}

describe('the confidential address read', () => {
  it('is the one operation of its own file, checked by its name (screen access) and loaded only with the click', () => {
    const operations = parse(fs.readFileSync(path.join(DOCUMENTS, FILE), 'utf8')).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.map((o) => o.name?.value)).toEqual([CONFIDENTIAL_ADDRESS_OPERATION]);
    expect(operationsSelecting(FILE, 'confidentialAddress')).toEqual([CONFIDENTIAL_ADDRESS_OPERATION]);
  });

  it('is the only console operation that selects the address: no other screen loads it', () => {
    const others = fs.readdirSync(DOCUMENTS).filter((f) => f.endsWith('.graphql') && f !== FILE);
    expect(others.length).toBeGreaterThan(0);
    for (const file of others) expect(operationsSelecting(file, 'confidentialAddress')).toEqual([]);
  });
});
