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
}

type Step = { parent: GraphQLObjectType; field: GraphQLField<unknown, unknown> };

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

/** An operation that selects `type.field` (reached from Query, else from Mutation). */
export function operationForField(schema: GraphQLSchema, typeName: string, fieldName: string): FieldOperation {
  const query = schema.getQueryType()!;
  const mutation = schema.getMutationType();
  const fromQuery = pathsFrom(query);
  const fromMutation = mutation ? pathsFrom(mutation) : new Map<string, Step[]>();
  const kind: FieldOperation['kind'] = typeName === 'Mutation' || (!fromQuery.has(typeName) && fromMutation.has(typeName)) ? 'mutation' : 'query';
  const path = (kind === 'query' ? fromQuery : fromMutation).get(typeName);
  if (!path) throw new Error(`${typeName} is not reachable from a root type`);
  const type = schema.getType(typeName) as GraphQLObjectType;
  const steps: Step[] = [...path, { parent: type, field: type.getFields()[fieldName] }];

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
  let selection = isObjectType(getNamedType(steps[steps.length - 1].field.type)) ? ' { __typename }' : '';
  for (const step of [...steps].reverse()) {
    selection = ` { ${step.field.name}${args(step.field.args)}${selection} }`;
  }
  const header = variables.length ? `${kind} (${variables.join(', ')})` : kind;
  return { text: `${header}${selection}`, kind };
}
