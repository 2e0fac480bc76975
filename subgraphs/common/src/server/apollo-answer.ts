import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/** A request whose body the body steps (graphqlBodySteps) have read and parsed. */
export type ParsedRequest = IncomingMessage & { body?: unknown };

/** The query string of a request target (Apollo reads it for GET only), without a fragment. */
function searchOf(url: string | undefined): string {
  const target = (url ?? '').split('#', 1)[0];
  const start = target.indexOf('?');
  return start < 0 ? '' : target.slice(start);
}

/**
 * Hands a parsed request to Apollo Server and writes its answer: the one GraphQL step of the gateway and of each
 * subgraph listener, behind Express's `/graphql` route and the fast path alike (graphql-fast-path.ts), so both
 * answer the same bytes. What
 * `@as-integrations/express5` did, with node's own response methods: Apollo's headers and status, then the
 * body with its `Content-Length` (as Express's `res.send` set it). A rejection is an error outside GraphQL
 * for `answerHttpError` (Express passes it to its error handler, the fast path calls it).
 */
export function apolloAnswer<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: (req: ParsedRequest) => Promise<C>,
  /** Hears of a context once its request is answered (or has failed): what the context holds for the request alone ends there. */
  finished?: (context: C) => void,
): (req: ParsedRequest, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    let made: C | undefined;
    try {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? '').toUpperCase(), headers, search: searchOf(req.url), body: req.body },
        context: async () => (made = await context(req)),
      });
      // An answer may hold a client's data: no cache keeps it, whether or not a plugin of Apollo's said so.
      res.setHeader('cache-control', 'no-store');
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === 'complete') {
        res.setHeader('Content-Length', Buffer.byteLength(answer.body.string));
        res.end(answer.body.string);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } finally {
      if (made !== undefined) finished?.(made);
    }
  };
}
