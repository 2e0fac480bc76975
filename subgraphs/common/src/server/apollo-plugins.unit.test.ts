import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { subgraphPlugins } from './apollo-plugins';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const hello = () => 'world';
const freshSchema = () => new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { hello: { type: GraphQLString, resolve: hello } } }) });

/** Whether Apollo Server wrapped the schema's resolvers to call a plugin per field, once it has answered a query. */
async function fieldsHooked(plugins: ApolloServerPlugin[] | undefined): Promise<boolean> {
  const schema = freshSchema();
  const apollo = new ApolloServer({ schema, plugins, logger: silent });
  await apollo.start();
  try {
    const answer = await apollo.executeOperation({ query: '{ hello }' });
    expect(answer.body).toEqual({ kind: 'single', singleResult: { data: { hello: 'world' } } });
    // Apollo Server calls field plugins by putting a wrapper of its own in place of each resolver.
    return schema.getQueryType()!.getFields().hello.resolve !== hello;
  } finally {
    await apollo.stop();
  }
}

describe('subgraphPlugins', () => {
  it('leave every resolver of the schema as it is: no plugin is called per field', async () => {
    expect(await fieldsHooked(subgraphPlugins())).toBe(false);
  });

  it('where Apollo Server’s defaults (its cache control) hook every field', async () => {
    expect(await fieldsHooked(undefined)).toBe(true);
  });
});
