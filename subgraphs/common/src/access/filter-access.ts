import { isInterfaceType, isObjectType, type GraphQLResolveInfo } from 'graphql';
import type { Caller } from '../domain/caller';
import { hubError } from '../errors';
import { ruleOf, scopesAllow } from './field-rules';

/**
 * A search filter on a field tells whoever uses it something about that field of every row it matches,
 * so it is accepted only from a caller whose roles may select the field itself: the field's own rule
 * (its `@requiresScopes`), read from the schema, never a second list of roles.
 * `filters` maps each filter argument to the field it filters on (`{ dateOfBirth: 'Client.dateOfBirth' }`);
 * an argument left out (undefined or null) is not checked. A field's row conditions (`@policy`) are the
 * list's own row scope, applied in SQL by the resolver, as for the list without filters.
 */
export function requireFilterAccess(info: GraphQLResolveInfo, caller: Caller | undefined, filters: Record<string, string>, args: object): void {
  const given = args as Record<string, unknown>;
  for (const [argument, coordinate] of Object.entries(filters)) {
    if (given[argument] === undefined || given[argument] === null) continue;
    const [typeName, fieldName] = coordinate.split('.');
    const type = info.schema.getType(typeName);
    const field = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[fieldName] : undefined;
    // A coordinate that names no field is a programming error; fail closed all the same.
    const rule = field ? ruleOf(field.astNode?.directives) : undefined;
    if (!scopesAllow(rule, caller?.roles ?? [])) {
      throw hubError('FORBIDDEN', `access denied to the filter ${argument}: it filters on ${coordinate}, which this caller may not select`, { argument });
    }
  }
}
