import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Caller } from '../domain/caller';
import type { Logger } from '../logger';
import type { ListSizes } from './list-size';
import { CostNotEstimable, MAX_COST_NODES, operationCost } from './operation-cost';
import { tooComplex, type ExceededLimit, type LimitRefusals } from './operation-gate';
import { limitsFor, type OperationLimits } from './role-limits';

/** What an operation costs: a number, more nodes than are counted, or nothing to count (variables that do not fit the operation). */
type Cost = number | 'too many nodes' | 'not estimable';

type CostInput = { schema: GraphQLSchema; sizes: ListSizes; document: DocumentNode; operation: OperationDefinitionNode; variables: Record<string, unknown> };

function costOf(input: CostInput): Cost {
  try {
    return operationCost(input.schema, input.sizes, input.document, input.operation.name?.value, input.variables);
  } catch (error) {
    if (error instanceof CostNotEstimable && /number of nodes/.test(error.message)) return 'too many nodes';
    // Variables that do not fit the operation: execution refuses them with the same coercion, so nothing runs.
    return 'not estimable';
  }
}

function exceededBy(limits: OperationLimits, cost: Cost): ExceededLimit[] {
  if (cost === 'too many nodes') return [{ limit: 'cost', measured: MAX_COST_NODES, maximum: limits.cost }];
  if (cost === 'not estimable') return [];
  return cost > limits.cost ? [{ limit: 'cost', measured: cost, maximum: limits.cost }] : [];
}

/** The cost limit an operation breaks, if any; the operation must be valid. */
export function exceededCost(limits: OperationLimits, input: CostInput): ExceededLimit[] {
  return exceededBy(limits, costOf(input));
}

/** Operations without variables whose cost is remembered, per server; the oldest goes first. */
const REMEMBERED_COSTS = 2_000;

/**
 * Holds every valid operation to its caller's cost limit (role-limits.ts)
 * before anything is planned or resolved; the counting limits were checked
 * before parsing (operation-gate.ts). A refusal is HTTP 400 QUERY_TOO_COMPLEX
 * and costs no subgraph call. The gateway and every subgraph install it, each
 * over its own schema's `@listSize` declarations. An operation without
 * variables costs the same every time (the cost does not depend on the
 * caller; the limit it is held to does): its cost is computed once per
 * document hash and operation name.
 */
export function operationCostPlugin(options: { sizes: ListSizes; logger: Logger; refusals?: LimitRefusals }): ApolloServerPlugin<{ caller?: Caller }> {
  const costs = new WeakMap<GraphQLSchema, Map<string, Cost>>();
  const remembered = (input: CostInput, queryHash: string | undefined): Cost => {
    if (!queryHash || Object.keys(input.variables).length > 0) return costOf(input);
    let bySchema = costs.get(input.schema);
    if (!bySchema) costs.set(input.schema, (bySchema = new Map<string, Cost>()));
    const key = `${queryHash}:${input.operation.name?.value ?? ''}`;
    let cost = bySchema.get(key);
    if (cost === undefined) {
      cost = costOf(input);
      if (bySchema.size >= REMEMBERED_COSTS) bySchema.delete(bySchema.keys().next().value!);
      bySchema.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart({ contextValue }) {
      // No caller or no known role: authentication and field access refuse it; nothing to measure.
      const limits = limitsFor(contextValue.caller?.roles ?? [])?.operation;
      if (!limits) return {};
      return {
        async didResolveOperation({ document, operation, request, schema, queryHash }) {
          if (!operation) return;
          const cost = remembered({ schema, sizes: options.sizes, document, operation, variables: request.variables ?? {} }, queryHash);
          const exceeded = exceededBy(limits, cost);
          if (exceeded.length) throw tooComplex(exceeded, contextValue.caller?.roles, options.logger, options.refusals);
        },
      };
    },
  };
}
