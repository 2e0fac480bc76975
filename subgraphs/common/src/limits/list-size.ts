import { isInterfaceType, isObjectType, Kind, type ConstDirectiveNode, type GraphQLSchema, type ValueNode } from 'graphql';

/**
 * How many items a list field is taken to return when the cost of an
 * operation is estimated, declared on the field with the standard
 * `@listSize` directive (the IBM/Apollo cost specification, imported from
 * Federation 2.9), so the size lives on the field and composes into the
 * supergraph: the gateway and the subgraphs read the same declaration.
 */
interface ListSize {
  /** Items assumed when no slicing argument is given. */
  assumedSize?: number;
  /** Arguments whose value is the number of items (e.g. `first`). */
  slicingArguments: string[];
  /** Fields of the returned type that hold the items (e.g. a connection's `edges`). */
  sizedFields: string[];
}

export type ListSizes = Map<string, ListSize>;

function strings(value: ValueNode | undefined): string[] {
  if (!value) return [];
  if (value.kind === Kind.STRING) return [value.value];
  if (value.kind === Kind.LIST) return value.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : []));
  return [];
}

function listSizeOf(directive: ConstDirectiveNode): ListSize {
  const argument = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
  const assumed = argument('assumedSize');
  return {
    assumedSize: assumed?.kind === Kind.INT ? Number(assumed.value) : undefined,
    slicingArguments: strings(argument('slicingArguments')),
    sizedFields: strings(argument('sizedFields')),
  };
}

/** Field coordinate -> its `@listSize`, for a schema built from SDL (a subgraph's or the supergraph). */
export function listSizesOf(schema: GraphQLSchema): ListSizes {
  const sizes: ListSizes = new Map();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const directive = field.astNode?.directives?.find((d) => d.name.value === 'listSize');
      if (directive) sizes.set(`${type.name}.${field.name}`, listSizeOf(directive));
    }
  }
  return sizes;
}
