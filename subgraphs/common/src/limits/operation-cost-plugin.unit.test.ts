import { buildSchema, getOperationAST, parse } from 'graphql';
import { createLogger } from '../logger';
import { listSizesOf } from './list-size';
import { operationCost } from './operation-cost';
import { operationCostPlugin, representationCount } from './operation-cost-plugin';
import { ROLE_LIMITS } from './role-limits';

const schema = buildSchema(`
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  type Query { items(first: Int): ItemConnection! @listSize(assumedSize: 20, slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false) }
  type ItemConnection { edges: [Edge!]! }
  type Edge { node: Item! }
  type Item { id: ID! history: [Change!]! @listSize(assumedSize: 10) }
  type Change { at: String to: String }
`);
const sizes = listSizesOf(schema);
const BIG = '{ items(first: 200) { edges { node { id history { at to } } } } }';
const BY_VARIABLE = 'query ($n: Int) { items(first: $n) { edges { node { id history { at to } } } } }';

/** A subgraph's `_entities`, as federation declares it. */
const federated = buildSchema(`
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  scalar _Any
  union _Entity = Item
  type Query { _entities(representations: [_Any!]!): [_Entity]! }
  type Item { id: ID! history: [Change!]! @listSize(assumedSize: 10) }
  type Change { at: String to: String }
`);
const ENTITIES = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Item { id history { at to } } } }';
const representations = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Item', id: String(i) }));

/** The plugin as Apollo Server runs it for one request: 'ok', or the code it refused with. */
async function run(
  plugin: ReturnType<typeof operationCostPlugin>,
  roles: string[],
  query: string,
  queryHash: string,
  variables: Record<string, unknown> = {},
  over = schema,
) {
  const schema = over;
  const document = parse(query);
  const hooks = await plugin.requestDidStart!({ contextValue: { caller: { userId: 'u', roles } } } as any);
  try {
    await (hooks as any).didResolveOperation({ document, operation: getOperationAST(document), request: { variables }, schema, queryHash });
    return 'ok';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
}

describe('operationCostPlugin', () => {
  const big = operationCost(schema, sizes, parse(BIG), undefined, {});

  it('holds each caller to its own limit, also when the cost of the same document was computed for another role first', async () => {
    // The document costs more than a municipality may spend and less than staff may.
    expect(big).toBeGreaterThan(ROLE_LIMITS.municipality.operation.cost);
    expect(big).toBeLessThanOrEqual(ROLE_LIMITS.staff.operation.cost);
    const plugin = operationCostPlugin({ sizes, logger: createLogger('silent') });
    expect(await run(plugin, ['staff'], BIG, 'hash-big')).toBe('ok');
    expect(await run(plugin, ['municipality'], BIG, 'hash-big')).toBe('QUERY_TOO_COMPLEX');
    expect(await run(plugin, ['staff'], BIG, 'hash-big')).toBe('ok');
    const other = operationCostPlugin({ sizes, logger: createLogger('silent') });
    expect(await run(other, ['municipality'], BIG, 'hash-big')).toBe('QUERY_TOO_COMPLEX');
    expect(await run(other, ['staff'], BIG, 'hash-big')).toBe('ok');
  });

  it('measures an operation with variables afresh each time: its cost follows them', async () => {
    const plugin = operationCostPlugin({ sizes, logger: createLogger('silent') });
    expect(await run(plugin, ['municipality'], BY_VARIABLE, 'hash-var', { n: 1 })).toBe('ok');
    expect(await run(plugin, ['municipality'], BY_VARIABLE, 'hash-var', { n: 200 })).toBe('QUERY_TOO_COMPLEX');
    expect(await run(plugin, ['municipality'], BY_VARIABLE, 'hash-var', { n: 1 })).toBe('ok');
  });

  it("remembers an `_entities` fetch's cost per number of representations: a longer list is still held to the limit", async () => {
    const costOf = (n: number) => operationCost(federated, listSizesOf(federated), parse(ENTITIES), undefined, { representations: representations(n) });
    const limit = ROLE_LIMITS.municipality.operation.cost;
    const over = Array.from({ length: 1000 }, (_, n) => n).find((n) => costOf(n) > limit)!;
    expect(costOf(1)).toBeLessThanOrEqual(limit);
    const plugin = operationCostPlugin({ sizes: listSizesOf(federated), logger: createLogger('silent') });
    const ask = (n: number) => run(plugin, ['municipality'], ENTITIES, 'hash-entities', { representations: representations(n) }, federated);
    expect(await ask(1)).toBe('ok');
    expect(await ask(over)).toBe('QUERY_TOO_COMPLEX');
    expect(await ask(1)).toBe('ok');
    expect(await ask(over)).toBe('QUERY_TOO_COMPLEX');
    expect(await ask(over - 1)).toBe('ok');
  });

  it('takes only a lone `[_Any!]!` variable holding a list without nulls for an `_entities` fetch', () => {
    const operation = (text: string) => getOperationAST(parse(text))!;
    const entities = operation(ENTITIES);
    expect(representationCount(entities, { representations: representations(3) })).toBe(3);
    expect(representationCount(entities, { representations: [] })).toBe(0);
    expect(representationCount(entities, { representations: [null] })).toBeUndefined();
    expect(representationCount(entities, { representations: { __typename: 'Item', id: '1' } })).toBeUndefined();
    expect(representationCount(entities, { representations: representations(1), other: 1 })).toBeUndefined();
    expect(representationCount(entities, { other: representations(1) })).toBeUndefined();
    expect(representationCount(operation(BY_VARIABLE), { n: 3 })).toBeUndefined();
    expect(representationCount(operation('query ($r: [_Any!]) { _entities(representations: $r) { __typename } }'), { r: representations(1) })).toBeUndefined();
    expect(representationCount(operation('query ($r: [_Any]!) { _entities(representations: $r) { __typename } }'), { r: representations(1) })).toBeUndefined();
    expect(
      representationCount(operation('query ($r: [_Any!]!, $n: Int) { _entities(representations: $r) { __typename } }'), { r: representations(1) }),
    ).toBeUndefined();
  });
});
