import { buildSchema, parse } from 'graphql';
import { deniedSelections } from './field-access';
import { supergraphRules } from './supergraph-rules';

describe('deniedSelections', () => {
  const schema = buildSchema(`
    interface Named { name: String }
    type Person implements Named { name: String secret: String }
    type Place implements Named { name: String }
    type Query { named: Named person: Person }
  `);
  const rules = supergraphRules(`
    type Query { named: Named @requiresScopes(scopes: [["staff"]]) person: Person @requiresScopes(scopes: [["staff"]]) }
    interface Named { name: String @requiresScopes(scopes: [["staff"]]) }
    type Person implements Named { name: String @requiresScopes(scopes: [["staff"]]) secret: String }
    type Place implements Named { name: String @requiresScopes(scopes: [["intake"]]) }
    directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION
  `);

  it('denies a field without a rule to everyone', () => {
    const denied = deniedSelections(schema, parse(`{ person { secret } }`), rules, ['staff'], false);
    expect(denied).toEqual([{ field: 'Person.secret', path: 'person.secret' }]);
  });

  it('checks a field selected on an interface against every possible type', () => {
    const denied = deniedSelections(schema, parse(`{ named { name } }`), rules, ['staff'], false);
    expect(denied).toEqual([{ field: 'Place.name', path: 'named.name' }]);
  });

  it('refuses introspection unless it is switched on', () => {
    expect(deniedSelections(schema, parse(`{ __schema { types { name } } }`), rules, ['staff'], false)).toHaveLength(1);
    expect(deniedSelections(schema, parse(`{ __schema { types { name } } }`), rules, ['staff'], true)).toHaveLength(0);
  });
});
