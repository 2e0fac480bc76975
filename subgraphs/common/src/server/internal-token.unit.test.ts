import { randomUUID, sign } from 'node:crypto';
import { SignJWT } from 'jose';
import { KADERA } from '../demo/demo-data';
import type { Caller } from '../domain/caller';

// @hub/testing's staff caller; common's own tests cannot depend on the test package (it depends on common).
const testCallers = { staff: { userId: 'staff-1', roles: ['staff'], organisationId: KADERA.id, purpose: 'care' } as Caller };
import { generateSigningKey, publicKeySet } from './internal-keys';
import { bodyHashOf, CALLER_TOKEN_LIFETIME_S, createCallerCheck, MAX_CALLER_TOKEN_LIFETIME_S, signCallerToken, signPeerToken } from './internal-token';

const gateway = generateSigningKey();
const body = '{"query":"{ shelterCapacity { type } }"}';
const check = () => createCallerCheck('placements', { gateway: publicKeySet([gateway]), peers: new Map() });

const partsOf = (token: string) =>
  token
    .split('.')
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
/** The token with its payload replaced (the signature left as it was). */
const withPayload = (token: string, payload: unknown) => {
  const [header, , signature] = token.split('.');
  return `${header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
};

describe('caller tokens', () => {
  it('lives a few seconds and carries the caller, the audience and the body hash', () => {
    const token = signCallerToken(testCallers.staff, { audience: 'placements', body }, gateway);
    const [header, payload] = partsOf(token);
    expect(header).toEqual({ alg: 'EdDSA', kid: gateway.kid, typ: 'hub-caller+jwt' });
    expect(payload).toMatchObject({ aud: 'placements', sub: testCallers.staff.userId, body_sha256: bodyHashOf(body) });
    expect(payload.exp - payload.iat).toBe(CALLER_TOKEN_LIFETIME_S);
    expect(check()(token, bodyHashOf(body))).toMatchObject({ ok: true, caller: testCallers.staff });
  });

  it('is a standard EdDSA JWS that a JOSE library made the same way passes as well', async () => {
    const iat = Math.floor(Date.now() / 1000);
    const { userId, ...rest } = testCallers.staff;
    const made = await new SignJWT({ ...rest, body_sha256: bodyHashOf(body) })
      .setProtectedHeader({ alg: 'EdDSA', kid: gateway.kid, typ: 'hub-caller+jwt' })
      .setSubject(userId)
      .setIssuer('kadera-hub-gateway')
      .setAudience('placements')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 5)
      .setJti(randomUUID())
      .sign(gateway.privateKey);
    expect(check()(made, bodyHashOf(body))).toMatchObject({ ok: true, caller: testCallers.staff });
  });

  it('refuses a token signed with the right key but living longer than the hub signs them', async () => {
    const iat = Math.floor(Date.now() / 1000);
    // The gateway signs for as long as it waits, 30 s at most.
    const longest = signCallerToken(testCallers.staff, { audience: 'placements', body }, gateway, Date.now(), 600);
    const claims = partsOf(longest)[1];
    expect(claims.exp - claims.iat).toBe(MAX_CALLER_TOKEN_LIFETIME_S);
    const long = await new SignJWT({ roles: ['staff'], body_sha256: bodyHashOf(body) })
      .setProtectedHeader({ alg: 'EdDSA', kid: gateway.kid, typ: 'hub-caller+jwt' })
      .setSubject('staff-1')
      .setIssuer('kadera-hub-gateway')
      .setAudience('placements')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 60)
      .setJti(randomUUID())
      .sign(gateway.privateKey);
    expect(check()(long, bodyHashOf(body))).toEqual({ ok: false, reason: 'invalid claims' });
  });

  it('refuses no token, a shared-secret one and garbage without throwing', async () => {
    const verify = check();
    expect(verify(undefined, bodyHashOf(body))).toEqual({ ok: false, reason: 'missing' });
    const hs256 = await new SignJWT({}).setProtectedHeader({ alg: 'HS256', kid: gateway.kid }).sign(new Uint8Array(32));
    expect(verify(hs256, bodyHashOf(body))).toMatchObject({ ok: false });
    expect(verify('not.a.token', bodyHashOf(body))).toEqual({ ok: false, reason: 'malformed' });
    expect(verify('a.b', bodyHashOf(body))).toEqual({ ok: false, reason: 'malformed' });
    expect(verify('', bodyHashOf(body))).toEqual({ ok: false, reason: 'missing' });
  });

  it('refuses a token whose claims were changed after signing (another caller, role or audience)', () => {
    const token = signCallerToken(testCallers.staff, { audience: 'placements', body }, gateway);
    const claims = partsOf(token)[1];
    for (const changed of [
      { ...claims, roles: ['staff', 'auditor'] },
      { ...claims, sub: 'someone-else' },
      { ...claims, exp: claims.exp + 20 },
      { ...claims, aud: 'clients' },
    ]) {
      expect(check()(withPayload(token, changed), bodyHashOf(body))).toEqual({ ok: false, reason: 'bad signature' });
    }
    // A flipped signature byte, and a header naming another key.
    const [header, payload, signature] = token.split('.');
    const bytes = Buffer.from(signature, 'base64url');
    bytes[0] ^= 1;
    expect(check()(`${header}.${payload}.${bytes.toString('base64url')}`, bodyHashOf(body))).toEqual({ ok: false, reason: 'bad signature' });
    const otherKid = Buffer.from(JSON.stringify({ alg: 'EdDSA', kid: 'someone-elses', typ: 'hub-caller+jwt' })).toString('base64url');
    expect(check()(`${otherKid}.${payload}.${signature}`, bodyHashOf(body))).toEqual({ ok: false, reason: 'unknown key' });
  });

  it('refuses a token signed by a key the subgraph does not hold, for another subgraph, or for another body', () => {
    const stranger = signCallerToken(testCallers.staff, { audience: 'placements', body }, generateSigningKey());
    expect(check()(stranger, bodyHashOf(body))).toEqual({ ok: false, reason: 'unknown key' });
    const forClients = signCallerToken(testCallers.staff, { audience: 'clients', body }, gateway);
    expect(check()(forClients, bodyHashOf(body))).toEqual({ ok: false, reason: 'wrong audience' });
    const token = signCallerToken(testCallers.staff, { audience: 'placements', body }, gateway);
    expect(check()(token, bodyHashOf('{"query":"{ placements { id } }"}'))).toEqual({ ok: false, reason: 'body mismatch' });
    expect(check()(token, undefined)).toEqual({ ok: false, reason: 'body mismatch' });
  });

  it('refuses an expired token, one issued long ago, one issued in the future, and a second use', () => {
    const expired = signCallerToken(testCallers.staff, { audience: 'placements', body }, gateway, Date.now() - 10_000);
    expect(check()(expired, bodyHashOf(body))).toEqual({ ok: false, reason: 'expired' });
    // Within the clock skew (2 s) of its expiry it still passes.
    const justExpired = signCallerToken(testCallers.staff, { audience: 'placements', body }, gateway, Date.now() - CALLER_TOKEN_LIFETIME_S * 1000 - 500);
    expect(check()(justExpired, bodyHashOf(body))).toMatchObject({ ok: true });
    const future = signCallerToken(testCallers.staff, { audience: 'placements', body }, gateway, Date.now() + 60_000);
    expect(check()(future, bodyHashOf(body))).toEqual({ ok: false, reason: 'invalid claims' });
    const verify = check();
    const once = signCallerToken(testCallers.staff, { audience: 'placements', body }, gateway);
    expect(verify(once, bodyHashOf(body))).toMatchObject({ ok: true });
    expect(verify(once, bodyHashOf(body))).toEqual({ ok: false, reason: 'replayed' });
  });

  it('refuses a token without the claims it must carry, even when properly signed', () => {
    const token = signCallerToken(testCallers.staff, { audience: 'placements', body }, gateway);
    const claims = partsOf(token)[1];
    const [header] = token.split('.');
    const signed = (payload: Record<string, unknown>) => {
      const input = `${header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
      return `${input}.${sign(null, Buffer.from(input), gateway.privateKey).toString('base64url')}`;
    };
    for (const claim of ['jti', 'exp', 'iat', 'iss']) {
      const { [claim]: _dropped, ...rest } = claims;
      expect(check()(signed(rest), bodyHashOf(body))).toEqual({ ok: false, reason: 'invalid claims' });
    }
    expect(check()(signed({ ...claims, iss: 'someone' }), bodyHashOf(body))).toEqual({ ok: false, reason: 'wrong issuer' });
    expect(check()(signed({ ...claims, roles: ['no-such-role'] }), bodyHashOf(body))).toEqual({ ok: false, reason: 'invalid claims' });
  });

  it("a subgraph's own key never passes as the gateway's, and a peer token carries only a gateway caller for that peer", () => {
    const handoffs = generateSigningKey();
    const keys = { gateway: publicKeySet([gateway]), peers: publicKeySet([handoffs]) };
    const clients = createCallerCheck('clients', keys);
    const peerBody = '{"query":"{ client(id: \\"x\\") { id } }"}';
    const minted = signCallerToken(testCallers.staff, { audience: 'clients', body: peerBody }, handoffs);
    expect(clients(minted, bodyHashOf(peerBody))).toEqual({ ok: false, reason: 'unknown key' });
    const fromGateway = signCallerToken(testCallers.staff, { audience: 'handoffs', body }, gateway);
    const peer = signPeerToken(fromGateway, 'handoffs', { audience: 'clients', body: peerBody }, handoffs);
    expect(clients(peer, bodyHashOf(peerBody))).toMatchObject({ ok: true, caller: testCallers.staff, via: 'handoffs' });
    const selfMade = signCallerToken(testCallers.staff, { audience: 'handoffs', body }, handoffs);
    const wrapped = signPeerToken(selfMade, 'handoffs', { audience: 'clients', body: peerBody }, handoffs);
    expect(clients(wrapped, bodyHashOf(peerBody))).toEqual({ ok: false, reason: 'unknown key' });
  });
});
