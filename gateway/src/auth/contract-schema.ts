import type { FieldRules } from '@hub/common/light';
import {
  assertValidSchema,
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLUnionType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
  lexicographicSortSchema,
  type ConstDirectiveNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLNamedType,
  type GraphQLType,
} from 'graphql';
import { deniedCoordinates } from './field-access';
import { isApiTypeName } from './supergraph-rules';

type Composite = GraphQLObjectType | GraphQLInterfaceType;

const isComposite = (type: GraphQLNamedType): type is Composite => isObjectType(type) || isInterfaceType(type);

/** Federation's @inaccessible: left out of the API schema for everyone (the supergraph uses none today). */
const inaccessible = (node: { directives?: readonly ConstDirectiveNode[] } | null | undefined) =>
  Boolean(node?.directives?.some((directive) => directive.name.value === 'inaccessible'));

const visibleArgs = (field: GraphQLField<unknown, unknown>) => field.args.filter((arg) => !inaccessible(arg.astNode));

/**
 * The contract schema of a role set: the supergraph's API (no federation types
 * or directives, nothing @inaccessible) keeping exactly the fields the gateway
 * lets `roles` select, as decided by the gateway's own `deniedCoordinates`;
 * then without the fields whose type has nothing left to select, and without
 * the types no kept field reaches. The gateway checks fields only: arguments
 * and input fields carry no rules (@requiresScopes cannot be placed on them),
 * so a kept field keeps all of its arguments and a kept input type all of its
 * fields. Descriptions, deprecations and defaults stay; every other directive
 * (the access rules, cost, federation's) goes: the contract is already the
 * role's view, and the rules of other roles are not the caller's business.
 * Sorted (lexicographicSortSchema) so its printout is stable. Undefined when
 * the roles may select nothing at all (an unknown role): no contract.
 */
export function contractSchema(supergraph: GraphQLSchema, rules: FieldRules, roles: readonly string[]): GraphQLSchema | undefined {
  const inApi = (type: GraphQLNamedType) => isApiTypeName(type.name) && !inaccessible(type.astNode);

  // The gateway's verdict, field by field.
  const allowed = new Map<Composite, GraphQLField<unknown, unknown>[]>();
  for (const type of Object.values(supergraph.getTypeMap())) {
    if (!isComposite(type) || !inApi(type)) continue;
    const fields = Object.values(type.getFields()).filter(
      (field) => !inaccessible(field.astNode) && deniedCoordinates(supergraph, type, field.name, rules, roles).length === 0,
    );
    allowed.set(type, fields);
  }

  // A field is kept when its type still has something to select; drop empty types until none is left.
  const live = new Set<GraphQLNamedType>(allowed.keys());
  const selectable = (type: GraphQLNamedType): boolean => {
    if (isComposite(type)) return live.has(type);
    if (isUnionType(type)) return type.getTypes().some((member) => live.has(member));
    return inApi(type);
  };
  const kept = (type: Composite) =>
    (allowed.get(type) ?? []).filter((field) => selectable(getNamedType(field.type)) && visibleArgs(field).every((arg) => selectable(getNamedType(arg.type))));
  for (let changed = true; changed;) {
    changed = false;
    for (const type of live) {
      if (isComposite(type) && kept(type).length === 0) changed = live.delete(type);
    }
  }

  // What a caller can reach from the root types through kept fields and their arguments.
  const reachable = new Set<GraphQLNamedType>();
  const reach = (type: GraphQLNamedType) => {
    if (reachable.has(type) || !selectable(type)) return;
    reachable.add(type);
    if (isComposite(type)) {
      for (const field of kept(type)) {
        reach(getNamedType(field.type));
        for (const arg of visibleArgs(field)) reach(getNamedType(arg.type));
      }
      for (const parent of type.getInterfaces()) reach(parent);
      if (isInterfaceType(type)) for (const possible of supergraph.getPossibleTypes(type)) reach(possible);
    } else if (isUnionType(type)) {
      for (const member of type.getTypes()) reach(member);
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!inaccessible(field.astNode)) reach(getNamedType(field.type));
    }
  };
  const [query, mutation, subscription] = [supergraph.getQueryType(), supergraph.getMutationType(), supergraph.getSubscriptionType()];
  if (!query || !live.has(query)) return undefined;
  for (const root of [query, mutation, subscription]) if (root) reach(root);

  const built = new Map<string, GraphQLNamedType>();
  const named = <T extends GraphQLNamedType>(type: T): T => {
    if (isSpecifiedScalarType(type)) return type;
    let copy = built.get(type.name);
    if (!copy) built.set(type.name, (copy = rebuild(type)));
    return copy as T;
  };
  const wrapped = (type: GraphQLType): GraphQLType =>
    isNonNullType(type) ? new GraphQLNonNull(wrapped(type.ofType)) : isListType(type) ? new GraphQLList(wrapped(type.ofType)) : named(type);
  const argsOf = (args: readonly GraphQLArgument[]): GraphQLFieldConfigArgumentMap =>
    Object.fromEntries(
      args
        .filter((arg) => !inaccessible(arg.astNode))
        .map((arg) => [
          arg.name,
          { type: wrapped(arg.type) as never, description: arg.description, defaultValue: arg.defaultValue, deprecationReason: arg.deprecationReason },
        ]),
    );
  const fieldsOf = (type: Composite) => () =>
    Object.fromEntries(
      kept(type).map((field) => [
        field.name,
        { type: wrapped(field.type) as never, description: field.description, deprecationReason: field.deprecationReason, args: argsOf(field.args) },
      ]),
    );
  const interfacesOf = (type: Composite) => () =>
    type
      .getInterfaces()
      .filter((parent) => reachable.has(parent))
      .map(named);

  function rebuild(type: GraphQLNamedType): GraphQLNamedType {
    const { name, description } = type;
    if (isObjectType(type)) return new GraphQLObjectType({ name, description, fields: fieldsOf(type), interfaces: interfacesOf(type) });
    if (isInterfaceType(type)) return new GraphQLInterfaceType({ name, description, fields: fieldsOf(type), interfaces: interfacesOf(type) });
    if (isUnionType(type))
      return new GraphQLUnionType({
        name,
        description,
        types: () =>
          type
            .getTypes()
            .filter((member) => reachable.has(member))
            .map(named),
      });
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((field) => !inaccessible(field.astNode));
      return new GraphQLInputObjectType({
        name,
        description,
        fields: () =>
          Object.fromEntries(
            fields.map((field) => [
              field.name,
              {
                type: wrapped(field.type) as never,
                description: field.description,
                defaultValue: field.defaultValue,
                deprecationReason: field.deprecationReason,
              },
            ]),
          ),
      });
    }
    if (isEnumType(type)) {
      const values = type.getValues().filter((value) => !inaccessible(value.astNode));
      return new GraphQLEnumType({
        name,
        description,
        values: Object.fromEntries(
          values.map((value) => [value.name, { value: value.value as unknown, description: value.description, deprecationReason: value.deprecationReason }]),
        ),
      });
    }
    const { serialize, parseValue, parseLiteral, specifiedByURL } = (type as GraphQLScalarType).toConfig();
    return new GraphQLScalarType({ name, description, serialize, parseValue, parseLiteral, specifiedByURL });
  }

  const schema = new GraphQLSchema({
    query: named(query),
    mutation: mutation && reachable.has(mutation) ? named(mutation) : undefined,
    subscription: subscription && reachable.has(subscription) ? named(subscription) : undefined,
    // Object types reachable only as an interface's implementations are listed here.
    types: [...reachable].map(named),
  });
  const sorted = lexicographicSortSchema(schema);
  assertValidSchema(sorted);
  return sorted;
}
