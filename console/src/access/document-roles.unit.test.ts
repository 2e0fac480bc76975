import fs from 'node:fs';
import { fieldRulesOf, readSupergraph, ROLES, supergraphSchema } from '@hub/common/light';
import { renderContract } from '@hub/gateway';
import { buildSchema, parse, validate } from 'graphql';
import { SCREENS, screensFor } from '../screens/registry';
import { consoleOperations, DOCUMENT_ROLES_FILE, documentRoles, renderDocumentRoles } from './document-roles';
import { mayRunAll, operationName } from './screen-access';

const supergraph = supergraphSchema(readSupergraph());
const rules = fieldRulesOf(supergraph);
const operations = consoleOperations();
const committed = JSON.parse(fs.readFileSync(DOCUMENT_ROLES_FILE, 'utf8')) as Record<string, string[]>;

describe('which role may run each console operation (document-roles.json)', () => {
  it('is fresh: derived from the supergraph field rules as committed (run `npm run codegen -w console` if not)', () => {
    expect(fs.readFileSync(DOCUMENT_ROLES_FILE, 'utf8')).toBe(renderDocumentRoles(documentRoles(operations)));
  });

  // A second derivation of the same rules: the role's contract schema holds exactly the fields the role may select.
  it.each(ROLES)('agrees with the contract schema of %s for every operation', (role) => {
    const sdl = renderContract(supergraph, rules, [role]);
    const contract = sdl ? buildSchema(sdl) : undefined;
    for (const [name, document] of operations) {
      const valid = contract ? validate(contract, document).length === 0 : false;
      expect({ name, role, allowed: committed[name].includes(role) }).toEqual({ name, role, allowed: valid });
    }
  });
});

describe('the screens a caller is offered', () => {
  it('names only operations of the console documents', () => {
    for (const screen of SCREENS) for (const document of screen.documents) expect(operations.has(operationName(document))).toBe(true);
  });

  it('offers a screen only to a role that may run all its operations, and nothing to an unknown role', () => {
    for (const role of ROLES) {
      for (const screen of screensFor({ roles: [role], side: 'KADERA' }).concat(screensFor({ roles: [role], side: 'PARTNER' }))) {
        for (const document of screen.documents) expect(committed[operationName(document)]).toContain(role);
      }
    }
    expect(screensFor({ roles: ['no-such-role'], side: 'KADERA' })).toEqual([]);
    expect(mayRunAll(['staff'], [parse('query NotAConsoleOperation { me { userId } }')])).toBe(false);
  });

  it('offers no screen meant for another side', () => {
    for (const screen of screensFor({ roles: ['staff'], side: 'KADERA' })) expect(screen.sides).toContain('KADERA');
    expect(screensFor({ roles: ['staff'], side: 'MUNICIPALITY' }).filter((s) => !s.sides.includes('MUNICIPALITY'))).toEqual([]);
  });
});
