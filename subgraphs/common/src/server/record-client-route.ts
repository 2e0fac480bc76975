import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import type { ClientOfRecord, RecordOfClient } from '../audit/access-middleware';
import type { Logger } from '../logger';
import { errorBody, receivedBodyHash } from './http-errors';
import { CALLER_HEADER, type CallerCheck } from './internal-token';

/**
 * Where the gateway asks a subgraph for the client of a record an operation named by id, when the gateway
 * itself refused the operation and must log the attempt (docs/access-log.md, "Refusals at the gateway").
 * Not GraphQL and not in the supergraph: no caller can select it through the gateway, which serves only
 * /graphql; a request to the subgraph needs a caller token the gateway signed for this very body.
 */
export const RECORD_CLIENT_PATH = '/internal/record-client';

/** What the gateway asks: a root field of the operation (`handoff`) and its arguments (`{ id }`). */
export interface RecordClientQuestion {
  field: string;
  args: Record<string, unknown>;
}

/** The answer: the record and its client, or nulls when the field names no record or none exists. */
export type RecordClientAnswer = { [K in keyof RecordOfClient]: RecordOfClient[K] | null };

const NOTHING: RecordClientAnswer = { clientId: null, object: null };

/**
 * Answers with `clientOfRecord` (the subgraph's own declaration, as its access middleware uses it), read
 * without row rules. Only a gateway token counts: a subgraph passing a caller on (a peer token) is refused.
 */
export function recordClientRoute(options: {
  checkCaller: (token: string | undefined, bodyHash: string | undefined) => CallerCheck;
  clientOfRecord: Record<string, ClientOfRecord>;
  em: () => EntityManager;
  logger: Logger;
}): RequestHandler {
  return async (req, res) => {
    const checked = options.checkCaller(req.header(CALLER_HEADER), receivedBodyHash(req));
    if (!checked.ok || checked.via) {
      options.logger.warn({ reason: checked.ok ? 'peer token' : checked.reason, path: RECORD_CLIENT_PATH }, 'caller token refused');
      res.status(401).json(errorBody('UNAUTHENTICATED', 'requests must come through the gateway'));
      return;
    }
    const { field, args } = (req.body ?? {}) as Partial<RecordClientQuestion>;
    if (typeof field !== 'string' || !args || typeof args !== 'object' || Array.isArray(args)) {
      res.status(400).json(errorBody('BAD_REQUEST', 'the body must name a field and its arguments'));
      return;
    }
    const lookup = Object.hasOwn(options.clientOfRecord, field) ? options.clientOfRecord[field] : undefined;
    const found = lookup ? await lookup(args, options.em()) : undefined;
    res.json(found ? { clientId: found.clientId ?? null, object: found.object } : NOTHING);
  };
}
