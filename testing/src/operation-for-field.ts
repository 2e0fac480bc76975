import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

const SAMPLE_SCALARS: Record<string, string> = {
  ID: '"00000000-0000-4000-8000-000000000000"',
  UUID: '"00000000-0000-4000-8000-000000000000"',
  String: '"x"',
  Int: '1',
  Float: '1',
  Boolean: 'true',
  LocalDate: '"2026-01-01"',
  DateTimeISO: '"2026-01-01T00:00:00.000Z"',
};

function literal(type: GraphQLInputType): string | undefined {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const item = literal(inner.ofType);
    return item === undefined ? undefined : `[${item}]`;
  }
  if (isEnumType(inner)) return inner.getValues()[0].name;
  if (isScalarType(inner)) return SAMPLE_SCALARS[inner.name] ?? '"x"';
  if (isInputObjectType(inner)) return undefined;
  return undefined;
}

export interface FieldOperation {
  text: string;
  /** A mutation is never run: its required variables are left unset, so only the access check sees it. */
  kind: 'query' | 'mutation';
  /** Variables declared and never given: such an operation passes the access check and then fails, unexecuted. */
  variables: number;
}

type Step = { parent: GraphQLObjectType; field: GraphQLField<unknown, unknown> };

/** The fields from a root type down to one field, that field last. */
export interface FieldChain {
  kind: FieldOperation['kind'];
  steps: Step[];
}

/** Shortest chain of fields from a root type to every object type it reaches. */
function pathsFrom(root: GraphQLObjectType): Map<string, Step[]> {
  const paths = new Map<string, Step[]>([[root.name, []]]);
  const queue: GraphQLObjectType[] = [root];
  while (queue.length) {
    const type = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (!isObjectType(target) || paths.has(target.name)) continue;
      paths.set(target.name, [...paths.get(type.name)!, { parent: type, field }]);
      queue.push(target);
    }
  }
  return paths;
}

const rootPaths = new WeakMap<GraphQLSchema, { query: Map<string, Step[]>; mutation: Map<string, Step[]> }>();

function pathsOf(schema: GraphQLSchema) {
  let paths = rootPaths.get(schema);
  if (!paths) {
    const mutation = schema.getMutationType();
    paths = { query: pathsFrom(schema.getQueryType()!), mutation: mutation ? pathsFrom(mutation) : new Map<string, Step[]>() };
    rootPaths.set(schema, paths);
  }
  return paths;
}

/** The chain that selects `type.field`: the shortest from Query, else from Mutation. */
export function fieldChain(schema: GraphQLSchema, typeName: string, fieldName: string): FieldChain {
  const { query, mutation } = pathsOf(schema);
  const kind: FieldOperation['kind'] = typeName === 'Mutation' || (!query.has(typeName) && mutation.has(typeName)) ? 'mutation' : 'query';
  const path = (kind === 'query' ? query : mutation).get(typeName);
  if (!path) throw new Error(`${typeName} is not reachable from a root type`);
  const type = schema.getType(typeName) as GraphQLObjectType;
  const field = type.getFields()[fieldName];
  if (!field) throw new Error(`${typeName}.${fieldName} is not in the schema`);
  return { kind, steps: [...path, { parent: type, field }] };
}

/** The schema coordinate of every field of a chain, root field first: `Query.handoffs`, ..., `Client.name`. */
export const chainCoordinates = (chain: FieldChain) => chain.steps.map((step) => `${step.parent.name}.${step.field.name}`);

interface Selection {
  field: GraphQLField<unknown, unknown>;
  children: Map<string, Selection>;
}

/**
 * One operation that selects every chain given (all of one kind), with the
 * steps they share selected once: chains come from one shortest-path tree, so
 * a field name under a parent always means the same step with the same arguments.
 */
export function operationForChains(chains: FieldChain[]): FieldOperation {
  const kinds = new Set(chains.map((chain) => chain.kind));
  if (kinds.size !== 1) throw new Error(`one operation selects fields of one root type, not ${[...kinds].join(' and ') || 'none'}`);
  const [kind] = kinds;
  const roots = new Map<string, Selection>();
  for (const chain of chains) {
    let level = roots;
    for (const { field } of chain.steps) {
      let selection = level.get(field.name);
      if (!selection) level.set(field.name, (selection = { field, children: new Map() }));
      level = selection.children;
    }
  }

  const variables: string[] = [];
  const args = (list: readonly GraphQLArgument[]) => {
    const required = list.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    if (!required.length) return '';
    const parts = required.map((arg) => {
      const value = kind === 'query' ? literal(arg.type) : undefined;
      if (value !== undefined) return `${arg.name}: ${value}`;
      const name = `v${variables.length}`;
      variables.push(`$${name}: ${arg.type.toString()}`);
      return `${arg.name}: $${name}`;
    });
    return `(${parts.join(', ')})`;
  };
  const render = (level: Map<string, Selection>): string =>
    ` { ${[...level.values()]
      .map(({ field, children }) => {
        const below = children.size ? render(children) : isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
        return `${field.name}${args(field.args)}${below}`;
      })
      .join(' ')} }`;
  const selection = render(roots);
  const header = variables.length ? `${kind} (${variables.join(', ')})` : kind;
  return { text: `${header}${selection}`, kind, variables: variables.length };
}

/** An operation that selects `type.field` (reached from Query, else from Mutation). */
export function operationForField(schema: GraphQLSchema, typeName: string, fieldName: string): FieldOperation {
  return operationForChains([fieldChain(schema, typeName, fieldName)]);
}
