import { createHash } from 'node:crypto';
import { hubError, type FieldRules } from '@hub/common/light';
import type { RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
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
      // hubError, TokenRefused and RATE_LIMITED are answered by the hub's one HTTP error mapping (httpErrorAnswer).
      next(error);
    }
  };
}
