import { createHash } from 'node:crypto';
import { hubError, HttpRequestError, PUBLIC_ERROR_CODES, type FieldRules, type PublicErrorCode } from '@hub/common/light';
import type { RequestHandler } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { createRateLimiter } from '../limits/rate-limiter';
import { authenticateRequest } from './authenticate-request';
import { renderContract } from './contract-files';
import { roleSetKey } from './field-access';
import type { TokenVerifier } from './verify-token';

/** Role sets whose contract is kept; roles are the known ones only (parseCaller), so few sets ever occur. */
const CONTRACTS_KEPT = 64;

interface ContractRouteOptions {
  supergraph: GraphQLSchema;
  rules: FieldRules;
  verifyToken: TokenVerifier;
  rateLimiter: ReturnType<typeof createRateLimiter>;
}

/** A refusal in the GraphQL error shape (hubError, TokenRefused, RATE_LIMITED) as the HTTP error handlers answer it. */
function asHttpError(error: unknown, res: Parameters<RequestHandler>[1]): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const code = error.extensions.code;
  if (typeof code !== 'string' || !(PUBLIC_ERROR_CODES as readonly string[]).includes(code)) return error;
  const http = error.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
  for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
  return new HttpRequestError(http?.status ?? 400, code as PublicErrorCode, error.message);
}

/**
 * `GET /schema.graphql`: the contract schema of the caller's own roles
 * (contract-schema.ts), for a caller authenticated as on /graphql. Each role
 * set's contract is generated once and kept with its ETag (a hash of the text, made
 * once: the gateway has Express's per-answer ETags off), so a client polling for
 * changes gets 304 while the contract is the same.
 */
export function contractSchemaRoute(options: ContractRouteOptions): RequestHandler {
  const contracts = new LRUCache<string, { text?: string; etag?: string }>({ max: CONTRACTS_KEPT });
  return async (req, res, next) => {
    try {
      const caller = await authenticateRequest(req, options.verifyToken, options.rateLimiter);
      const key = roleSetKey(caller.roles);
      let contract = contracts.get(key);
      if (!contract) {
        const text = renderContract(options.supergraph, options.rules, caller.roles);
        contract = { text, etag: text && `"${createHash('sha256').update(text).digest('base64url')}"` };
        contracts.set(key, contract);
      }
      if (!contract.text)
        throw hubError('FORBIDDEN', 'the roles of this token may select nothing: there is no contract schema for them', { http: { status: 403 } });
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('Vary', 'Authorization');
      res.setHeader('ETag', contract.etag!);
      res.type('text/plain; charset=utf-8').send(contract.text);
    } catch (error) {
      next(asHttpError(error, res));
    }
  };
}
