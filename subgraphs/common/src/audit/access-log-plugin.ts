import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { OperationTypeNode } from 'graphql';
import type { SubgraphName } from '../config';
import { databaseFailure } from '../database/database-errors';
import type { Logger } from '../logger';
import type { HubMetrics } from '../metrics/hub-metrics';
import type { RequestContext } from '../server/request-context';
import { AccessLogGroupCommit } from './access-log-group-commit';
import type { AccessEvent } from './access-log-store';
import { actionOf } from './access-recorder';

/**
 * Writes what the request recorded before the answer leaves, in one INSERT
 * with the entries of the process's other requests of the moment
 * (access-log-group-commit.ts). When the log cannot be written the answer is
 * replaced by an error: no unlogged client data is served.
 */
export function accessLogPlugin(
  orm: MikroORM,
  sourceService: SubgraphName,
  logger: Logger,
  key: Buffer,
  metrics?: HubMetrics,
): ApolloServerPlugin<RequestContext> {
  const log = new AccessLogGroupCommit(
    (sql, params) =>
      orm.em
        .getConnection()
        .getKnex()
        .raw(sql, params as never),
    key,
  );
  const append = metrics
    ? (events: AccessEvent[]) => metrics.timeAccessLogWrite(sourceService, () => log.append(events))
    : (events: AccessEvent[]) => log.append(events);
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation, schema }) {
          if (contextValue.access.empty) return;
          const rootType = operation?.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
          const action = actionOf(operation ?? undefined, (name) => rootType?.getFields()[name]?.type);
          try {
            await append(contextValue.access.events({ action, caller: contextValue.caller, sourceService, requestId: contextValue.requestId }));
          } catch (error) {
            logger.error({ err: error }, 'access log write failed: answer withheld');
            // A lost connection is said as such (the caller may retry); anything else stays masked.
            const failure = databaseFailure(error);
            response.http.status = failure ? 503 : 500;
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  failure
                    ? { message: failure.message, extensions: { code: failure.code } }
                    : { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
                ],
              },
            };
          }
        },
      };
    },
  };
}
