import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { KADERA } from '../demo/demo-data';
import type { Caller } from '../domain/caller';

// @hub/testing's staff caller; common's own tests cannot depend on the test package (it depends on common).
const testCallers = { staff: { userId: 'staff-1', roles: ['staff'], organisationId: KADERA.id, purpose: 'care' } as Caller };
import { generateSigningKey, publicKeySet } from './internal-keys';
import { bodyHashOf, CALLER_TOKEN_LIFETIME_S, createCallerCheck, MAX_CALLER_TOKEN_LIFETIME_S, signCallerToken } from './internal-token';

const gateway = generateSigningKey();
const body = '{"query":"{ shelterCapacity { type } }"}';
const check = () => createCallerCheck('placements', { gateway: publicKeySet([gateway]), peers: new Map() });

describe('caller tokens', () => {
  it('lives a few seconds and carries the caller, the audience and the body hash', async () => {
    const token = await signCallerToken(testCallers.staff, { audience: 'placements', body }, gateway);
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toEqual({ alg: 'EdDSA', kid: gateway.kid, typ: 'hub-caller+jwt' });
    expect(payload).toMatchObject({ aud: 'placements', sub: testCallers.staff.userId, body_sha256: bodyHashOf(body) });
    expect(payload.exp - payload.iat).toBe(CALLER_TOKEN_LIFETIME_S);
    expect(await check()(token, bodyHashOf(body))).toMatchObject({ ok: true, caller: testCallers.staff });
  });

  it('refuses a token signed with the right key but living longer than the hub signs them', async () => {
    const iat = Math.floor(Date.now() / 1000);
    // The gateway signs for as long as it waits, 30 s at most.
    const longest = await signCallerToken(testCallers.staff, { audience: 'placements', body }, gateway, Date.now(), 600);
    const claims = JSON.parse(Buffer.from(longest.split('.')[1], 'base64url').toString());
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
    expect(await check()(long, bodyHashOf(body))).toEqual({ ok: false, reason: 'invalid claims' });
  });

  it('refuses no token, a shared-secret one and garbage without throwing', async () => {
    const verify = check();
    expect(await verify(undefined, bodyHashOf(body))).toEqual({ ok: false, reason: 'missing' });
    const hs256 = await new SignJWT({}).setProtectedHeader({ alg: 'HS256', kid: gateway.kid }).sign(new Uint8Array(32));
    expect(await verify(hs256, bodyHashOf(body))).toMatchObject({ ok: false });
    expect(await verify('not.a.token', bodyHashOf(body))).toEqual({ ok: false, reason: 'malformed' });
  });
});
