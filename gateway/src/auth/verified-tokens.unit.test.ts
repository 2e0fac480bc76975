import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger, DEMO_PARTNERS, loadConfig, type Caller } from '@hub/common/light';
import { SignJWT } from 'jose';
import { DEV_ALGORITHM, loadOrCreateDevKeys } from './dev-keys';
import type { PartnerStanding } from './partner-organisations';
import { createTokenVerifier } from './verify-token';
import { VerifiedTokens } from './verified-tokens';

const staff: Caller = { userId: 'staff-7', roles: ['staff'] };

describe('verified tokens', () => {
  it('gives a caller back until the hash of its token reaches exp, never at or after it', () => {
    let now = 1_000_000;
    const tokens = new VerifiedTokens(10, () => now);
    const key = VerifiedTokens.keyOf('a.b.c');
    tokens.set(key, staff, 1_060); // exp 1,060 s = 1,060,000 ms
    expect(tokens.get(key)).toEqual(staff);
    now = 1_059_999;
    expect(tokens.get(key)).toEqual(staff);
    now = 1_060_000;
    expect(tokens.get(key)).toBeUndefined();
    // Gone for good, even if the clock went back.
    now = 1_000_000;
    expect(tokens.get(key)).toBeUndefined();
  });

  it('remembers no token that has expired already or names no exp', () => {
    const tokens = new VerifiedTokens(10, () => 2_000_000);
    tokens.set('expired', staff, 1_999);
    tokens.set('now', staff, 2_000);
    tokens.set('none', staff, undefined);
    tokens.set('text', staff, '2100');
    expect(tokens.size).toBe(0);
  });

  it('holds at most its bound, dropping the least recently used', () => {
    const tokens = new VerifiedTokens(3, () => 0);
    for (const key of ['a', 'b', 'c']) tokens.set(key, { ...staff, userId: key }, 60);
    expect(tokens.get('a')).toMatchObject({ userId: 'a' });
    for (const key of ['d', 'e']) tokens.set(key, { ...staff, userId: key }, 60);
    expect(tokens.size).toBe(3);
    expect(['a', 'b', 'c', 'd', 'e'].map((key) => tokens.get(key)?.userId)).toEqual(['a', undefined, undefined, 'd', 'e']);
  });

  it('keys by the SHA-256 of the token, and hands out copies that one request cannot change for the next', () => {
    expect(VerifiedTokens.keyOf('a.b.c')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(VerifiedTokens.keyOf('a.b.c')).not.toBe(VerifiedTokens.keyOf('a.b.d'));
    const tokens = new VerifiedTokens(10, () => 0);
    tokens.set('k', staff, 60);
    const first = tokens.get('k') as Caller & { source?: string };
    first.source = '203.0.113.9';
    expect(tokens.get('k')).toEqual(staff);
  });
});

describe('the token verifier with verified tokens remembered', () => {
  const GGZ_ORG = DEMO_PARTNERS[0].id;
  let keyDir: string;
  beforeAll(async () => {
    keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-verified-tokens-'));
    await loadOrCreateDevKeys(keyDir);
  });
  afterAll(() => fs.rmSync(keyDir, { recursive: true, force: true }));
  afterEach(() => jest.useRealTimers());

  const config = () => loadConfig({ DEV_KEY_DIR: keyDir, AUTH_CLOCK_SKEW: '0' });
  const token = async (claims: Record<string, unknown>, exp: number) => {
    const { privateKey } = await loadOrCreateDevKeys(keyDir);
    const { issuer, audience } = config().auth;
    const iat = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: DEV_ALGORITHM })
      .setSubject('user-1')
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(privateKey);
  };

  it('remembers a verified token and refuses it once it has expired', async () => {
    const start = Date.now();
    jest.useFakeTimers({ now: start, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const verifiedTokens = new VerifiedTokens();
    const verify = await createTokenVerifier(config(), { verifiedTokens });
    const header = `Bearer ${await token({ scope: 'staff' }, Math.floor(start / 1000) + 60)}`;
    await expect(verify(header)).resolves.toMatchObject({ userId: 'user-1', roles: ['staff'] });
    expect(verifiedTokens.size).toBe(1);
    await expect(verify(header)).resolves.toMatchObject({ userId: 'user-1' });
    jest.setSystemTime(start + 61_000);
    await expect(verify(header)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(verify.refusals.counts.expired).toBe(1);
    expect(verifiedTokens.size).toBe(0);
  });

  it('remembers no refused token', async () => {
    const verifiedTokens = new VerifiedTokens();
    const verify = await createTokenVerifier(config(), { verifiedTokens, logger: createLogger('silent') });
    const noRole = `Bearer ${await token({ scope: 'nobody' }, Math.floor(Date.now() / 1000) + 60)}`;
    await expect(verify(noRole)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verify(noRole)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(verify.refusals.counts.no_usable_role).toBe(2);
    expect(verifiedTokens.size).toBe(0);
  });

  it('still refuses a remembered partner token once its organisation is deactivated or cannot be checked', async () => {
    let standing: PartnerStanding | Error = { partnerType: 'GGZ', active: true };
    const partnerTypes = async () => {
      if (standing instanceof Error) throw standing;
      return standing;
    };
    const verifiedTokens = new VerifiedTokens();
    const verify = await createTokenVerifier(config(), { verifiedTokens, partnerTypes, logger: createLogger('silent') });
    const header = `Bearer ${await token({ scope: 'partner:ggz', org: GGZ_ORG }, Math.floor(Date.now() / 1000) + 60)}`;
    await expect(verify(header)).resolves.toMatchObject({ roles: ['partner:ggz'], organisationId: GGZ_ORG });
    expect(verifiedTokens.size).toBe(1);
    standing = { partnerType: 'GGZ', active: false };
    await expect(verify(header)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(verify.refusals.counts.inactive_organisation).toBe(1);
    standing = { partnerType: 'DEBT_ASSISTANCE', active: true };
    await expect(verify(header)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(verify.refusals.counts.partner_type_mismatch).toBe(1);
    standing = new Error('database down');
    await expect(verify(header)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    standing = { partnerType: 'GGZ', active: true };
    await expect(verify(header)).resolves.toMatchObject({ roles: ['partner:ggz'] });
  });
});
