import { createLogger, type Caller } from '@hub/common/light';
import { GraphQLError } from 'graphql';
import { cachedTrustedDocuments, requestedDocumentHash, trustedDocumentResolver, type TrustedDocument } from './trusted-documents';

const HASH = 'ab'.repeat(32);
const OTHER = 'cd'.repeat(32);
const GGZ_DOCUMENT: TrustedDocument = { body: 'query Me { me { userId } }', owners: [{ role: 'partner:ggz' }] };
const ggz: Caller = { userId: 'p-1', roles: ['partner:ggz'], organisationId: '3f0c1d2e-0000-4000-8000-000000000001' };
const staff: Caller = { userId: 's-1', roles: ['staff'] };
const logger = createLogger('silent', 'test');

const codeOf = async (run: () => Promise<unknown>) => {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof GraphQLError ? { code: error.extensions.code, reason: error.extensions.reason } : error;
};

describe('the document id a request names', () => {
  it('reads documentId (sha256:<hex> or bare hex) and extensions.persistedQuery version 1', () => {
    expect(requestedDocumentHash({ documentId: `sha256:${HASH}` })).toBe(HASH);
    expect(requestedDocumentHash({ documentId: HASH.toUpperCase() })).toBe(HASH);
    expect(requestedDocumentHash({ extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } })).toBe(HASH);
    expect(requestedDocumentHash({ query: '{ me { userId } }' })).toBeUndefined();
    expect(requestedDocumentHash({ documentId: HASH, query: null, extensions: { persistedQuery: null } })).toBe(HASH);
  });

  it.each([
    ['a wrong algorithm', { documentId: `sha1:${HASH}` }],
    ['another persistedQuery version', { extensions: { persistedQuery: { version: 2, sha256Hash: HASH } } }],
    ['an id beside a query', { documentId: HASH, query: '{ me { userId } }' }],
    ['both forms at once', { documentId: HASH, extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } }],
  ])('refuses %s with BAD_REQUEST', (_name, body) => {
    expect(() => requestedDocumentHash(body)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_REQUEST' }) }));
  });
});

describe('resolving a request', () => {
  const resolve = (enforced: boolean) =>
    trustedDocumentResolver({ lookup: async (hash) => (hash === HASH ? GGZ_DOCUMENT : null), trustedDocumentsOnly: enforced, logger });

  it("puts the registered text in the body Apollo reads, without the id; the caller's own variables stay", async () => {
    const byId: Record<string, unknown> = { documentId: `sha256:${HASH}`, variables: { a: 1 }, operationName: 'Me' };
    await resolve(true)(ggz, byId);
    expect(byId).toEqual({ query: GGZ_DOCUMENT.body, variables: { a: 1 }, operationName: 'Me' });
    const apollo: Record<string, unknown> = { extensions: { persistedQuery: { version: 1, sha256Hash: HASH }, other: true } };
    await resolve(true)(ggz, apollo);
    expect(apollo).toEqual({ query: GGZ_DOCUMENT.body, extensions: { other: true } });
  });

  it('answers PERSISTED_QUERY_NOT_FOUND for an unknown hash and for a document of an application the caller may not use', async () => {
    expect(await codeOf(() => resolve(true)(ggz, { documentId: OTHER }))).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND', reason: undefined });
    expect(await codeOf(() => resolve(true)(staff, { documentId: HASH }))).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND', reason: undefined });
  });

  it('refuses a document of its own to a role held to trusted documents only when enforced; staff always may', async () => {
    expect(await codeOf(() => resolve(true)(ggz, { query: '{ me { userId } }' }))).toEqual({ code: 'FORBIDDEN', reason: 'TRUSTED_DOCUMENTS_ONLY' });
    expect(await codeOf(() => resolve(false)(ggz, { query: '{ me { userId } }' }))).toBeUndefined();
    expect(await codeOf(() => resolve(true)(staff, { query: '{ me { userId } }' }))).toBeUndefined();
  });

  it('a lookup that fails is SERVICE_UNAVAILABLE, not a not-found', async () => {
    const failing = trustedDocumentResolver({ lookup: () => Promise.reject(new Error('connection refused')), trustedDocumentsOnly: true, logger });
    expect(await codeOf(() => failing(ggz, { documentId: HASH }))).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: undefined });
  });
});

describe('cached trusted documents', () => {
  it('asks once per minute for a found hash, once per 5 s for an unknown one, and keeps no failure', async () => {
    let time = 1_000_000;
    const asked: string[] = [];
    let failing = false;
    const lookup = cachedTrustedDocuments(
      async (hash) => {
        asked.push(hash);
        if (failing) throw new Error('database unavailable');
        return hash === HASH ? GGZ_DOCUMENT : null;
      },
      { now: () => time },
    );
    expect(await lookup(HASH)).toEqual(GGZ_DOCUMENT);
    expect(await lookup(OTHER)).toBeNull();
    time += 4_000;
    expect(await lookup(HASH)).toEqual(GGZ_DOCUMENT);
    expect(await lookup(OTHER)).toBeNull();
    expect(asked).toEqual([HASH, OTHER]);
    time += 2_000;
    expect(await lookup(OTHER)).toBeNull();
    expect(asked).toEqual([HASH, OTHER, OTHER]);
    time += 60_000;
    failing = true;
    await expect(lookup(HASH)).rejects.toThrow('database unavailable');
    failing = false;
    expect(await lookup(HASH)).toEqual(GGZ_DOCUMENT);
    expect(asked).toEqual([HASH, OTHER, OTHER, HASH, HASH]);
  });
});
