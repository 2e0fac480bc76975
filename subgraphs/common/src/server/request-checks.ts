import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { documentContainsNul, NUL_MESSAGE } from './malformed-strings';

const refused = (code: 'BAD_USER_INPUT' | 'OPERATION_RESOLUTION_FAILURE', message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * Checks on the parsed operation that Apollo Server leaves to later stages,
 * run before planning (gateway) or execution (subgraph): a NUL written as an
 * escape in a string literal, and an `operationName` the document does not
 * hold, which @apollo/gateway would otherwise throw on as a codeless 500.
 */
export function requestChecksPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation }) {
          if (!operation) {
            throw refused('OPERATION_RESOLUTION_FAILURE', 'operationName names no operation of the document, or the document holds several and none is named');
          }
          if (documentContainsNul(document)) throw refused('BAD_USER_INPUT', NUL_MESSAGE);
        },
      };
    },
  };
}
