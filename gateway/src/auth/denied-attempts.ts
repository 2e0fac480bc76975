import {
  actionOf,
  appendAccessEvents,
  callerColumns,
  DEFAULT_DATABASE_LIMITS,
  isUuid,
  numberedPlaceholders,
  type Caller,
  type DatabaseLimits,
  type HubMetrics,
  type Logger,
} from '@hub/common/light';
import { Kind, OperationTypeNode, visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { hubPool } from './hub-pool';
import type { DeniedSelection } from './field-access';
import type { RecordClientLookup } from './record-clients';

export type DeniedAttemptLog = (attempt: {
  caller: Caller | undefined;
  requestId: string;
  document: DocumentNode;
  operation: OperationDefinitionNode | undefined;
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  denied: DeniedSelection[];
}) => Promise<void>;

const CLIENT_ARGUMENTS = new Set(['clientId']);

/** The clients an operation names: `clientId` arguments anywhere, and `client(id:)`. */
function namedClients(document: DocumentNode, variables: Record<string, unknown>): string[] {
  const ids = new Set<string>();
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) {
        const named = CLIENT_ARGUMENTS.has(argument.name.value) || (field.name.value === 'client' && argument.name.value === 'id');
        if (!named) continue;
        const value =
          argument.value.kind === Kind.STRING ? argument.value.value : argument.value.kind === Kind.VARIABLE ? variables[argument.value.name.value] : undefined;
        if (isUuid(value)) ids.add(value.toLowerCase());
      }
    },
  });
  return [...ids].sort();
}

/**
 * Denied attempts reach no subgraph, so the gateway writes them to the access
 * log itself (NEN 7513: refusals are logged too), naming the fields refused,
 * any client the operation named, and the records it named by id with their
 * clients, which the owning subgraphs look up (`recordClients`; a lookup that
 * fails leaves its record out, the entry is written all the same).
 */
export function createDeniedAttemptLog(
  databaseUrl: string,
  /** The access log key: entries carry its MAC (docs/access-log.md). */
  key: Buffer,
  logger: Logger,
  limits: DatabaseLimits = DEFAULT_DATABASE_LIMITS,
  recordClients?: RecordClientLookup,
  metrics?: HubMetrics,
): { log: DeniedAttemptLog; close: () => Promise<void> } {
  // Two connections suffice for appends.
  const pool = hubPool(databaseUrl, logger, 'access log', limits, metrics && { registry: metrics, pool: 'access_log' });
  const append: typeof appendAccessEvents = metrics
    ? (...args) => metrics.timeAccessLogWrite('gateway', () => appendAccessEvents(...args))
    : appendAccessEvents;
  const raw = (sql: string, params: unknown[]) => pool.query(numberedPlaceholders(sql), params);
  return {
    async log({ caller, requestId, document, operation, schema, variables, denied }) {
      const rootType = operation?.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
      try {
        const records = caller && recordClients ? await recordClients(caller, requestId, operation, schema, variables) : [];
        const clientIds = [...namedClients(document, variables), ...records.flatMap((r) => (r.clientId ? [r.clientId.toLowerCase()] : []))];
        await append(raw, key, [
          {
            action: actionOf(operation, (name) => rootType?.getFields()[name]?.type),
            outcome: 'DENIED',
            clientIds: [...new Set(clientIds)].sort(),
            ...callerColumns(caller),
            fields: [...new Set(denied.map((d) => d.field))].sort(),
            sourceService: 'gateway',
            requestId,
            objects: records.map((r) => r.object),
          },
        ]);
      } catch (error) {
        // The operation is refused either way; the failure itself must be seen.
        logger.error({ err: error }, 'could not log a denied attempt');
      }
    },
    close: () => pool.end(),
  };
}
