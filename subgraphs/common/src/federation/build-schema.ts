import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
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
  return buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATION_LINK}
      ${printSchemaWithDirectives(schema)}
    `,
    // The same resolver map; type-graphql and @apollo/subgraph each describe it with types of their own.
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
}
