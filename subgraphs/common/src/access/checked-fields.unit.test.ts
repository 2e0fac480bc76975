import { buildSchema } from 'graphql';
import { fieldsToCheck } from './checked-fields';
import { fieldRulesOf, scopesAllow, scopesImply, type FieldRule } from './field-rules';

const DIRECTIVES = `
  directive @requiresScopes(scopes: [[String!]!]!) repeatable on FIELD_DEFINITION | OBJECT
  directive @authenticated on FIELD_DEFINITION | OBJECT
  directive @policy(policies: [[String!]!]!) on FIELD_DEFINITION
`;

describe('scopesImply', () => {
  const staff: FieldRule = { authenticated: false, scopes: [['staff']] };
  const staffOrShelter: FieldRule = { authenticated: false, scopes: [['staff'], ['shelter']] };
  const staffAndIntake: FieldRule = { authenticated: false, scopes: [['staff', 'intake']] };
  const authenticated: FieldRule = { authenticated: true };
  const nobody: FieldRule = { authenticated: false };

  it.each<[string, FieldRule, FieldRule, boolean]>([
    ['the same scopes', staff, staff, true],
    ['narrower outer', staff, staffOrShelter, true],
    ['wider outer', staffOrShelter, staff, false],
    ['an outer alternative holding more', staffAndIntake, staff, true],
    ['an inner alternative needing more', staff, staffAndIntake, false],
    ['an outer open to every caller', authenticated, staff, false],
    ['an inner open to every caller', staff, authenticated, true],
    ['an inner open to nobody', staff, nobody, false],
    ['an outer open to nobody', nobody, staff, true],
    ['an empty inner alternative (grants nothing)', staff, { authenticated: false, scopes: [[]] }, false],
  ])('%s', (_name, outer, inner, expected) => {
    expect(scopesImply(outer, inner)).toBe(expected);
  });

  it('never claims more than scopesAllow grants, for any roles', () => {
    const universe = ['staff', 'intake', 'shelter'];
    const sets = [[], ['staff'], ['intake'], ['staff', 'intake'], ['shelter', 'intake'], ['staff', 'intake', 'shelter']];
    const rules: FieldRule[] = [
      { authenticated: false },
      { authenticated: true },
      ...sets.map((all) => ({ authenticated: false, scopes: [all] })),
      ...sets.flatMap((a) => sets.map((b) => ({ authenticated: false, scopes: [a, b] }))),
    ];
    const roleSets = Array.from({ length: 1 << universe.length }, (_, bits) => universe.filter((_role, i) => bits & (1 << i)));
    let implied = 0;
    for (const outer of rules)
      for (const inner of rules) {
        if (!scopesImply(outer, inner)) continue;
        implied += 1;
        for (const roles of roleSets) if (scopesAllow(outer, roles)) expect(scopesAllow(inner, roles)).toBe(true);
      }
    expect(implied).toBeGreaterThan(rules.length);
  });
});

describe('fieldsToCheck', () => {
  const schema = buildSchema(`${DIRECTIVES}
    type Query {
      units: [Unit!]! @requiresScopes(scopes: [["staff"], ["shelter"]])
      stays: [Stay!]! @requiresScopes(scopes: [["staff"]])
      anyone: Summary @authenticated
      _entities(representations: [String!]!): [_Entity]!
    }
    union _Entity = Client
    type Client { id: ID! @requiresScopes(scopes: [["staff"]]) }
    type Unit {
      name: String @requiresScopes(scopes: [["staff"], ["shelter"]])
      capacity: Int @requiresScopes(scopes: [["staff"]])
      secret: String
      count: Int @authenticated
      guarded: String @requiresScopes(scopes: [["staff"], ["shelter"]]) @policy(policies: [["own"]])
    }
    type Stay { id: ID! @requiresScopes(scopes: [["staff"]]) client: Client @requiresScopes(scopes: [["staff"]]) unit: Unit @requiresScopes(scopes: [["staff"]]) }
    type Summary { total: Int @requiresScopes(scopes: [["staff"]]) }
  `);
  const checked = fieldsToCheck(schema, fieldRulesOf(schema), new Set(['Query._entities']));

  it('keeps the check of every root field but those open to every caller', () => {
    for (const field of ['units', 'stays']) expect(checked.has(`Query.${field}`)).toBe(true);
    for (const field of ['anyone', '_entities']) expect(checked.has(`Query.${field}`)).toBe(false);
  });

  it('leaves out a check that every way to the type already made', () => {
    expect(checked.has('Unit.name')).toBe(false);
    expect(checked.has('Stay.id')).toBe(false);
    expect(checked.has('Stay.client')).toBe(false);
    // Open to every caller whoever reaches it.
    expect(checked.has('Unit.count')).toBe(false);
  });

  it('keeps the check where some caller who reaches the type may not see the field', () => {
    // Shelter staff reach Unit through Query.units.
    expect(checked.has('Unit.capacity')).toBe(true);
    // Anyone reaches a Client through _entities, and a Summary through an @authenticated field.
    expect(checked.has('Client.id')).toBe(true);
    expect(checked.has('Summary.total')).toBe(true);
  });

  it('keeps the check of undeclared fields (denied) and of fields with a policy', () => {
    expect(checked.has('Unit.secret')).toBe(true);
    expect(checked.has('Unit.guarded')).toBe(true);
  });
});
