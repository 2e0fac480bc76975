import { buildSchema } from 'graphql';
import { fieldChain, operationForChains, operationForField } from './operation-for-field';
import { DENIED_NAMED_AT_MOST, splitWalkRequest, walkRequests, type MatrixRow } from './matrix-walk';

const schema = buildSchema(`
  type Query { person(id: ID!): Person  people: [Person] }
  type Person { name: String  secret: String  home: Address }
  type Address { street: String }
  type Mutation { rename(input: RenameInput!): Person }
  input RenameInput { name: String }
`);
const ZERO = '"00000000-0000-4000-8000-000000000000"';

describe('operationForChains', () => {
  it('selects one field by its shortest chain, with sample arguments, and __typename under an object', () => {
    expect(operationForField(schema, 'Address', 'street').text).toBe(`query { person(id: ${ZERO}) { home { street } } }`);
    expect(operationForField(schema, 'Query', 'people').text).toBe('query { people { __typename } }');
  });

  it('selects a shared step once', () => {
    const chains = [fieldChain(schema, 'Person', 'name'), fieldChain(schema, 'Address', 'street'), fieldChain(schema, 'Person', 'secret')];
    expect(operationForChains(chains)).toEqual({ kind: 'query', variables: 0, text: `query { person(id: ${ZERO}) { name home { street } secret } }` });
  });

  it('leaves a mutation its variables, so it never runs', () => {
    expect(operationForField(schema, 'Mutation', 'rename')).toEqual({
      kind: 'mutation',
      variables: 1,
      text: 'mutation ($v0: RenameInput!) { rename(input: $v0) { __typename } }',
    });
  });

  it('refuses to mix a query and a mutation', () => {
    expect(() => operationForChains([fieldChain(schema, 'Person', 'name'), fieldChain(schema, 'Mutation', 'rename')])).toThrow(/one root type/);
  });
});

describe('walkRequests', () => {
  const row = (field: string, guest: string): MatrixRow => ({ field, cells: { host: 'yes', guest } });
  const rows = [
    row('Query.person', 'yes'),
    row('Query.people', 'denied'),
    row('Person.name', 'yes'),
    row('Person.secret', 'denied'),
    row('Person.home', 'denied'),
    row('Address.street', 'yes'),
    row('Mutation.rename', 'denied'),
  ];

  it('sends allowed cells together, one root field per request that runs, and expects nothing named', () => {
    expect(walkRequests(schema, rows, 'host', 10)).toEqual([
      {
        fields: ['Mutation.rename'],
        text: 'mutation ($v0: RenameInput!) { rename(input: $v0) { __typename } }',
        denied: [],
        unexecuted: true,
      },
      { fields: ['Query.people'], text: 'query { people { __typename } }', denied: [], unexecuted: false },
      {
        fields: ['Query.person', 'Person.home', 'Address.street', 'Person.name', 'Person.secret'],
        text: `query { person(id: ${ZERO}) { home { street } name secret } }`,
        denied: [],
        unexecuted: false,
      },
    ]);
  });

  it('expects exactly the denied fields of a request named, an allowed field behind a denied one included', () => {
    const requests = walkRequests(schema, rows, 'guest', 10);
    expect(requests.map(({ fields, denied }) => ({ fields, denied }))).toEqual([
      { fields: ['Query.person', 'Person.name'], denied: [] },
      { fields: ['Mutation.rename'], denied: ['Mutation.rename'] },
      { fields: ['Query.people', 'Person.home', 'Address.street', 'Person.secret'], denied: ['Person.home', 'Person.secret', 'Query.people'] },
    ]);
    expect(requests[2].text).toBe(`query { people { __typename } person(id: ${ZERO}) { home { street } secret } }`);
  });

  it('keeps to the root-field limit it is given, and splits a request in two', () => {
    const [, , denied] = walkRequests(schema, rows, 'guest', 1).slice(1);
    expect(denied).toEqual({
      fields: ['Person.home', 'Address.street', 'Person.secret'],
      denied: ['Person.home', 'Person.secret'],
      text: expect.any(String),
      unexecuted: false,
    });
    expect(splitWalkRequest(schema, rows, 'guest', denied).map((request) => request.fields)).toEqual([['Person.home', 'Address.street'], ['Person.secret']]);
    expect(() => splitWalkRequest(schema, rows, 'guest', { ...denied, fields: ['Person.secret'] })).toThrow(/cannot be checked/);
  });

  it('names at most as many denied fields in one request as the gateway shows', () => {
    const names = Array.from({ length: DENIED_NAMED_AT_MOST + 5 }, (_, i) => `f${i}`);
    const wide = buildSchema(`type Query { wide: Wide } type Wide { ${names.map((name) => `${name}: Int`).join(' ')} }`);
    const wideRows = [row('Query.wide', 'yes'), ...names.map((name) => row(`Wide.${name}`, 'denied'))];
    const closed = walkRequests(wide, wideRows, 'guest', 10).filter((request) => request.denied.length);
    expect(closed.map((request) => request.denied.length)).toEqual([DENIED_NAMED_AT_MOST, 5]);
  });
});
