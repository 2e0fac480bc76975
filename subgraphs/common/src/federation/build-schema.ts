import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type ClassType, type NonEmptyArray, type ResolverObject } from 'type-graphql';
import { validateInput } from '../validation/validate-input';

/** The Federation 2 version every subgraph links, and what it imports from it. */
export const FEDERATION_LINK = `extend schema
  @link(
    url: "https://specs.apollo.dev/federation/v2.9"
    import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@authenticated", "@requiresScopes", "@policy", "@cost", "@listSize"]
  )`;

/**
 * Each entity's reference resolver, typed by the subgraph that declares it (`(reference: { id: string }, context:
 * RequestContext) => ...`); the parameters are `never` here because @apollo/subgraph supplies them at run time.
 */
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: never, context: never, info: never) => unknown }>;

export interface SchemaDefinition {
  resolvers: NonEmptyArray<ClassType>;
  orphanedTypes?: ClassType[];
  referenceResolvers?: ReferenceResolvers;
}

/**
 * Builds the type-graphql schema, prints it with its directives and hands it to
 * @apollo/subgraph, so `_service { sdl }` and `_entities` follow the Federation spec.
 */
export async function buildFederatedSchema(definition: SchemaDefinition): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    skipCheck: true,
    // Every input object and argument class is checked against its class-validator rules (validation/).
    validateFn: validateInput,
  });
  const resolvers = createResolversMap(schema);
  for (const [typeName, reference] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as ResolverObject | undefined), ...reference } as ResolverObject;
  }
  const federated = buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATION_LINK}
      ${printSchemaWithDirectives(schema)}
    `,
    // The same resolver map; type-graphql and @apollo/subgraph each describe it with types of their own.
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
  restoreDefaultValues(schema, federated);
  return federated;
}

/**
 * Default values as the resolvers expect them. Printed to SDL and built again, an enum default comes back as the
 * enum's GraphQL name (`NL`) instead of its value (`nl`): graphql-js coerces defaults before the resolver map gives
 * the enum its values (graphql/graphql-js#1604). The type-graphql schema holds the values; every argument and
 * input field takes its default from there.
 */
function restoreDefaultValues(source: GraphQLSchema, target: GraphQLSchema): void {
  for (const type of Object.values(target.getTypeMap())) {
    const original = source.getType(type.name);
    if (isObjectType(type) && isObjectType(original)) {
      const originalFields = original.getFields();
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) {
          const from = originalFields[field.name]?.args.find((a) => a.name === arg.name);
          if (from) Object.assign(arg, { defaultValue: from.defaultValue });
        }
      }
    } else if (isInputObjectType(type) && isInputObjectType(original)) {
      const originalFields = original.getFields();
      for (const field of Object.values(type.getFields())) {
        const from = originalFields[field.name];
        if (from) Object.assign(field, { defaultValue: from.defaultValue });
      }
    }
  }
}
