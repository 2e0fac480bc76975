import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger';
import type { ParsedRequest } from './apollo-answer';
import { answerHttpError, runSteps } from './http-errors';

/** The spellings of a JSON media type the fast path takes; any other one goes to Express (which may still accept it). */
const JSON_TYPES = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8', 'application/json; charset=UTF-8']);

/**
 * Whether a request may skip Express: a POST to exactly `/graphql` with one of the JSON media types above and a
 * Content-Length (node has checked it is a number). Express's `onlyPost` accepts every such request, and no other
 * route of the apps that use it (the gateway's, a subgraph's) matches it, so Express would run exactly the body
 * steps and the GraphQL step for it.
 */
function takesFastPath(req: IncomingMessage): boolean {
  return req.method === 'POST' && req.url === '/graphql' && req.headers['content-length'] !== undefined && JSON_TYPES.has(req.headers['content-type'] ?? '');
}

export interface FastPath {
  /** The Express app: every request the fast path does not take. */
  app: RequestListener;
  /** graphqlBodySteps (and a subgraph's peer-call check on its peer port): the same steps as Express's `/graphql` route after `onlyPost`. */
  bodySteps: readonly RequestHandler[];
  /** apolloAnswer: the same GraphQL step as Express's `/graphql` route. */
  answer: (req: ParsedRequest, res: ServerResponse) => Promise<void>;
  logger: Logger;
}

/**
 * The request handler of the gateway and of each subgraph listener (docs/architecture.md, "The gateway's request
 * path", "A subgraph's request path"): `POST /graphql` with a JSON body runs the body steps and Apollo without
 * Express's routing and request decoration (its CPU per request: docs/benchmarks.md, "The HTTP layer" and "The
 * subgraphs' HTTP fast path"); every other request goes to Express. A failure on the way (a body
 * refused, an error thrown outside GraphQL) is answered by `answerHttpError`, the function behind Express's
 * error handler: the same status, headers, body and log line.
 */
export function withGraphqlFastPath({ app, bodySteps, answer, logger }: FastPath): RequestListener {
  return (req, res) => {
    if (!takesFastPath(req)) return app(req, res);
    runSteps(bodySteps, req, res, (error) => {
      if (error !== undefined) return answerHttpError(error, req, res, logger);
      answer(req, res).catch((thrown: unknown) => answerHttpError(thrown, req, res, logger));
    });
  };
}
