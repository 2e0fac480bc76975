import {
  DEFAULT_DATABASE_LIMITS,
  hubError,
  mayRunAnyDocument,
  mayUseApplication,
  parseDocumentHash,
  type ApplicationOwner,
  type Caller,
  type DatabaseLimits,
  type HubMetrics,
  type Logger,
  type Role,
} from '@hub/common/light';
import type { AccessRefusals } from './access-refusals';
import { cachedLookup } from './cached-lookup';
import { hubPool } from './hub-pool';

/** A registered document: its text, and the owners of every application it is registered for. */
export interface TrustedDocument {
  body: string;
  owners: ApplicationOwner[];
}

/** The document registered under a sha256 (hex), or null when no application has it. */
export type TrustedDocumentLookup = (hash: string) => Promise<TrustedDocument | null>;

/**
 * A document's text never changes under its hash; the applications it belongs to can grow, and a registration for
 * one more reaches the gateway within a minute. Unknown hashes for 5 s: a flood of made-up ids costs one query each
 * per 5 s, a fresh registration waits at most that long.
 */
const CACHING = { foundTtlMs: 60_000, unknownTtlMs: 5_000, max: 5_000 };

/** Caches `lookup` (cached-lookup.ts). `clock` (milliseconds) is for tests. */
export const cachedTrustedDocuments = (lookup: TrustedDocumentLookup, clock?: { now(): number }): TrustedDocumentLookup =>
  cachedLookup(lookup, CACHING, { clock });

/**
 * Reads registered documents from the handoffs subgraph's tables, read-only, by hash, through a small pool on
 * the hub database: the same exception to "subgraphs own their tables" as the partner organisation lookup
 * (docs/security.md, "Trusted documents"). The handoffs subgraph and its CLI are the only writers.
 */
export function createTrustedDocumentLookup(
  databaseUrl: string,
  logger: Logger,
  limits: DatabaseLimits = DEFAULT_DATABASE_LIMITS,
  metrics?: HubMetrics,
): { lookup: TrustedDocumentLookup; close: () => Promise<void> } {
  const pool = hubPool(databaseUrl, logger, 'trusted document lookup', limits, metrics && { registry: metrics, pool: 'trusted_documents' });
  const lookup: TrustedDocumentLookup = async (hash) => {
    const { rows } = await pool.query<{ body: string; owner_role: Role; owner_organisation_id: string | null }>(
      `select d.body, a.owner_role, a.owner_organisation_id
       from handoffs.trusted_document d join handoffs.client_application a on a.id = d.application_id where d.hash = $1`,
      [hash],
    );
    if (!rows.length) return null;
    return { body: rows[0].body, owners: rows.map((row) => ({ role: row.owner_role, organisationId: row.owner_organisation_id ?? undefined })) };
  };
  return { lookup: cachedTrustedDocuments(lookup), close: () => pool.end() };
}

const badRequest = (message: string) => hubError('BAD_REQUEST', message, { http: { status: 400 } });

/** The hash a request body names a document by (`documentId`, or Apollo's `extensions.persistedQuery`); undefined: none named. */
export function requestedDocumentHash(body: Record<string, unknown>): string | undefined {
  const extensions = body.extensions && typeof body.extensions === 'object' ? (body.extensions as Record<string, unknown>) : undefined;
  // null counts as left out, as JSON clients write it.
  const persisted = extensions?.persistedQuery ?? undefined;
  const documentId = body.documentId ?? undefined;
  if (documentId === undefined && persisted === undefined) return undefined;
  if (documentId !== undefined && persisted !== undefined) throw badRequest('name the document by documentId or by extensions.persistedQuery, not both');
  if (body.query != null) throw badRequest('send a document id or a query, not both');
  let raw: unknown = documentId;
  if (persisted !== undefined) {
    const { version, sha256Hash } = (persisted && typeof persisted === 'object' ? persisted : {}) as Record<string, unknown>;
    if (version !== 1) throw badRequest('extensions.persistedQuery must be { "version": 1, "sha256Hash": "<hex>" }');
    raw = sha256Hash;
  }
  const hash = parseDocumentHash(raw);
  if (!hash) throw badRequest('a document id is "sha256:" and the 64 hex digits of the sha256 of the document');
  return hash;
}

/**
 * Before anything reads the operation: a request that names a registered document by its id gets that
 * document's text as its `query` (the shape limits, cost and field access then run on it as on any other),
 * if an application it is registered for may be used by the caller; otherwise PERSISTED_QUERY_NOT_FOUND, the
 * same answer as for a hash nobody registered. A request with a document of its own is refused FORBIDDEN
 * (reason TRUSTED_DOCUMENTS_ONLY) when the caller's roles may run only trusted documents (document-trust.ts).
 * The body is changed in place: Apollo Server reads the same object afterwards. Resolves to whether the
 * request now runs a registered document (only then may its operation name be a metrics label).
 */
export function trustedDocumentResolver(options: { lookup?: TrustedDocumentLookup; trustedDocumentsOnly: boolean; logger: Logger; refusals?: AccessRefusals }) {
  return async (caller: Caller, body: unknown): Promise<boolean> => {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
    const request = body as Record<string, unknown>;
    const hash = requestedDocumentHash(request);
    if (hash === undefined) {
      // No document at all is Apollo's to refuse (BAD_REQUEST); one of the caller's own, the setting's.
      if (request.query != null && !mayRunAnyDocument(caller.roles, options.trustedDocumentsOnly)) {
        if (options.refusals) options.refusals.trustedDocumentsOnly += 1;
        throw hubError('FORBIDDEN', 'these roles may run only trusted documents: send the documentId of a document registered for your application', {
          reason: 'TRUSTED_DOCUMENTS_ONLY',
          http: { status: 403 },
        });
      }
      return false;
    }
    let document: TrustedDocument | null;
    try {
      document = options.lookup ? await options.lookup(hash) : null;
    } catch (error) {
      options.logger.error({ errorClass: error instanceof Error ? error.name : typeof error }, 'trusted document lookup failed');
      throw hubError('SERVICE_UNAVAILABLE', 'trusted documents cannot be looked up just now; try again shortly', { http: { status: 503 } });
    }
    if (!document?.owners.some((owner) => mayUseApplication(owner, caller))) {
      throw hubError('PERSISTED_QUERY_NOT_FOUND', 'no trusted document with this id is registered for an application of this caller', {
        http: { status: 404 },
      });
    }
    request.query = document.body;
    delete request.documentId;
    if (request.extensions && typeof request.extensions === 'object') delete (request.extensions as Record<string, unknown>).persistedQuery;
    return true;
  };
}
