import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, rule, shield, type IRule, type IRules } from 'graphql-shield';

import { hubError } from '../errors';
import type { RequestContext } from '../server/request-context';
import { fieldRulesOf, scopesAllow, type FieldRule } from './field-rules';

/**
 * A named row-level condition: may this caller see this field of this parent?
 * Declared in method syntax so that a policy may name the parent type of the fields it guards (`(handoff: Handoff, …)`):
 * the schema, not the shield, decides which parent reaches it, so the parameter is compared both ways, not only as unknown.
 */
export type PolicyCheck = {
  check(parent: unknown, args: Record<string, unknown>, context: RequestContext, info: GraphQLResolveInfo): boolean | Promise<boolean>;
}['check'];

export type Policies = Record<string, PolicyCheck>;

/** Federation's own entry points; the gateway is the only caller that reaches them. */
const FEDERATION_FIELDS = new Set(['Query._service', 'Query._entities', '_Service.sdl']);

function fieldRule(coordinate: string, declared: FieldRule, policies: Policies) {
  const conditions = (declared.policies ?? []).map((all) =>
    all.map((name) => {
      const check = policies[name];
      if (!check) throw new Error(`${coordinate} names policy "${name}", which this subgraph does not implement`);
      return check;
    }),
  );
  return rule(`access:${coordinate}`, { cache: 'no_cache' })(
    async (parent: unknown, args: Record<string, unknown>, context: RequestContext, info: GraphQLResolveInfo) => {
      if (!scopesAllow(declared, context.caller?.roles ?? [])) return false;
      if (conditions.length === 0) return true;
      for (const all of conditions) {
        let ok = true;
        for (const check of all) {
          if (!(await check(parent, args, context, info))) {
            ok = false;
            break;
          }
        }
        if (ok) return true;
      }
      return false;
    },
  );
}

/**
 * Wraps every resolver of the subgraph in graphql-shield rules built from the
 * schema's own @requiresScopes/@policy directives. A field without a rule is
 * denied (fail closed); a denied field is a FORBIDDEN error at its path.
 */
export function shieldSchema(schema: GraphQLSchema, policies: Policies = {}): GraphQLSchema {
  const tree: Record<string, Record<string, IRule | typeof allow>> = {};
  for (const [coordinate, declared] of fieldRulesOf(schema)) {
    const [type, field] = coordinate.split('.');
    tree[type] ??= {};
    tree[type][field] = FEDERATION_FIELDS.has(coordinate) ? allow : fieldRule(coordinate, declared, policies);
  }
  const permissions = shield(tree as IRules, {
    allowExternalErrors: true,
    fallbackRule: rule('deny-undeclared', { cache: 'no_cache' })(() => false),
    fallbackError: (_thrown: unknown, _parent: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo) =>
      hubError('FORBIDDEN', `access denied to ${info.parentType.name}.${info.fieldName}`),
  });
  return applyMiddleware(schema, permissions);
}
