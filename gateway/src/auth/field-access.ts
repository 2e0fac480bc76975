import type { ApolloServerPlugin } from '@apollo/server';
import { hubError, scopesAllow, type FieldRules } from '@hub/common/light';
import { isAbstractType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLCompositeType, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { GatewayContext } from '../gateway-server';
import type { DeniedAttemptLog } from './denied-attempts';

export interface DeniedSelection {
  /** Schema coordinate, e.g. `Client.confidentialAddress`. */
  field: string;
  /** Where it was selected, by response key (aliases) and fragment. */
  path: string;
}

const INTROSPECTION = new Set(['__schema', '__type']);

/**
 * The gateway's verdict on selecting `fieldName` on `parent` with `roles`: the
 * coordinates whose rule the roles do not satisfy (empty: allowed). On an
 * interface or union the field must be allowed there and on every possible type.
 * The contract schemas (contract-schema.ts) are derived from this very function.
 */
export function deniedCoordinates(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  fieldName: string,
  rules: FieldRules,
  roles: readonly string[],
): string[] {
  const owners = isAbstractType(parent) ? [parent.name, ...schema.getPossibleTypes(parent).map((t) => t.name)] : [parent.name];
  return owners.map((owner) => `${owner}.${fieldName}`).filter((coordinate) => !scopesAllow(rules.get(coordinate), roles));
}

/**
 * Every field the operation selects that the caller's roles may not: nested
 * selections, named and inline fragments, aliases, and on an interface every
 * possible type's field. `__typename` is always allowed; introspection only when `introspection`.
 */
export function deniedSelections(
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: FieldRules,
  roles: readonly string[],
  introspection: boolean,
): DeniedSelection[] {
  const denied: DeniedSelection[] = [];
  const typeInfo = new TypeInfo(schema);
  const path: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      FragmentDefinition: {
        enter: (node) => void path.push(`...${node.name.value}`),
        leave: () => void path.pop(),
      },
      OperationDefinition: {
        enter: () => void path.splice(0),
      },
      Field: {
        enter(node) {
          path.push(node.alias?.value ?? node.name.value);
          const name = node.name.value;
          if (name === '__typename') return;
          const parent = typeInfo.getParentType();
          const where = path.join('.');
          if (INTROSPECTION.has(name)) {
            if (!introspection) denied.push({ field: name, path: where });
            return;
          }
          // Inside __schema/__type: the root introspection field has decided already.
          if (parent?.name.startsWith('__')) return;
          if (!parent) {
            // Unknown to the schema: validation has already refused it; deny all the same.
            denied.push({ field: name, path: where });
            return;
          }
          for (const field of deniedCoordinates(schema, parent, name, rules, roles)) denied.push({ field, path: where });
        },
        leave: () => void path.pop(),
      },
    }),
  );
  return denied;
}

/** Operations (document × role set) whose verdict is remembered; with trusted documents nearly every request is one of these. */
export const FIELD_ACCESS_ENTRIES = 5_000;

/** A role set as a key: the same roles in any order are one set, and no role can run into the next. */
export const roleSetKey = (roles: readonly string[]) => JSON.stringify([...new Set(roles)].sort());

/**
 * deniedSelections, remembered per (document hash, role set) in a bounded LRU:
 * the verdict depends only on the document, the roles, the schema and the
 * rules, and the last two are fixed for the gateway's life (a new schema gets
 * a cache of its own). Callers with different role sets never share an entry.
 */
export function createFieldAccessCheck(rules: FieldRules, introspection: boolean, max = FIELD_ACCESS_ENTRIES) {
  const bySchema = new WeakMap<GraphQLSchema, LRUCache<string, readonly DeniedSelection[]>>();
  return (schema: GraphQLSchema, document: DocumentNode, documentHash: string | undefined, roles: readonly string[]): readonly DeniedSelection[] => {
    if (!documentHash) return deniedSelections(schema, document, rules, roles, introspection);
    let cache = bySchema.get(schema);
    if (!cache) bySchema.set(schema, (cache = new LRUCache<string, readonly DeniedSelection[]>({ max })));
    const key = `${documentHash}:${roleSetKey(roles)}`;
    let denied = cache.get(key);
    if (!denied) cache.set(key, (denied = Object.freeze(deniedSelections(schema, document, rules, roles, introspection))));
    return denied;
  };
}

/**
 * Enforces the supergraph's @requiresScopes on every selection before the
 * gateway plans a query: a denied field rejects the whole operation with
 * FORBIDDEN naming each field and path, and nothing is fetched from a subgraph.
 */
export function fieldAccessPlugin(rules: FieldRules, options: { introspection: boolean; logDenied?: DeniedAttemptLog }): ApolloServerPlugin<GatewayContext> {
  const check = createFieldAccessCheck(rules, options.introspection);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, schema, operation, request, queryHash }) {
          const roles = contextValue.caller?.roles ?? [];
          const denied = check(schema, document, queryHash, roles);
          if (denied.length === 0) return;
          await options.logDenied?.({
            caller: contextValue.caller,
            requestId: contextValue.requestId,
            document,
            operation,
            schema,
            variables: request.variables ?? {},
            denied: [...denied],
          });
          const shown = denied.slice(0, 20);
          throw hubError('FORBIDDEN', `access denied to ${shown.map((d) => d.path).join(', ')}`, {
            denied: shown,
            http: { status: 403 },
          });
        },
      };
    },
  };
}
