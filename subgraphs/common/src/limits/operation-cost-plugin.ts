import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Caller } from '../domain/caller';
import type { Logger } from '../logger';
import type { ListSizes } from './list-size';
import { CostNotEstimable, MAX_COST_NODES, operationCost } from './operation-cost';
import { tooComplex, type ExceededLimit, type LimitRefusals } from './operation-gate';
import { limitsFor, type OperationLimits } from './role-limits';

/** The cost limit an operation breaks, if any; the operation must be valid. */
export function exceededCost(
  limits: OperationLimits,
  input: { schema: GraphQLSchema; sizes: ListSizes; document: DocumentNode; operation: OperationDefinitionNode; variables: Record<string, unknown> },
): ExceededLimit[] {
  let cost: number;
  try {
    cost = operationCost(input.schema, input.sizes, input.document, input.operation.name?.value, input.variables);
  } catch (error) {
    if (error instanceof CostNotEstimable && /number of nodes/.test(error.message)) {
      return [{ limit: 'cost', measured: MAX_COST_NODES, maximum: limits.cost }];
    }
    // Variables that do not fit the operation: execution refuses them with the same coercion, so nothing runs.
    return [];
  }
  return cost > limits.cost ? [{ limit: 'cost', measured: cost, maximum: limits.cost }] : [];
}

/**
 * Holds every valid operation to its caller's cost limit (role-limits.ts)
 * before anything is planned or resolved; the counting limits were checked
 * before parsing (operation-gate.ts). A refusal is HTTP 400 QUERY_TOO_COMPLEX
 * and costs no subgraph call. The gateway and every subgraph install it, each
 * over its own schema's `@listSize` declarations.
 */
export function operationCostPlugin(options: { sizes: ListSizes; logger: Logger; refusals?: LimitRefusals }): ApolloServerPlugin<{ caller?: Caller }> {
  return {
    async requestDidStart({ contextValue }) {
      // No caller or no known role: authentication and field access refuse it; nothing to measure.
      const limits = limitsFor(contextValue.caller?.roles ?? [])?.operation;
      if (!limits) return {};
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const exceeded = exceededCost(limits, { schema, sizes: options.sizes, document, operation, variables: request.variables ?? {} });
          if (exceeded.length) throw tooComplex(exceeded, contextValue.caller?.roles, options.logger, options.refusals);
        },
      };
    },
  };
}
