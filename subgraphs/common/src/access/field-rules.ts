import { isInterfaceType, isObjectType, Kind, type ConstDirectiveNode, type FieldDefinitionNode, type GraphQLSchema, type ValueNode } from 'graphql';

/** What the directives on one field say. */
export interface FieldRule {
  /** Any one inner list must be held entirely; undefined: no @requiresScopes. */
  scopes?: string[][];
  authenticated: boolean;
  /** Any one inner list of named conditions must hold entirely. */
  policies?: string[][];
}

export type FieldRules = Map<string, FieldRule>;

function stringLists(value: ValueNode | undefined): string[][] {
  if (!value || value.kind !== Kind.LIST) return [];
  return value.values.map((inner) => (inner.kind === Kind.LIST ? inner.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : []));
}

function argument(directive: ConstDirectiveNode, name: string): ValueNode | undefined {
  return directive.arguments?.find((a) => a.name.value === name)?.value;
}

export function ruleOf(directives: readonly ConstDirectiveNode[] | undefined): FieldRule {
  const rule: FieldRule = { authenticated: false };
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    if (name === 'requiresScopes') rule.scopes = [...(rule.scopes ?? []), ...stringLists(argument(directive, 'scopes'))];
    if (name === 'authenticated') rule.authenticated = true;
    if (name === 'policy') rule.policies = [...(rule.policies ?? []), ...stringLists(argument(directive, 'policies'))];
  }
  return rule;
}

/** Field coordinate -> rule, for every field of every object and interface type of a schema built from SDL. */
export function fieldRulesOf(schema: GraphQLSchema): FieldRules {
  const rules: FieldRules = new Map();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const nodes = [field.astNode as FieldDefinitionNode | undefined].filter(Boolean) as FieldDefinitionNode[];
      rules.set(`${type.name}.${field.name}`, ruleOf(nodes.flatMap((n) => n.directives ?? [])));
    }
  }
  return rules;
}

/** Whether roles satisfy a rule's scopes (OR of ANDs). No scopes and not @authenticated: nobody. */
export function scopesAllow(rule: FieldRule | undefined, roles: readonly string[]): boolean {
  if (!rule) return false;
  if (rule.scopes) return rule.scopes.some((all) => all.length > 0 && all.every((scope) => roles.includes(scope)));
  return rule.authenticated;
}

/**
 * Whether every role set that `outer` lets through also satisfies `inner` (by scopesAllow's reading): each
 * alternative of `outer` that can grant holds all of some alternative of `inner`. Sound, not complete.
 */
export function scopesImply(outer: FieldRule, inner: FieldRule): boolean {
  // No scopes: inner's verdict is the same for everyone.
  if (!inner.scopes) return inner.authenticated;
  // Outer without scopes lets everyone through (@authenticated) or nobody; only the former matters.
  if (!outer.scopes) return !outer.authenticated;
  const granting = (alternatives: string[][]) => alternatives.filter((all) => all.length > 0);
  return granting(outer.scopes).every((held) => granting(inner.scopes!).some((needed) => needed.every((scope) => held.includes(scope))));
}
