import { getNamedType, isAbstractType, isObjectType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { scopesImply, type FieldRule, type FieldRules } from './field-rules';

/** Anyone, as a rule: what a field open to every caller (federation's `_entities`) grants on the way to its type. */
const ANYONE: FieldRule = { authenticated: true };

/**
 * The object fields whose verdict a request can change, so that they need a check per request; the others
 * are allowed to every caller who can reach them, and their check is left out (it could only say yes).
 *
 * A field needs no check when it has no policy and either its verdict is the same for everyone (`open`,
 * or @authenticated alone) or every field that leads to its type (any object field whose named type is that
 * type, or an interface or union it belongs to) lets through only callers its scopes also let through
 * (scopesImply). Fields are reached only through fields whose own verdict was yes, checked or proven, so the
 * proof holds by induction from the root fields, which keep their check (nothing leads to them) unless open to everyone.
 */
export function fieldsToCheck(schema: GraphQLSchema, rules: FieldRules, open: ReadonlySet<string>): Set<string> {
  const ruleOf = (coordinate: string): FieldRule => (open.has(coordinate) ? ANYONE : (rules.get(coordinate) ?? { authenticated: false }));
  const leadingTo = new Map<string, FieldRule[]>();
  const objects = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && !type.name.startsWith('__'));
  for (const type of objects) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const target: GraphQLNamedType = getNamedType(field.type);
      const reached = isAbstractType(target) ? schema.getPossibleTypes(target) : [target];
      for (const object of reached) leadingTo.set(object.name, [...(leadingTo.get(object.name) ?? []), ruleOf(`${type.name}.${field.name}`)]);
    }
  }
  const checked = new Set<string>();
  for (const type of objects) {
    if (!isObjectType(type)) continue;
    const ways = leadingTo.get(type.name) ?? [];
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (open.has(coordinate)) continue;
      const rule = ruleOf(coordinate);
      const constant = !rule.scopes && rule.authenticated;
      const implied = ways.length > 0 && ways.every((way) => scopesImply(way, rule));
      if (rule.policies?.length || !(constant || implied)) checked.add(coordinate);
    }
  }
  return checked;
}
