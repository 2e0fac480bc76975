import { fieldRulesOf, supergraphSchema, type FieldRules } from '@hub/common/light';
import { isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';

export { supergraphSchema } from '@hub/common/light';

/** The authorization features composition links `for: SECURITY`. */
const SECURITY_FEATURES = ['authenticated', 'requiresScopes', 'policy'];

/**
 * Whether a type of the supergraph is part of the API callers see: not introspection's own (`__Type`) and
 * not a linked feature's (`join__Graph`, `link__Purpose`, `policy__Policy`, `requiresScopes__Scope`).
 */
export function isApiTypeName(name: string): boolean {
  return !name.includes('__');
}

/** Object types and fields callers can select: the supergraph's API, without federation's own types. */
export function apiObjectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => isApiTypeName(type.name))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function supergraphRules(supergraphSdl: string): FieldRules {
  return fieldRulesOf(supergraphSchema(supergraphSdl));
}

/**
 * @apollo/gateway refuses a supergraph whose authorization features are linked
 * `for: SECURITY`, because it cannot enforce them. This gateway enforces them
 * itself before query planning (field-access plugin), so it hands @apollo/gateway
 * the same supergraph with those links marked as handled (the purpose removed).
 */
export function markSecurityFeaturesHandled(supergraphSdl: string): string {
  return supergraphSdl.replace(/@link\(url: "https:\/\/specs\.apollo\.dev\/(\w+)\/v[\d.]+"(, [^)]*?)?, for: SECURITY\)/g, (link, feature: string) =>
    SECURITY_FEATURES.includes(feature) ? link.replace(', for: SECURITY', '') : link,
  );
}
