import { buildSchema, parse } from 'graphql';
import { createFieldAccessCheck, deniedSelections } from './field-access';
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

  describe('remembered per document hash and role set', () => {
    const document = parse(`{ person { name } }`);

    it("gives each role set its own verdict for the same document, never another set's", () => {
      const check = createFieldAccessCheck(rules, false);
      expect(check(schema, document, 'hash-1', ['staff'])).toEqual([]);
      expect(check(schema, document, 'hash-1', ['intake'])).toEqual([
        { field: 'Query.person', path: 'person' },
        { field: 'Person.name', path: 'person.name' },
      ]);
      expect(check(schema, document, 'hash-1', [])).toHaveLength(2);
      // And again in the other order: the cached staff verdict does not leak to intake, nor the reverse.
      expect(check(schema, document, 'hash-1', ['intake'])).toHaveLength(2);
      expect(check(schema, document, 'hash-1', ['staff'])).toEqual([]);
      // Roles whose names joined could read as another set stay apart.
      expect(check(schema, document, 'hash-1', ['staff,intake'])).toHaveLength(2);
    });

    it('answers a repeated (document, role set) from the cache, roles in any order', () => {
      const check = createFieldAccessCheck(rules, false);
      const first = check(schema, document, 'hash-2', ['intake', 'staff']);
      expect(first).toEqual(deniedSelections(schema, document, rules, ['intake', 'staff'], false));
      expect(check(schema, document, 'hash-2', ['staff', 'intake', 'staff'])).toBe(first);
      expect(check(schema, document, 'hash-3', ['staff', 'intake'])).not.toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
    });

    it('is bounded, and checks afresh once an entry has been dropped', () => {
      const check = createFieldAccessCheck(rules, false, 2);
      const first = check(schema, document, 'a', ['intake']);
      check(schema, document, 'b', ['intake']);
      check(schema, document, 'c', ['intake']);
      const again = check(schema, document, 'a', ['intake']);
      expect(again).not.toBe(first);
      expect(again).toEqual(first);
    });

    it('keeps a separate cache per schema, and checks without one when the document has no hash', () => {
      const check = createFieldAccessCheck(rules, false);
      const other = buildSchema(`type Person { name: String } type Query { person: Person }`);
      const first = check(schema, document, 'hash-4', ['intake']);
      expect(check(other, document, 'hash-4', ['intake'])).not.toBe(first);
      expect(check(schema, document, undefined, ['intake'])).not.toBe(check(schema, document, undefined, ['intake']));
    });
  });
});
