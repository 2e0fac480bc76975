import type { ApolloServerPlugin } from '@apollo/server';
import { deniedSelections, hubError, type DeniedSelection, type FieldRules } from '@hub/common/light';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { GatewayContext } from '../gateway-server';
import type { AccessRefusals } from './access-refusals';
import type { DeniedAttemptLog } from './denied-attempts';

// The check itself lives in @hub/common/light (selection-access.ts): trusted-document registration runs the same one.
export { deniedCoordinates, deniedSelections, type DeniedSelection } from '@hub/common/light';

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
export function fieldAccessPlugin(
  rules: FieldRules,
  options: { introspection: boolean; logDenied?: DeniedAttemptLog; refusals?: AccessRefusals },
): ApolloServerPlugin<GatewayContext> {
  const check = createFieldAccessCheck(rules, options.introspection);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, schema, operation, request, queryHash }) {
          const roles = contextValue.caller?.roles ?? [];
          const denied = check(schema, document, queryHash, roles);
          if (denied.length === 0) return;
          if (options.refusals) options.refusals.forbidden += 1;
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
