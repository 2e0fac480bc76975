import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, rule, shield, type IRule, type IRules } from 'graphql-shield';

import { hubError } from '../errors';
import type { RequestContext } from '../server/request-context';
import { fieldsToCheck } from './checked-fields';
import { isPromiseLike } from './promise-like';
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
  // Synchronous unless a policy answers with a promise: no promise per field where none is needed.
  const anyHolds = (
    index: number,
    parent: unknown,
    args: Record<string, unknown>,
    context: RequestContext,
    info: GraphQLResolveInfo,
  ): boolean | Promise<boolean> => {
    for (let i = index; i < conditions.length; i += 1) {
      const holds = allHold(conditions[i], 0, parent, args, context, info);
      if (isPromiseLike(holds)) return Promise.resolve(holds).then((ok) => (ok ? true : anyHolds(i + 1, parent, args, context, info)));
      if (holds) return true;
    }
    return false;
  };
  return rule(`access:${coordinate}`, { cache: 'no_cache' })(
    (parent: unknown, args: Record<string, unknown>, context: RequestContext, info: GraphQLResolveInfo): boolean | Promise<boolean> => {
      if (!scopesAllow(declared, context.caller?.roles ?? [])) return false;
      if (conditions.length === 0) return true;
      return anyHolds(0, parent, args, context, info);
    },
  );
}

/** Whether every check of `all` from `index` on holds, stopping at the first that does not. */
function allHold(
  all: PolicyCheck[],
  index: number,
  parent: unknown,
  args: Record<string, unknown>,
  context: RequestContext,
  info: GraphQLResolveInfo,
): boolean | Promise<boolean> {
  for (let i = index; i < all.length; i += 1) {
    const holds = all[i](parent, args, context, info);
    if (isPromiseLike(holds)) return Promise.resolve(holds).then((ok) => (ok ? allHold(all, i + 1, parent, args, context, info) : false));
    if (!holds) return false;
  }
  return true;
}

/**
 * Wraps the resolvers of the subgraph in graphql-shield rules built from the
 * schema's own @requiresScopes/@policy directives. A field without a rule is
 * denied (fail closed); a denied field is a FORBIDDEN error at its path.
 * Fields whose check could only allow whoever reaches them are left unwrapped
 * (checked-fields.ts): a wrapper per field and request costs several promises.
 */
export function shieldSchema(schema: GraphQLSchema, policies: Policies = {}): GraphQLSchema {
  const rules = fieldRulesOf(schema);
  const tree: Record<string, Record<string, IRule | typeof allow>> = {};
  for (const [coordinate, declared] of rules) {
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
  const middleware = permissions.generate(schema) as Record<string, Record<string, unknown>>;
  const checked = fieldsToCheck(schema, rules, FEDERATION_FIELDS);
  for (const [type, fields] of Object.entries(middleware)) for (const field of Object.keys(fields)) if (!checked.has(`${type}.${field}`)) delete fields[field];
  return applyMiddleware(schema, middleware as never);
}
