import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger, DEMO_PARTNERS, loadConfig } from '@hub/common/light';
import { SignJWT } from 'jose';
import { DEV_ALGORITHM, loadOrCreateDevKeys } from './dev-keys';
import type { PartnerTypeLookup } from './partner-organisations';
import { subjectHash } from './token-refusals';
import { createTokenVerifier, type TokenVerifier } from './verify-token';

const GGZ_ORG = DEMO_PARTNERS[0].id;
const DEBT_ORG = DEMO_PARTNERS[2].id;
// In these tests, the other debt organisation has been deactivated by staff.
const INACTIVE_ORG = DEMO_PARTNERS[3].id;
const now = () => Math.floor(Date.now() / 1000);

/** The checks the gateway makes beyond jose's signature, issuer, audience and expiry. */
describe('token checks', () => {
  let keyDir: string;
  let lines: Array<Record<string, any>>;
  let verify: TokenVerifier;
  // The partner organisations as the handoffs table holds them (demo data).
  const partnerTypes: PartnerTypeLookup = async (id) => {
    const partner = DEMO_PARTNERS.find((p) => p.id === id);
    return partner?.partnerType ? { partnerType: partner.partnerType, active: id !== INACTIVE_ORG } : null;
  };

  const config = (env: Record<string, string> = {}) => loadConfig({ DEV_KEY_DIR: keyDir, ...env });
  const verifier = (env: Record<string, string> = {}, lookup: PartnerTypeLookup | 'none' = partnerTypes) => {
    const logger = createLogger('warn', 'test', { write: (line: string) => lines.push(JSON.parse(line)) });
    return createTokenVerifier(config(env), { logger, partnerTypes: lookup === 'none' ? undefined : lookup });
  };

  beforeAll(async () => {
    keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-token-checks-'));
    await loadOrCreateDevKeys(keyDir);
  });
  afterAll(() => fs.rmSync(keyDir, { recursive: true, force: true }));
  beforeEach(async () => {
    lines = [];
    verify = await verifier();
  });

  const sign = async (edit: (jwt: SignJWT) => SignJWT = (jwt) => jwt, claims: Record<string, unknown> = { scope: 'staff' }) => {
    const { privateKey } = await loadOrCreateDevKeys(keyDir);
    const { issuer, audience } = config().auth;
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: DEV_ALGORITHM }).setSubject('staff-7').setIssuer(issuer).setAudience(audience);
    return edit(jwt.setIssuedAt().setExpirationTime('5m')).sign(privateKey);
  };
  const refusedFor = async (header: string | undefined, reason: string, check = verify) => {
    await expect(check(header, '203.0.113.9')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    expect(check.refusals.counts).toMatchObject({ [reason]: 1 });
  };

  describe('who acted, for whom, through which application (NEN 7513)', () => {
    it('takes the application from azp, else client_id; no delegation: the subject acted', async () => {
      expect(await verify(`Bearer ${await sign((jwt) => jwt, { scope: 'staff', azp: 'kadera-portal', client_id: 'other' })}`)).toMatchObject({
        userId: 'staff-7',
        applicationId: 'kadera-portal',
        onBehalfOf: undefined,
      });
      expect(await verify(`Bearer ${await sign((jwt) => jwt, { scope: 'staff', client_id: 'kadera-app' })}`)).toMatchObject({ applicationId: 'kadera-app' });
    });

    it('with an RFC 8693 act claim, act.sub is the user who acted and sub the responsible user it acted for', async () => {
      const token = await sign((jwt) => jwt, { scope: 'staff', act: { sub: 'assistant-3', act: { sub: 'earlier-actor' } } });
      const caller = await verify(`Bearer ${token}`);
      expect(caller).toMatchObject({ userId: 'assistant-3', onBehalfOf: 'staff-7', roles: ['staff'] });
    });
  });

  describe('lifetime and issue time', () => {
    it('refuses a token that lives longer than AUTH_MAX_TOKEN_LIFETIME (12 h by default)', async () => {
      await refusedFor(`Bearer ${await sign((jwt) => jwt.setExpirationTime(32503680000))}`, 'lifetime_too_long');
      await refusedFor(
        `Bearer ${await sign((jwt) => jwt.setIssuedAt(now()).setExpirationTime(now() + 12 * 3600 + 60))}`,
        'lifetime_too_long',
        (verify = await verifier()),
      );
      await expect(verify(`Bearer ${await sign((jwt) => jwt.setIssuedAt(now()).setExpirationTime(now() + 12 * 3600))}`)).resolves.toMatchObject({
        userId: 'staff-7',
      });
    });

    it('measures a token without iat from now', async () => {
      const { privateKey } = await loadOrCreateDevKeys(keyDir);
      const { issuer, audience } = config().auth;
      const withoutIat = (exp: number) =>
        new SignJWT({ scope: 'staff' })
          .setProtectedHeader({ alg: DEV_ALGORITHM })
          .setSubject('s')
          .setIssuer(issuer)
          .setAudience(audience)
          .setExpirationTime(exp)
          .sign(privateKey);
      await expect(verify(`Bearer ${await withoutIat(now() + 600)}`)).resolves.toMatchObject({ userId: 's' });
      await refusedFor(`Bearer ${await withoutIat(now() + 13 * 3600)}`, 'lifetime_too_long');
    });

    it('takes the maximum from the setting', async () => {
      const short = await verifier({ AUTH_MAX_TOKEN_LIFETIME: '10m' });
      await refusedFor(`Bearer ${await sign((jwt) => jwt.setExpirationTime('15m'))}`, 'lifetime_too_long', short);
      await expect(short(`Bearer ${await sign((jwt) => jwt.setExpirationTime('9m'))}`)).resolves.toMatchObject({ userId: 'staff-7' });
    });

    it('refuses a token issued in the future beyond the clock skew, and tolerates the skew', async () => {
      await refusedFor(`Bearer ${await sign((jwt) => jwt.setIssuedAt(now() + 300).setExpirationTime(now() + 600))}`, 'issued_in_future');
      await expect(verify(`Bearer ${await sign((jwt) => jwt.setIssuedAt(now() + 10).setExpirationTime(now() + 600))}`)).resolves.toBeDefined();
    });

    it('tolerates the clock skew on exp and nbf, and no more', async () => {
      await expect(verify(`Bearer ${await sign((jwt) => jwt.setIssuedAt(now() - 600).setExpirationTime(now() - 10))}`)).resolves.toBeDefined();
      await expect(verify(`Bearer ${await sign((jwt) => jwt.setNotBefore(now() + 10))}`)).resolves.toBeDefined();
      await refusedFor(`Bearer ${await sign((jwt) => jwt.setIssuedAt(now() - 600).setExpirationTime(now() - 60))}`, 'expired');
      const strict = await verifier({ AUTH_CLOCK_SKEW: '0' });
      await refusedFor(`Bearer ${await sign((jwt) => jwt.setIssuedAt(now() - 600).setExpirationTime(now() - 10))}`, 'expired', strict);
    });
  });

  describe('the Authorization header', () => {
    it.each([['bearer'], ['BEARER'], ['Bearer  '], ['  bEaReR\t']])('accepts the scheme written %j', async (scheme) => {
      await expect(verify(`${scheme} ${await sign()}`)).resolves.toMatchObject({ roles: ['staff'] });
    });

    it('refuses two tokens, another scheme, and no header', async () => {
      const token = await sign();
      await refusedFor(`Bearer ${token} ${token}`, 'malformed');
      await refusedFor(`Basic ${token}`, 'malformed', (verify = await verifier()));
      await refusedFor(`Bearer${token}`, 'malformed', (verify = await verifier()));
      await refusedFor(undefined, 'missing', (verify = await verifier()));
      await refusedFor('', 'missing', (verify = await verifier()));
    });
  });

  describe('partner role against the organisation', () => {
    const partnerToken = (role: string, org: string) => sign((jwt) => jwt, { scope: role, org, purpose: 'handoff' });

    it('accepts a partner role matching its organisation', async () => {
      await expect(verify(`Bearer ${await partnerToken('partner:ggz', GGZ_ORG)}`)).resolves.toMatchObject({ roles: ['partner:ggz'], organisationId: GGZ_ORG });
      await expect(verify(`Bearer ${await partnerToken('partner:debt', DEBT_ORG)}`)).resolves.toMatchObject({ roles: ['partner:debt'] });
    });

    it("refuses a partner:ggz token carrying a debt organisation's id", async () => {
      await refusedFor(`Bearer ${await partnerToken('partner:ggz', DEBT_ORG)}`, 'partner_type_mismatch');
    });

    // Written out by hand: each partner role with a demo organisation of its type, and one of another type.
    it.each([
      ['partner:addiction', 10, 11],
      ['partner:casa', 11, 10],
      ['partner:youth', 8, 0],
    ])('%s is accepted for its own kind of organisation and refused for another', async (role, own, other) => {
      await expect(verify(`Bearer ${await partnerToken(role, DEMO_PARTNERS[own].id)}`)).resolves.toMatchObject({ roles: [role] });
      await refusedFor(`Bearer ${await partnerToken(role, DEMO_PARTNERS[other].id)}`, 'partner_type_mismatch', (verify = await verifier()));
    });

    it('refuses a second partner role the organisation does not have', async () => {
      await refusedFor(`Bearer ${await partnerToken('partner:ggz partner:debt', GGZ_ORG)}`, 'partner_type_mismatch');
    });

    it('refuses an organisation that is not a partner organisation, and an id that is no UUID', async () => {
      await refusedFor(`Bearer ${await partnerToken('partner:ggz', '3f0c1d2e-0000-4000-8000-00000000ffff')}`, 'unknown_organisation');
      await refusedFor(`Bearer ${await partnerToken('partner:ggz', 'ggz-zwolle')}`, 'unknown_organisation', (verify = await verifier()));
    });

    it('refuses a token of an organisation staff have deactivated', async () => {
      await refusedFor(`Bearer ${await partnerToken('partner:debt', INACTIVE_ORG)}`, 'inactive_organisation');
    });

    it('refuses every partner token when no organisation can be looked up', async () => {
      await refusedFor(`Bearer ${await partnerToken('partner:ggz', GGZ_ORG)}`, 'organisation_lookup_unavailable', await verifier({}, 'none'));
    });

    it('answers SERVICE_UNAVAILABLE, not 401, when the lookup fails', async () => {
      const failing = await verifier({}, async () => {
        throw new Error('connection refused');
      });
      await expect(failing(`Bearer ${await partnerToken('partner:ggz', GGZ_ORG)}`)).rejects.toMatchObject({
        extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
      });
      expect(failing.refusals.counts.organisation_lookup_unavailable).toBe(0);
      expect(lines).toEqual([expect.objectContaining({ level: 50, msg: 'could not look up a partner organisation' })]);
    });

    it('leaves Kadera roles alone', async () => {
      const unused = await verifier({}, async () => {
        throw new Error('a Kadera token needs no lookup');
      });
      await expect(unused(`Bearer ${await sign()}`)).resolves.toMatchObject({ roles: ['staff'] });
    });
  });

  describe('every refusal logged and counted', () => {
    it.each([
      ['expired', (jwt: SignJWT) => jwt.setIssuedAt(now() - 3600).setExpirationTime(now() - 600)],
      ['wrong_issuer', (jwt: SignJWT) => jwt.setIssuer('someone-else')],
      ['wrong_audience', (jwt: SignJWT) => jwt.setAudience('another-api')],
      ['not_yet_valid', (jwt: SignJWT) => jwt.setNotBefore(now() + 600)],
    ])('%s', async (reason, edit) => {
      await refusedFor(`Bearer ${await sign(edit)}`, reason);
    });

    it('bad_signature', async () => {
      const [header, payload] = (await sign()).split('.');
      const [, , signature] = (await sign((jwt) => jwt.setSubject('other'))).split('.');
      await refusedFor(`Bearer ${header}.${payload}.${signature}`, 'bad_signature');
    });

    it('no_usable_role', async () => {
      await refusedFor(`Bearer ${await sign((jwt) => jwt, { scope: 'admin' })}`, 'no_usable_role');
    });

    it.each([
      ['an actor that is no id', { scope: 'staff', act: { sub: 'bob smith,"=1' } }],
      ['an actor claim without sub', { scope: 'staff', act: { iss: 'x' } }],
      ['an actor acting for itself', { scope: 'staff', act: { sub: 'staff-7' } }],
      ['an application id too long', { scope: 'staff', azp: 'a'.repeat(129) }],
      ['an application id with a line break', { scope: 'staff', client_id: 'portal\nx' }],
    ])('malformed: %s', async (_, claims) => {
      await refusedFor(`Bearer ${await sign((jwt) => jwt, claims)}`, 'malformed');
    });

    it('logs reason, issuer, a hash of sub and the source address at warn, and nothing of the token', async () => {
      const token = await sign((jwt) => jwt.setAudience('another-api'), { scope: 'staff', org: 'secret-org-claim', purpose: 'secret-purpose' });
      await refusedFor(`Bearer ${token}`, 'wrong_audience');
      expect(lines).toHaveLength(1);
      const [line] = lines;
      expect(line.level).toBe(40);
      expect(line.tokenRefusal).toEqual({ reason: 'wrong_audience', issuer: config().auth.issuer, subjectHash: subjectHash('staff-7'), source: '203.0.113.9' });
      expect(line.tokenRefusal.subjectHash).toMatch(/^[0-9a-f]{16}$/);
      const text = JSON.stringify(line);
      for (const secret of [token, token.split('.')[1], token.split('.')[2], 'staff-7', 'secret-org-claim', 'secret-purpose'])
        expect(text).not.toContain(secret);
    });

    it('counts per reason', async () => {
      await expect(verify('Bearer x.y.z', '198.51.100.1')).rejects.toBeDefined();
      await expect(verify(undefined, '198.51.100.1')).rejects.toBeDefined();
      await expect(verify(undefined, '198.51.100.1')).rejects.toBeDefined();
      expect(verify.refusals.counts).toMatchObject({ malformed: 1, missing: 2, expired: 0 });
      expect(lines.map((line) => line.tokenRefusal.reason)).toEqual(['malformed', 'missing', 'missing']);
    });
  });
});
