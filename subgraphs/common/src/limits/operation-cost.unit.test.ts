import { buildSchema, parse } from 'graphql';
import { listSizesOf } from './list-size';
import { MAX_COST_NODES, operationCost } from './operation-cost';

const schema = buildSchema(`
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  type Query {
    items(first: Int): ItemConnection! @listSize(assumedSize: 20, slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
    tags: [Tag!]! @listSize(assumedSize: 7)
    undeclared: [Tag!]!
    one: Item
  }
  type ItemConnection { edges: [Edge!]! total: Int }
  type Edge { node: Item! }
  type Item { id: ID! name: String history: [Change!]! @listSize(assumedSize: 10) }
  type Change { at: String to: String }
  type Tag { label: String }
`);
const sizes = listSizesOf(schema);
const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, sizes, parse(query), undefined, variables);

describe('operationCost', () => {
  it('reads @listSize from the schema', () => {
    expect(sizes.get('Query.items')).toEqual({ assumedSize: 20, slicingArguments: ['first'], sizedFields: ['edges'] });
    expect(sizes.get('Query.tags')).toEqual({ assumedSize: 7, slicingArguments: [], sizedFields: [] });
    expect(sizes.has('Query.undeclared')).toBe(false);
  });

  it('counts every field once and a list by its size times what is below it', () => {
    expect(cost('{ one { id name } }')).toBe(3);
    // tags: 1 + 7 x (label 1)
    expect(cost('{ tags { label } }')).toBe(8);
    // An undeclared list counts once (the schema test requires a declaration on every list of objects).
    expect(cost('{ undeclared { label } }')).toBe(2);
  });

  it('takes the page size from `first`, literal or variable, else the assumed size', () => {
    // items: 1 + first x (edges 1 + node 1 + id 1)
    expect(cost('{ items(first: 5) { edges { node { id } } } }')).toBe(1 + 5 * 3);
    expect(cost('query ($n: Int) { items(first: $n) { edges { node { id } } } }', { n: 100 })).toBe(1 + 100 * 3);
    expect(cost('{ items { edges { node { id } } } }')).toBe(1 + 20 * 3);
  });

  it('multiplies nested lists', () => {
    // items(first: 10): 1 + 10 x (edges 1 + node 1 + history (1 + 10 x 2))
    expect(cost('{ items(first: 10) { edges { node { history { at to } } } } }')).toBe(1 + 10 * (1 + 1 + (1 + 10 * 2)));
  });

  it('adds aliased copies', () => {
    const one = cost('{ items(first: 100) { edges { node { id } } } }');
    expect(cost('{ a: items(first: 100) { edges { node { id } } } b: items(first: 100) { edges { node { id } } } }')).toBe(2 * one);
  });

  it('gives up on documents with more nodes than it will visit', () => {
    const fragments = Array.from({ length: 6 }, (_, i) =>
      i === 5
        ? 'fragment F5 on Item { id }'
        : `fragment F${i} on Item { ${Array(10)
            .fill(`...F${i + 1}`)
            .join(' ')} }`,
    ).join('\n');
    expect(() => cost(`{ one { ...F0 } } ${fragments}`)).toThrow(/number of nodes/);
    expect(MAX_COST_NODES).toBeLessThan(10 ** 5);
  });
});
