import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, PartnerType } from '@hub/common/light';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { createTokenVerifier } from '../auth/verify-token';

/** Production verifies tokens against the identity provider's JWKS, fetched over HTTP. */
describe('tokens verified against a JWKS URL', () => {
  let server: http.Server;
  let jwksUrl: string;
  let privateKey: KeyLike;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' };
    server = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // The identity provider's organisation is a UWV office (the gateway checks the role against it).
  const partnerTypes = async (id: string) => (id === '3f0c1d2e-0000-4000-8000-000000000006' ? { partnerType: PartnerType.UWV, active: true } : null);
  const config = () => {
    const base = loadConfig({ HUB_MODE: 'production', AUTH_ISSUER: 'https://idp.example', AUTH_AUDIENCE: 'kadera-hub' });
    return { ...base, auth: { ...base.auth, jwksUrl } };
  };
  const sign = (kid: string, key = privateKey) =>
    new SignJWT({ scope: 'partner:uwv', org: '3f0c1d2e-0000-4000-8000-000000000006', purpose: 'handoff' })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject('uwv-caseworker-7')
      .setIssuer('https://idp.example')
      .setAudience('kadera-hub')
      .setExpirationTime('5m')
      .sign(key);

  it('accepts a token signed by a key in the set and maps its claims to a caller', async () => {
    const verify = await createTokenVerifier(config(), { partnerTypes });
    const caller = await verify(`Bearer ${await sign('idp-1')}`);
    expect(caller).toEqual({
      userId: 'uwv-caseworker-7',
      roles: ['partner:uwv'],
      organisationId: '3f0c1d2e-0000-4000-8000-000000000006',
      municipalityCode: undefined,
      purpose: 'handoff',
    });
  });

  it('refuses a token signed by a key outside the set', async () => {
    const verify = await createTokenVerifier(config(), { partnerTypes });
    const stranger = await generateKeyPair('RS256');
    await expect(verify(`Bearer ${await sign('idp-1', stranger.privateKey)}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
