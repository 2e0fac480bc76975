import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ListSizes } from './list-size';

/** How many fields an estimate may visit: a fragment bomb is refused before it costs real time. */
export const MAX_COST_NODES = 10_000;

/** Thrown when the estimate itself gives up (too many nodes to visit). */
export class CostNotEstimable extends Error {}

function sizeFrom(args: Record<string, unknown>, slicingArguments: string[]): number | undefined {
  const given = slicingArguments.map((name) => args[name]).filter((value): value is number => typeof value === 'number');
  return given.length ? Math.max(...given) : undefined;
}

/**
 * Every field costs 1; a list field costs 1 plus its size times what is
 * selected below it. The size is the slicing argument (`first`) when given,
 * else the field's `@listSize(assumedSize)`; a federation `_entities` fetch
 * counts its representations. A list field without `@listSize` counts once
 * (a test requires every list of objects in the schema to declare one).
 */
function listSizeEstimator(sizes: ListSizes): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name === '_entities' && Array.isArray(args.representations)) return 1 + args.representations.length * childComplexity;
    const declared = sizes.get(`${type.name}.${field.name}`);
    if (!declared) return undefined;
    const size = sizeFrom(args, declared.slicingArguments) ?? declared.assumedSize ?? 1;
    return 1 + Math.max(0, size) * childComplexity;
  };
}

/** The estimated cost of running `operationName` of a validated document with these variables. */
export function operationCost(
  schema: GraphQLSchema,
  sizes: ListSizes,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      maxQueryNodes: MAX_COST_NODES,
      estimators: [listSizeEstimator(sizes), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    throw new CostNotEstimable(error instanceof Error ? error.message : 'cost could not be estimated');
  }
}
