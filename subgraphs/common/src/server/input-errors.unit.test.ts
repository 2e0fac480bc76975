import { ApolloServer } from '@apollo/server';
import { GraphQLInputObjectType, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { LocalDate, Uuid } from '../domain/scalars';
import { inputErrorsPlugin } from './input-errors';

const PersonInput = new GraphQLInputObjectType({
  name: 'PersonInput',
  fields: { dateOfBirth: { type: new GraphQLNonNull(LocalDate) }, name: { type: new GraphQLNonNull(GraphQLString) } },
});
const MoveInput = new GraphQLInputObjectType({
  name: 'MoveInput',
  fields: { referralId: { type: new GraphQLNonNull(Uuid) }, person: { type: PersonInput } },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      referral: { type: GraphQLString, args: { id: { type: new GraphQLNonNull(Uuid) } }, resolve: (_root, args) => args.id },
      move: { type: GraphQLString, args: { input: { type: new GraphQLNonNull(MoveInput) } }, resolve: (_root, args) => args.input.referralId },
    },
  }),
});

const server = new ApolloServer({ schema, plugins: [inputErrorsPlugin()], includeStacktraceInErrorResponses: false });

async function ask(query: string, variables: Record<string, unknown> = {}) {
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

describe('refusals by a GraphQL type read like every other input error', () => {
  it('a malformed UUID in a variable: BAD_USER_INPUT, the argument and the field, never the value', async () => {
    const { errors } = await ask('query ($id: UUID!) { referral(id: $id) }', { id: 'Jan Jansen' });
    expect(errors).toEqual([expect.objectContaining({ message: 'id must be a UUID', extensions: { code: 'BAD_USER_INPUT', argument: 'id', field: 'id' } })]);
  });

  it('inside an input object, by its dotted path', async () => {
    const { errors } = await ask('query ($input: MoveInput!) { move(input: $input) }', { input: { referralId: 'nope' } });
    expect(errors?.[0]).toMatchObject({ message: 'referralId must be a UUID', extensions: { code: 'BAD_USER_INPUT', argument: 'input', field: 'referralId' } });
    const date = await ask('query ($input: MoveInput!) { move(input: $input) }', {
      input: { referralId: '0f8fad5b-d9cb-469f-a165-70867728950e', person: { name: 'x', dateOfBirth: '1987-02-30' } },
    });
    expect(date.errors?.[0]).toMatchObject({
      message: 'person.dateOfBirth must be a valid LocalDate',
      extensions: { code: 'BAD_USER_INPUT', argument: 'input', field: 'person.dateOfBirth' },
    });
  });

  it('a variable bound to a field of an input object literal', async () => {
    const { errors } = await ask('query ($id: UUID!) { move(input: { referralId: $id }) }', { id: '1987-02-30' });
    expect(errors?.[0]).toMatchObject({ message: 'referralId must be a UUID', extensions: { argument: 'input', field: 'referralId' } });
    expect(JSON.stringify(errors)).not.toContain('1987');
  });

  it('a missing required field is named, with no value to repeat', async () => {
    const { errors } = await ask('query ($input: MoveInput!) { move(input: $input) }', { input: {} });
    expect(errors?.[0]).toMatchObject({ message: 'referralId is required', extensions: { code: 'BAD_USER_INPUT', field: 'referralId' } });
  });

  it('a malformed UUID written in the document: BAD_USER_INPUT instead of GRAPHQL_VALIDATION_FAILED', async () => {
    const { errors } = await ask('{ move(input: { referralId: "Jan Jansen" }) }');
    expect(errors?.[0]).toMatchObject({ message: 'referralId must be a UUID', extensions: { code: 'BAD_USER_INPUT', argument: 'input', field: 'referralId' } });
    expect(JSON.stringify(errors)).not.toContain('Jansen');
  });

  it('ids reach the resolver in lower case', async () => {
    const { data } = await ask('{ referral(id: "0F8FAD5B-D9CB-469F-A165-70867728950E") }');
    expect(data).toEqual({ referral: '0f8fad5b-d9cb-469f-a165-70867728950e' });
  });
});
