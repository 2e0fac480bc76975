import { ROLES } from '@hub/common';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  lexicographicSortSchema,
  parse,
  printSchema,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { readSupergraph } from '../supergraph-file';
import { contractSchema } from './contract-schema';
import { deniedSelections } from './field-access';
import { apiObjectTypes, supergraphRules, supergraphSchema } from './supergraph-rules';

/** Every named type a contract mentions in a field, argument or input field. */
function namedTypesUsed(schema: GraphQLSchema): Set<string> {
  const used = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        used.add(getNamedType(field.type).name);
        for (const arg of field.args) used.add(getNamedType(arg.type).name);
      }
    }
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) used.add(getNamedType(field.type).name);
  }
  return used;
}

describe('contractSchema on the checked-in supergraph', () => {
  const sdl = readSupergraph();
  const supergraph = supergraphSchema(sdl);
  const rules = supergraphRules(sdl);
  // The oracle: the gateway's own check of an operation selecting the field (deniedSelections, as its plugin runs it).
  const gatewayAllows = (type: string, field: string, roles: string[]) =>
    deniedSelections(supergraph, parse(`fragment F on ${type} { ${field} }`), rules, roles, false).length === 0;

  it.each(ROLES)('%s: holds exactly the fields the gateway lets the role select (less what nothing can reach)', (role) => {
    const contract = contractSchema(supergraph, rules, [role]);
    if (!contract) throw new Error(`no contract for ${role}`);
    const used = namedTypesUsed(contract);
    let allowedFields = 0;
    for (const type of apiObjectTypes(supergraph)) {
      const kept = contract.getType(type.name);
      for (const field of Object.values(type.getFields())) {
        const allowed = gatewayAllows(type.name, field.name, [role]);
        const inContract = isObjectType(kept) ? kept.getFields()[field.name] : undefined;
        if (!allowed) {
          expect({ field: `${type.name}.${field.name}`, inContract: Boolean(inContract) }).toEqual({ field: `${type.name}.${field.name}`, inContract: false });
          continue;
        }
        allowedFields++;
        if (inContract) {
          // The same field: type and arguments as in the supergraph (arguments sorted by name, as the whole contract is).
          const signature = (args: readonly { name: string; type: unknown }[]) => args.map((a) => `${a.name}: ${String(a.type)}`).sort();
          expect(String(inContract.type)).toBe(String(field.type));
          expect(signature(inContract.args)).toEqual(signature(field.args));
        } else if (kept) {
          // Allowed but left out: only because its type has nothing the role may select.
          expect(contract.getType(getNamedType(field.type).name)).toBeUndefined();
        } else {
          // Allowed on a type the contract does not hold: no kept field leads there.
          expect(used.has(type.name) || type === supergraph.getQueryType()).toBe(false);
        }
      }
    }
    expect(allowedFields).toBeGreaterThan(0);
  });

  it('leaves out what partner:ggz may not select: the confidential address, the risk level', () => {
    const ggz = contractSchema(supergraph, rules, ['partner:ggz'])!;
    const client = ggz.getType('Client');
    if (!isObjectType(client)) throw new Error('the GGZ contract has no Client');
    expect(Object.keys(client.getFields())).not.toContain('confidentialAddress');
    expect(Object.keys(client.getFields())).not.toContain('riskLevel');
    expect(printSchema(ggz)).not.toContain('confidentialAddress');
    // The staff contract keeps it: the GGZ one leaves it out by rule, not by accident.
    const staff = contractSchema(supergraph, rules, ['staff'])!.getType('Client');
    expect(isObjectType(staff) && Object.keys(staff.getFields())).toContain('confidentialAddress');
  });

  it('holds no federation internals and no access rules', () => {
    const printed = printSchema(contractSchema(supergraph, rules, ['partner:ggz'])!);
    for (const internal of [
      'join__',
      'link__',
      'policy__',
      'requiresScopes__',
      '@requiresScopes',
      '@policy',
      '@inaccessible',
      '_entities',
      '_service',
      'directive @',
    ]) {
      expect(printed).not.toContain(internal);
    }
  });

  it('has no contract for an unknown role or no role at all (fail closed)', () => {
    expect(contractSchema(supergraph, rules, ['partner:unknown'])).toBeUndefined();
    expect(contractSchema(supergraph, rules, [])).toBeUndefined();
  });

  it('is sorted and stable: the same printout every time, roles in any order', () => {
    const contract = contractSchema(supergraph, rules, ['referrer', 'municipality'])!;
    expect(printSchema(contract)).toBe(printSchema(lexicographicSortSchema(contract)));
    expect(printSchema(contractSchema(supergraph, rules, ['municipality', 'referrer', 'municipality'])!)).toBe(printSchema(contract));
  });
});

describe('contractSchema on abstract types', () => {
  const sdl = `
    directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION
    directive @inaccessible on FIELD_DEFINITION | OBJECT | ARGUMENT_DEFINITION | ENUM_VALUE | INPUT_FIELD_DEFINITION
    type Query {
      named: [Named] @requiresScopes(scopes: [["a"], ["b"]])
      found(kind: Kind, filter: Filter): Found @requiresScopes(scopes: [["a"], ["b"]])
      empty: Empty @requiresScopes(scopes: [["a"], ["b"]])
      hidden: String @inaccessible @requiresScopes(scopes: [["a"], ["b"]])
    }
    interface Named { name: String @requiresScopes(scopes: [["a"], ["b"]]) }
    type Person implements Named {
      name: String @requiresScopes(scopes: [["a"], ["b"]])
      secret: String @requiresScopes(scopes: [["b"]])
    }
    type Place implements Named { name: String @requiresScopes(scopes: [["b"]]) }
    union Found = Person | Place
    type Empty { nothing: String @requiresScopes(scopes: [["b"]]) }
    type Unused { name: String @requiresScopes(scopes: [["a"]]) }
    enum Kind { PERSON PLACE SECRET @inaccessible }
    input Filter { name: String, internal: String @inaccessible }
  `;
  const schema = supergraphSchema(sdl);
  const rules = supergraphRules(sdl);
  const fieldsOf = (type: GraphQLNamedType | undefined | null) =>
    isObjectType(type) || isInterfaceType(type) ? Object.keys(type.getFields()).sort() : undefined;

  it('keeps an interface field only when every possible type allows it, and drops empty and unreachable types', () => {
    const a = contractSchema(schema, rules, ['a'])!;
    // Place.name is b's only: Named.name is refused to a (the gateway checks every possible type), so Named is empty.
    expect(fieldsOf(a.getType('Named'))).toBeUndefined();
    expect(fieldsOf(a.getQueryType())).toEqual(['found']);
    expect(fieldsOf(a.getType('Person'))).toEqual(['name']);
    expect(a.getType('Place')).toBeUndefined();
    const found = a.getType('Found');
    expect(isUnionType(found) && found.getTypes().map((t) => t.name)).toEqual(['Person']);
    expect(a.getType('Empty')).toBeUndefined();
    expect(a.getType('Unused')).toBeUndefined();
    const kind = a.getType('Kind');
    expect(isEnumType(kind) && kind.getValues().map((v) => v.name)).toEqual(['PERSON', 'PLACE']);
    const filter = a.getType('Filter');
    expect(isInputObjectType(filter) && Object.keys(filter.getFields())).toEqual(['name']);
  });

  it('keeps what a role may select on every possible type, implementations included', () => {
    const b = contractSchema(schema, rules, ['b'])!;
    expect(fieldsOf(b.getQueryType())).toEqual(['empty', 'found', 'named']);
    expect(fieldsOf(b.getType('Named'))).toEqual(['name']);
    expect(fieldsOf(b.getType('Person'))).toEqual(['name', 'secret']);
    expect(b.getPossibleTypes(b.getType('Named') as never).map((t) => t.name)).toEqual(['Person', 'Place']);
  });
});
