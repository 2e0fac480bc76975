import { buildSchema, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { fieldRulesOf, ruleOf, scopesAllow, type FieldRule } from './field-rules';

/** The directives of field `field` of the one type in `sdl`, as the parser gives them (nothing validated). */
function directivesOf(sdl: string, field: string) {
  const type = parse(sdl).definitions[0] as ObjectTypeDefinitionNode;
  return type.fields?.find((f) => f.name.value === field)?.directives;
}

const DIRECTIVES = `
  directive @requiresScopes(scopes: [[String!]!]!) repeatable on FIELD_DEFINITION | OBJECT
  directive @authenticated on FIELD_DEFINITION | OBJECT
  directive @policy(policies: [[String!]!]!) on FIELD_DEFINITION
`;

describe('ruleOf', () => {
  it.each<[string, FieldRule]>([
    ['f: String', { authenticated: false }],
    ['f: String @authenticated', { authenticated: true }],
    ['f: String @requiresScopes(scopes: [["staff"]])', { authenticated: false, scopes: [['staff']] }],
    ['f: String @requiresScopes(scopes: [["staff"], ["shelter", "auditor"]])', { authenticated: false, scopes: [['staff'], ['shelter', 'auditor']] }],
    [
      'f: String @requiresScopes(scopes: [["partner:ggz"]]) @policy(policies: [["own_organisation"]])',
      { authenticated: false, scopes: [['partner:ggz']], policies: [['own_organisation']] },
    ],
    // Two @requiresScopes (a repeatable directive) add alternatives.
    ['f: String @requiresScopes(scopes: [["staff"]]) @requiresScopes(scopes: [["intake"]])', { authenticated: false, scopes: [['staff'], ['intake']] }],
    ['f: String @deprecated(reason: "old")', { authenticated: false }],
  ])('%s', (field, expected) => {
    expect(ruleOf(directivesOf(`type T { ${field} }`, 'f'))).toEqual(expected);
  });

  it('reads malformed scopes as a rule nobody meets', () => {
    // Not a list of lists: no alternative at all.
    expect(ruleOf(directivesOf('type T { f: String @requiresScopes(scopes: "staff") }', 'f'))).toEqual({ authenticated: false, scopes: [] });
    // Not a string inside: an empty alternative.
    expect(ruleOf(directivesOf('type T { f: String @requiresScopes(scopes: [[1]]) }', 'f'))).toEqual({ authenticated: false, scopes: [[]] });
    // No argument at all.
    expect(ruleOf(directivesOf('type T { f: String @requiresScopes }', 'f'))).toEqual({ authenticated: false, scopes: [] });
  });

  it('reads no directives as no rule', () => {
    expect(ruleOf(undefined)).toEqual({ authenticated: false });
    expect(ruleOf([])).toEqual({ authenticated: false });
  });
});

describe('fieldRulesOf', () => {
  const schema = buildSchema(`${DIRECTIVES}
    type Query {
      client: Client @requiresScopes(scopes: [["staff"], ["intake"]])
      me: String @authenticated
    }
    interface Named { name: String @requiresScopes(scopes: [["staff"]]) }
    type Client implements Named @requiresScopes(scopes: [["staff"]]) {
      name: String @requiresScopes(scopes: [["staff"], ["intake"]])
      address: String @requiresScopes(scopes: [["staff"], ["shelter"]])
      notes: String
    }
    input ClientInput { name: String }
    enum Risk { RED }
  `);

  it('gives every field of every object and interface type its rule, and nothing else', () => {
    expect(fieldRulesOf(schema)).toEqual(
      new Map<string, FieldRule>([
        ['Query.client', { authenticated: false, scopes: [['staff'], ['intake']] }],
        ['Query.me', { authenticated: true }],
        ['Named.name', { authenticated: false, scopes: [['staff']] }],
        ['Client.name', { authenticated: false, scopes: [['staff'], ['intake']] }],
        ['Client.address', { authenticated: false, scopes: [['staff'], ['shelter']] }],
        // The type's own @requiresScopes is not read into its fields: a field without a rule of its own is closed.
        ['Client.notes', { authenticated: false }],
      ]),
    );
  });

  it('a field without a rule is denied to every role', () => {
    const rule = fieldRulesOf(schema).get('Client.notes');
    for (const roles of [['staff'], ['shelter'], ['auditor'], ['staff', 'intake', 'shelter', 'auditor']]) expect(scopesAllow(rule, roles)).toBe(false);
  });

  it('reads directives from the SDL: a schema built in code has none, so its fields are closed', () => {
    const query = new GraphQLObjectType({ name: 'Query', fields: { a: { type: GraphQLString } } });
    expect(fieldRulesOf(new GraphQLSchema({ query }))).toEqual(new Map([['Query.a', { authenticated: false }]]));
  });
});

describe('scopesAllow', () => {
  // rule, roles of the caller, allowed: written out by hand, one row per case.
  const staffOnly: FieldRule = { authenticated: false, scopes: [['staff']] };
  const staffOrShelter: FieldRule = { authenticated: false, scopes: [['staff'], ['shelter']] };
  const staffAndAuditor: FieldRule = { authenticated: false, scopes: [['staff', 'auditor']] };
  const ggz: FieldRule = { authenticated: false, scopes: [['partner:ggz']] };
  const anyone: FieldRule = { authenticated: true };
  const nobody: FieldRule = { authenticated: false };
  const table: Array<[string, FieldRule | undefined, string[], boolean]> = [
    ['no rule at all', undefined, ['staff'], false],
    ['no directive', nobody, ['staff'], false],
    ['no directive, every role', nobody, ['staff', 'intake', 'shelter', 'auditor', 'referrer', 'municipality'], false],
    ['@authenticated, a role', anyone, ['referrer'], true],
    ['@authenticated, no role', anyone, [], true],
    ['staff, as staff', staffOnly, ['staff'], true],
    ['staff, as staff and more', staffOnly, ['intake', 'staff'], true],
    ['staff, as intake', staffOnly, ['intake'], false],
    ['staff, as nobody', staffOnly, [], false],
    ['staff, as a look-alike', staffOnly, ['Staff'], false],
    ['staff or shelter, as shelter', staffOrShelter, ['shelter'], true],
    ['staff or shelter, as staff', staffOrShelter, ['staff'], true],
    ['staff or shelter, as intake', staffOrShelter, ['intake'], false],
    ['staff and auditor, as staff', staffAndAuditor, ['staff'], false],
    ['staff and auditor, as auditor', staffAndAuditor, ['auditor'], false],
    ['staff and auditor, as both', staffAndAuditor, ['auditor', 'staff'], true],
    ['partner:ggz, as partner:ggz', ggz, ['partner:ggz'], true],
    ['partner:ggz, as partner:debt', ggz, ['partner:debt'], false],
    ['partner:ggz, as a bare partner', ggz, ['partner'], false],
    ['an empty alternative grants nothing', { authenticated: false, scopes: [[]] }, ['staff'], false],
    ['no alternatives grant nothing', { authenticated: false, scopes: [] }, ['staff'], false],
    ['scopes win over @authenticated: met', { authenticated: true, scopes: [['staff']] }, ['staff'], true],
    ['scopes win over @authenticated: not met', { authenticated: true, scopes: [['staff']] }, ['intake'], false],
    ['scopes win over @authenticated: none', { authenticated: true, scopes: [] }, ['staff'], false],
    ['a policy alone is not a scope', { authenticated: false, policies: [['own_organisation']] }, ['staff'], false],
  ];

  it.each(table)('%s', (_case, rule, roles, allowed) => {
    expect(scopesAllow(rule, roles)).toBe(allowed);
  });
});
