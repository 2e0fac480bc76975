import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
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

/**
 * A federation `_entities` fetch (the gateway's: one variable of type
 * `[_Any!]!` and nothing else) as its number of representations: every value
 * of such a list coerces (`_Any` takes anything but null), and the cost counts
 * representations without looking into them, so fetches with as many cost the
 * same. Undefined for any other operation or variables.
 */
export function representationCount(operation: OperationDefinitionNode, variables: Record<string, unknown>): number | undefined {
  const definitions = operation.variableDefinitions ?? [];
  if (definitions.length !== 1) return undefined;
  const { variable, type } = definitions[0];
  const isAnyList =
    type.kind === Kind.NON_NULL_TYPE &&
    type.type.kind === Kind.LIST_TYPE &&
    type.type.type.kind === Kind.NON_NULL_TYPE &&
    type.type.type.type.kind === Kind.NAMED_TYPE &&
    type.type.type.type.name.value === '_Any';
  if (!isAnyList || definitions[0].defaultValue || definitions[0].directives?.length) return undefined;
  const names = Object.keys(variables);
  const value = variables[variable.name.value];
  if (names.length !== 1 || names[0] !== variable.name.value || !Array.isArray(value) || value.some((v) => v === null || v === undefined)) return undefined;
  return value.length;
}

/** Operations whose cost is remembered (without variables, or an `_entities` fetch by its count), per server; the oldest goes first. */
const REMEMBERED_COSTS = 2_000;

/**
 * Holds every valid operation to its caller's cost limit (role-limits.ts)
 * before anything is planned or resolved; the counting limits were checked
 * before parsing (operation-gate.ts). A refusal is HTTP 400 QUERY_TOO_COMPLEX
 * and costs no subgraph call. The gateway and every subgraph install it, each
 * over its own schema's `@listSize` declarations. An operation without
 * variables costs the same every time (the cost does not depend on the
 * caller; the limit it is held to does): its cost is computed once per
 * document hash and operation name; so is a gateway's `_entities` fetch per
 * number of representations (representationCount).
 */
export function operationCostPlugin(options: { sizes: ListSizes; logger: Logger; refusals?: LimitRefusals }): ApolloServerPlugin<{ caller?: Caller }> {
  const costs = new WeakMap<GraphQLSchema, Map<string, Cost>>();
  const remembered = (input: CostInput, queryHash: string | undefined): Cost => {
    if (!queryHash) return costOf(input);
    const representations = Object.keys(input.variables).length > 0 ? representationCount(input.operation, input.variables) : 0;
    if (representations === undefined) return costOf(input);
    let bySchema = costs.get(input.schema);
    if (!bySchema) costs.set(input.schema, (bySchema = new Map<string, Cost>()));
    const key = `${queryHash}:${input.operation.name?.value ?? ''}:${representations}`;
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
