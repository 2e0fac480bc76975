import {
  actionOf,
  appendAccessEvents,
  DEFAULT_DATABASE_LIMITS,
  isUuid,
  numberedPlaceholders,
  type Caller,
  type DatabaseLimits,
  type Logger,
} from '@hub/common';
import { Kind, OperationTypeNode, visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { hubPool } from './hub-pool';
import type { DeniedSelection } from './field-access';

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
 * log itself (NEN 7513: refusals are logged too), naming the fields refused
 * and any client the operation named.
 */
export function createDeniedAttemptLog(
  databaseUrl: string,
  /** The access log key: entries carry its MAC (docs/access-log.md). */
  key: Buffer,
  logger: Logger,
  limits: DatabaseLimits = DEFAULT_DATABASE_LIMITS,
): { log: DeniedAttemptLog; close: () => Promise<void> } {
  // Two connections suffice for appends.
  const pool = hubPool(databaseUrl, logger, 'access log', limits);
  const raw = (sql: string, params: unknown[]) => pool.query(numberedPlaceholders(sql), params);
  return {
    async log({ caller, requestId, document, operation, schema, variables, denied }) {
      const rootType = operation?.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
      try {
        await appendAccessEvents(raw, key, [
          {
            action: actionOf(operation, (name) => rootType?.getFields()[name]?.type),
            outcome: 'DENIED',
            clientIds: namedClients(document, variables),
            userId: caller?.userId ?? 'unknown',
            organisationId: caller?.organisationId,
            roles: caller?.roles ?? [],
            purpose: caller?.purpose,
            fields: [...new Set(denied.map((d) => d.field))].sort(),
            sourceService: 'gateway',
            requestId,
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
