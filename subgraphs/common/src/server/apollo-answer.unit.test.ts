import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { apolloAnswer, type ParsedRequest } from './apollo-answer';

interface Context {
  id: number;
}

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { hello: { type: GraphQLString, resolve: () => 'world' } } }),
});

/** The answer behind a real HTTP server, its body parsed as the body steps would; `finished` notes each context it hears of. */
async function serve(context: (req: ParsedRequest) => Promise<Context>, plugins?: ApolloServerPlugin<Context>[]) {
  const apollo = new ApolloServer<Context>({
    schema,
    plugins,
    includeStacktraceInErrorResponses: false,
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });
  await apollo.start();
  const finished: Context[] = [];
  const answer = apolloAnswer(apollo, context, (made) => finished.push(made));
  const server = http.createServer((req: ParsedRequest, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      answer(req, res).catch(() => {
        res.statusCode = 500;
        res.end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const ask = async (query: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return { status: response.status, body: await response.json(), finishedByThen: [...finished], cacheControl: response.headers.get('cache-control') };
  };
  return {
    ask,
    finished,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

describe('apolloAnswer', () => {
  it('hands each request’s context to `finished` once its answer is written, and before the caller has read it', async () => {
    let count = 0;
    const server = await serve(async () => ({ id: (count += 1) }));
    try {
      const first = await server.ask('{ hello }');
      expect(first).toEqual({ status: 200, body: { data: { hello: 'world' } }, finishedByThen: [{ id: 1 }], cacheControl: 'no-store' });
      // A refused document has had its context too: it ends all the same.
      const second = await server.ask('{ nothing }');
      expect(second.status).toBe(400);
      expect(second.finishedByThen).toEqual([{ id: 1 }, { id: 2 }]);
    } finally {
      await server.close();
    }
  });

  it('has nothing to hand on for a request whose context was never made', async () => {
    const server = await serve(async () => {
      throw new Error('no context');
    });
    try {
      const answer = await server.ask('{ hello }');
      expect(answer.status).toBe(500);
      expect(server.finished).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('answers `no-store` when no plugin of Apollo’s set a cache header', async () => {
    const server = await serve(async () => ({ id: 1 }), [ApolloServerPluginCacheControlDisabled()]);
    try {
      const answer = await server.ask('{ hello }');
      expect([answer.status, answer.cacheControl, answer.body]).toEqual([200, 'no-store', { data: { hello: 'world' } }]);
    } finally {
      await server.close();
    }
  });
});
