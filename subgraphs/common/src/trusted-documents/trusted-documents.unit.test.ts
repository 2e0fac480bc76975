import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { ConfigError, loadConfig } from '../config';
import { ANY_DOCUMENT_ROLES, mayRunAnyDocument } from '../domain/document-trust';
import { ROLES, ROLE_SIDES, Side } from '../domain/roles';
import { applicationOwner, mayUseApplication } from './application-owner';
import { documentIdOf, parseDocumentHash } from './document-hash';
import { parseManifest, parseManifestText } from './manifest';

// The oracle for a hash is node's own sha256 written out here, not documentHashOf.
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const QUERY = 'query Me { me { userId } }';

function refusal(run: () => unknown): { code?: unknown; reason?: unknown; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return { code: error.extensions.code, reason: error.extensions.reason, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('document hashes', () => {
  it('reads bare hex and sha256:<hex>, in either case, as the same lowercase hash', () => {
    const hash = sha256(QUERY);
    expect(parseDocumentHash(hash)).toBe(hash);
    expect(parseDocumentHash(`sha256:${hash}`)).toBe(hash);
    expect(parseDocumentHash(hash.toUpperCase())).toBe(hash);
    expect(documentIdOf(hash)).toBe(`sha256:${hash}`);
  });

  it.each([
    ['sha1 length', 'a'.repeat(40)],
    ['not hex', 'g'.repeat(64)],
    ['other algorithm', `md5:${'a'.repeat(64)}`],
    ['number', 42],
    ['empty', ''],
  ])('refuses %s', (_name, raw) => expect(parseDocumentHash(raw)).toBeUndefined());
});

describe('manifests as client-preset writes them', () => {
  it('reads { hash: text } with bare and prefixed keys; the same document twice counts once', () => {
    const other = 'query Other { me { roles } }';
    const documents = parseManifest({ [sha256(QUERY)]: QUERY, [`sha256:${sha256(other)}`]: other, [`sha256:${sha256(QUERY)}`]: QUERY });
    expect(documents).toEqual([
      { hash: sha256(QUERY), body: QUERY },
      { hash: sha256(other), body: other },
    ]);
  });

  it('refuses a key that is not the sha256 of its text, naming the document', () => {
    const wrong = sha256('query Else { me { userId } }');
    expect(refusal(() => parseManifest({ [wrong]: QUERY }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'DOCUMENT_HASH_MISMATCH',
      message: `document ${wrong}: the hash is not the sha256 of its text`,
    });
  });

  it.each([
    ['an array', [QUERY], 'MANIFEST_MALFORMED'],
    ['an empty object', {}, 'MANIFEST_MALFORMED'],
    ['a sha1 key', { [createHash('sha1').update(QUERY).digest('hex')]: QUERY }, 'DOCUMENT_ID_MALFORMED'],
    ['a text that is not a string', { [sha256(QUERY)]: 7 }, 'MANIFEST_MALFORMED'],
  ])('refuses %s', (_name, manifest, reason) => {
    expect(refusal(() => parseManifest(manifest))).toMatchObject({ code: 'BAD_USER_INPUT', reason });
  });

  it('refuses text that is not JSON without echoing it', () => {
    const answer = refusal(() => parseManifestText('{"Geheimstraat 7": '));
    expect(answer).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MANIFEST_MALFORMED' });
    expect(answer.message).not.toContain('Geheimstraat');
  });
});

describe('application owners', () => {
  const GGZ_ORG = '0A6E1B52-3C1D-4E1B-9F0B-6B2F0C1E2D3A';

  it('a partner type owns by its role; any organisation of that type may use it, no other role', () => {
    const owner = applicationOwner('partner:ggz');
    expect(mayUseApplication(owner, { roles: ['partner:ggz'], organisationId: GGZ_ORG })).toBe(true);
    expect(mayUseApplication(owner, { roles: ['referrer'], organisationId: GGZ_ORG })).toBe(false);
    expect(mayUseApplication(owner, { roles: ['staff'] })).toBe(false);
  });

  it('narrowed to one organisation: only its callers, the UUID in any case', () => {
    const owner = applicationOwner('partner:ggz', GGZ_ORG);
    expect(owner.organisationId).toBe(GGZ_ORG.toLowerCase());
    expect(mayUseApplication(owner, { roles: ['partner:ggz'], organisationId: GGZ_ORG })).toBe(true);
    expect(mayUseApplication(owner, { roles: ['partner:ggz'], organisationId: '00000000-0000-4000-8000-000000000000' })).toBe(false);
    expect(mayUseApplication(owner, { roles: ['partner:ggz'] })).toBe(false);
  });

  it.each([
    ['an unknown role', 'partner:unknown', undefined],
    ['an organisation on a role without one', 'municipality', 'GM0193'],
    ['a partner organisation that is not a UUID', 'partner:ggz', 'ggz-deventer'],
  ])('refuses %s', (_name, role, organisation) => {
    expect(refusal(() => applicationOwner(role, organisation))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OWNER_INVALID' });
  });
});

describe('who may send any document (the per-role setting)', () => {
  it('follows the role table: Kadera and the auditor may; partners, referrers and municipalities may not', () => {
    const expected = ROLES.filter((role) => [Side.KADERA, Side.AUDITOR].includes(ROLE_SIDES[role]));
    expect(ANY_DOCUMENT_ROLES).toEqual(expected);
    expect([...ANY_DOCUMENT_ROLES].sort()).toEqual(['auditor', 'intake', 'shelter', 'staff']);
    for (const role of ROLES) expect(mayRunAnyDocument([role], true)).toBe(expected.includes(role));
  });

  it('a caller with several roles may only when every one may; no role: never; not enforced: everyone', () => {
    expect(mayRunAnyDocument(['staff', 'intake'], true)).toBe(true);
    expect(mayRunAnyDocument(['staff', 'partner:ggz'], true)).toBe(false);
    expect(mayRunAnyDocument(['staff', 'made-up'], true)).toBe(false);
    expect(mayRunAnyDocument([], true)).toBe(false);
    expect(mayRunAnyDocument(['partner:ggz'], false)).toBe(true);
  });

  it('is enforced always in production and on request in development', () => {
    expect(loadConfig({}).trustedDocumentsOnly).toBe(false);
    expect(loadConfig({ TRUSTED_DOCUMENTS_ONLY: 'true' }).trustedDocumentsOnly).toBe(true);
    expect(loadConfig({ HUB_MODE: 'production' }).trustedDocumentsOnly).toBe(true);
    expect(() => loadConfig({ HUB_MODE: 'production', TRUSTED_DOCUMENTS_ONLY: 'false' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS_ONLY: 'yes' })).toThrow(ConfigError);
  });
});
