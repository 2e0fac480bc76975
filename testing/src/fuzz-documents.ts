import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { graphqlName, hostileJson, hostileString, hugeNumber, KNOWN_IDS, oddNumberLiteral } from './fuzz-values';

type Gen = fc.GeneratorValue;

// One builder function each: fc.gen caches arbitraries per builder and arguments.
const HOSTILE_JSON = () => hostileJson;
const HOSTILE_STRING = () => hostileString;
const NAME = () => graphqlName;
const HUGE_NUMBER = () => hugeNumber;
const ODD_NUMBER = () => oddNumberLiteral;

/** One of the items; by index, since fc.gen compares arguments deeply and schema objects are cyclic. */
function pick<T>(g: Gen, items: readonly T[]): T {
  return items[g(fc.nat, items.length - 1)];
}

export interface FuzzOperation {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

const isInternal = (name: string) => name.startsWith('__') || name.startsWith('join__') || name.startsWith('link__');

/**
 * A JSON value for an input type. Without chaos it is of that type (strings
 * still odd: that is where they reach resolvers); with chaos, sometimes of another.
 */
function valueFor(g: Gen, type: GraphQLInputType, chaos: boolean, depth = 0, nonNull = false): unknown {
  if (chaos && g(fc.nat, 9) === 0) return g(HOSTILE_JSON);
  if (isNonNullType(type)) return chaos && g(fc.nat, 14) === 0 ? null : valueFor(g, type.ofType, chaos, depth, true);
  if (!nonNull && g(fc.nat, 12) === 0) return null;
  if (isListType(type)) {
    const length = g(fc.nat, depth > 1 ? 1 : 3);
    return Array.from({ length }, () => valueFor(g, type.ofType, chaos, depth + 1));
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return chaos && g(fc.nat, 6) === 0 ? g(HOSTILE_STRING) : pick(g, values);
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || g(fc.boolean)) value[field.name] = valueFor(g, field.type, chaos, depth + 1);
    }
    if (chaos && g(fc.nat, 8) === 0) value[g(NAME)] = g(HOSTILE_JSON);
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return chaos && g(fc.nat, 2) === 0 ? g(HOSTILE_STRING) : pick(g, KNOWN_IDS);
      case 'Int':
      case 'Float':
        return chaos ? g(HUGE_NUMBER) : g(fc.integer, { min: -1, max: 120 });
      case 'Boolean':
        return chaos && g(fc.nat, 4) === 0 ? g(HOSTILE_STRING) : g(fc.boolean);
      case 'LocalDate':
        return pick(g, ['2026-01-01', '1990-04-12', '2026-02-30', '1900-01-01', '9999-12-31', '26-1-1', '']);
      case 'DateTimeISO':
        return pick(g, ['2026-01-01T00:00:00.000Z', '2020-01-01T00:00:00Z', '1970-01-01T00:00:00Z', '2026-13-01T00:00:00Z', 'now']);
      default:
        return g(HOSTILE_STRING);
    }
  }
  return null;
}

/** The value as GraphQL literal text; enum values bare, a few numbers JSON cannot write. */
function literal(g: Gen, value: unknown, type?: GraphQLInputType): string {
  const named = type ? getNamedType(type) : undefined;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') {
    if (named && isEnumType(named) && /^[A-Za-z_]\w*$/.test(value)) return value;
    return g(fc.nat, 20) === 0 ? `"""${value.replace(/"""/g, '')}"""` : JSON.stringify(value);
  }
  if (typeof value === 'number') return g(fc.nat, 10) === 0 ? g(ODD_NUMBER) : JSON.stringify(value);
  if (typeof value === 'boolean') return String(value);
  const inner = type && (isNonNullType(type) ? type.ofType : type);
  if (Array.isArray(value)) return `[${value.map((item) => literal(g, item, inner && isListType(inner) ? inner.ofType : undefined)).join(', ')}]`;
  const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
  return `{${Object.entries(value as Record<string, unknown>)
    .filter(([key]) => /^[A-Za-z_]\w*$/.test(key))
    .map(([key, item]) => `${key}: ${literal(g, item, fields[key]?.type)}`)
    .join(', ')}}`;
}

/** The GraphQL type text of an input type, for a variable definition. */
const typeText = (type: GraphQLInputType): string => type.toString();

class DocumentBuilder {
  readonly variableDefinitions: string[] = [];
  readonly variables: Record<string, unknown> = {};
  readonly fragments: string[] = [];
  private fieldsWritten = 0;

  constructor(
    private readonly g: Gen,
    private readonly schema: GraphQLSchema,
    /** Wrong types, unknown names, missing arguments; off, the document is mostly valid. */
    private readonly chaos: boolean,
  ) {}

  private argument(name: string, type: GraphQLInputType): string {
    const g = this.g;
    const how = g(fc.nat, 9);
    if (how <= 2) {
      // A variable: declared with the right type, another type, or not at all.
      const variable = `${name}_${this.variableDefinitions.length}`;
      const declared = g(fc.nat, 9);
      if (declared <= 6 || !this.chaos) this.variableDefinitions.push(`$${variable}: ${typeText(type)}`);
      else if (declared <= 8) this.variableDefinitions.push(`$${variable}: ${pick(g, ['Int', 'String!', '[ID!]!', 'Boolean', 'Nope'])}`);
      if (g(fc.nat, 5) > 0 || !this.chaos) this.variables[variable] = valueFor(g, type, this.chaos);
      return `${name}: $${variable}`;
    }
    return `${name}: ${literal(g, valueFor(g, type, this.chaos), type)}`;
  }

  private argumentsOf(field: GraphQLField<unknown, unknown>): string {
    const g = this.g;
    const parts: string[] = [];
    for (const arg of field.args) {
      if (isNonNullType(arg.type) ? !this.chaos || g(fc.nat, 12) > 0 : g(fc.boolean)) parts.push(this.argument(arg.name, arg.type));
    }
    if (this.chaos && g(fc.nat, 10) === 0) parts.push(`${g(NAME)}: ${literal(g, g(HOSTILE_JSON))}`);
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  /** A random sub-selection of a composite type, fragments included. */
  selection(type: GraphQLNamedType, depth: number): string {
    const g = this.g;
    if (isUnionType(type)) {
      const members = type.getTypes();
      const chosen = members.filter(() => g(fc.boolean));
      const spreads = (chosen.length ? chosen : members.slice(0, 1)).map((member) => `... on ${member.name} ${this.selection(member, depth)}`);
      return `{ __typename ${spreads.join(' ')} }`;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return '';
    const fields = Object.values(type.getFields()).filter((f) => !isInternal(f.name));
    const count = 1 + g(fc.nat, Math.min(4, fields.length - 1));
    const parts: string[] = [];
    const used = new Set<string>();
    for (let i = 0; i < count && this.fieldsWritten < 60; i++) {
      parts.push(this.field(pick(g, fields), depth + 1, used));
    }
    if (this.chaos && g(fc.nat, 12) === 0) parts.push(`${g(NAME)}`); // a field that does not exist
    const body = `{ ${parts.join(' ') || '__typename'} }`;
    const wrap = g(fc.nat, 9);
    if (wrap === 0 && isObjectType(type)) {
      const name = `F${this.fragments.length}`;
      this.fragments.push(`fragment ${name} on ${type.name} ${body}`);
      return `{ ...${name} }`;
    }
    if (wrap === 1) return `{ ... on ${type.name} ${body} }`;
    return body;
  }

  /** `used`: response names taken in this selection set; a field asked twice gets an alias unless chaos wants a conflict. */
  field(field: GraphQLField<unknown, unknown>, depth: number, used: Set<string>): string {
    const g = this.g;
    this.fieldsWritten++;
    let alias = g(fc.nat, 4) === 0 ? `${g(NAME)}: ` : '';
    if (!alias && used.has(field.name) && !this.chaos) alias = `${field.name}${used.size}: `;
    used.add(alias ? alias.slice(0, -2) : field.name);
    const directive =
      this.chaos && g(fc.nat, 15) === 0 ? ` @${pick(g, ['include(if: true)', 'skip(if: false)', 'skip(if: "yes")', 'deprecated', 'nope'])}` : '';
    const named = getNamedType(field.type);
    let selection = '';
    if (isObjectType(named) || isInterfaceType(named) || isUnionType(named)) {
      const stop = depth >= 4 || g(fc.nat, 15) === 0;
      selection = stop ? (this.chaos && g(fc.boolean) ? '' : '{ __typename }') : this.selection(named, depth);
    } else if (this.chaos && g(fc.nat, 20) === 0) {
      selection = '{ id }'; // a selection on a leaf
    }
    return `${alias}${field.name}${this.argumentsOf(field)}${directive} ${selection}`;
  }

  root(operation: 'query' | 'mutation' | 'subscription'): string {
    const g = this.g;
    const type = operation === 'mutation' ? this.schema.getMutationType() : this.schema.getQueryType();
    const fields = Object.values(type!.getFields()).filter((f) => !isInternal(f.name));
    const count = 1 + g(fc.nat, 2);
    const used = new Set<string>();
    const parts = Array.from({ length: count }, () => this.field(pick(g, fields), 0, used));
    if (this.chaos && g(fc.nat, 25) === 0) parts.push('__schema { types { name } }');
    return `{ ${parts.join(' ')} }`;
  }
}

/** A GraphQL request built from the schema, with wrong types, variables, aliases, fragments and broken text mixed in. */
export function fuzzOperation(schema: GraphQLSchema): fc.Arbitrary<FuzzOperation> {
  return fc.gen().map((g) => {
    const chaos = g(fc.boolean);
    const builder = new DocumentBuilder(g, schema, chaos);
    const operation = pick<'query' | 'mutation' | 'subscription'>(g, chaos ? ['query', 'query', 'mutation', 'subscription'] : ['query', 'query', 'mutation']);
    const selection = builder.root(operation);
    const named = g(fc.boolean);
    const name = named ? `Op${g(fc.nat, 99)}` : '';
    const definitions = builder.variableDefinitions.length ? `(${builder.variableDefinitions.join(', ')})` : '';
    let query = `${operation === 'query' && !named && !definitions && g(fc.boolean) ? '' : `${operation} ${name}${definitions} `}${selection}`;
    if (builder.fragments.length) query += `\n${builder.fragments.join('\n')}`;
    // Damaged text: cut short, a stray character, or an odd string spliced in.
    const damage = chaos ? g(fc.nat, 14) : -1;
    if (damage === 0) query = query.slice(0, g(fc.nat, query.length));
    if (damage === 1) {
      const at = g(fc.nat, query.length);
      query = `${query.slice(0, at)}${pick(g, ['{', '}', '(', '"', '$', '@', '...', '#', '\u0000', '\uFEFF', '\u202E', '😀'])}${query.slice(at)}`;
    }
    const variables = chaos && g(fc.nat, 12) === 0 ? (g(HOSTILE_JSON) as Record<string, unknown>) : builder.variables;
    const operationName = chaos && g(fc.nat, 10) === 0 ? pick(g, [name || 'Missing', 'Other', '']) : undefined;
    return { query, variables: Object.keys(variables ?? {}).length || g(fc.boolean) ? variables : undefined, operationName };
  });
}
