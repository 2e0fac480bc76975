import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { CALLER_HEADER, DEMO_PARTNERS, generateSigningKey, signCallerToken } from '@hub/common';
import { postGraphQL, testCallers } from '@hub/testing';
import { decodeJwt, generateKeyPair, SignJWT } from 'jose';
import { createTokenVerifier, loadOrCreateDevKeys } from '@hub/gateway';
import { startTestStack, type TestStack } from '../testing/test-stack';

const run = promisify(execFile);
const TOKEN_CLI = path.resolve(__dirname, '../cli/token.js');
const QUERY = '{ shelterCapacity { type capacity } }';

/** Every request needs a verified bearer JWT; subgraphs answer only the gateway. */
describe('authentication', () => {
  let hub: TestStack;
  let keyDir: string;
  const lines: string[] = [];

  beforeAll(async () => {
    hub = await startTestStack({}, undefined, { level: 'warn', destination: { write: (line) => void lines.push(line) } });
    keyDir = hub.stack.config.auth.devKeyDir;
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const withToken = (token: string) => postGraphQL(hub.gatewayUrl, QUERY, undefined, { authorization: `Bearer ${token}` });

  const sign = async (edit: (jwt: SignJWT) => SignJWT, claims: Record<string, unknown> = { scope: 'staff' }) => {
    const { privateKey } = await loadOrCreateDevKeys(keyDir);
    const base = new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('someone')
      .setIssuer(hub.stack.config.auth.issuer)
      .setAudience(hub.stack.config.auth.audience)
      .setIssuedAt()
      .setExpirationTime('5m');
    return edit(base).sign(privateKey);
  };

  const expectRejected = (response: Awaited<ReturnType<typeof withToken>>) => {
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data ?? null).toBeNull();
  };

  it('answers a valid token', async () => {
    const response = await withToken(await sign((jwt) => jwt));
    expect(response.status).toBe(200);
    expect(response.data.shelterCapacity).toHaveLength(7);
  });

  it('refuses a request without a token, or with a malformed one', async () => {
    expectRejected(await postGraphQL(hub.gatewayUrl, QUERY));
    expectRejected(await postGraphQL(hub.gatewayUrl, QUERY, undefined, { authorization: 'Bearer not-a-jwt' }));
    expectRejected(await postGraphQL(hub.gatewayUrl, QUERY, undefined, { authorization: 'Basic c3RhZmY6c3RhZmY=' }));
  });

  it('refuses a token signed with another key', async () => {
    const other = await generateKeyPair('ES256');
    const token = await new SignJWT({ scope: 'staff' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('mallory')
      .setIssuer(hub.stack.config.auth.issuer)
      .setAudience(hub.stack.config.auth.audience)
      .setExpirationTime('5m')
      .sign(other.privateKey);
    expectRejected(await withToken(token));
  });

  it.each([
    ['expired', (jwt: SignJWT) => jwt.setExpirationTime(Math.floor(Date.now() / 1000) - 60)],
    ['not yet valid', (jwt: SignJWT) => jwt.setNotBefore(Math.floor(Date.now() / 1000) + 3600)],
    ['from another issuer', (jwt: SignJWT) => jwt.setIssuer('someone-else')],
    ['for another audience', (jwt: SignJWT) => jwt.setAudience('another-api')],
  ])('refuses a token %s', async (_name, edit) => {
    expectRejected(await withToken(await sign(edit)));
  });

  it('refuses a token whose role is unknown, or that lacks the organisation its role needs', async () => {
    expectRejected(await withToken(await sign((jwt) => jwt, { scope: 'admin' })));
    expectRejected(await withToken(await sign((jwt) => jwt, { scope: 'partner:ggz' })));
    expectRejected(await withToken(await sign((jwt) => jwt, { scope: 'municipality' })));
  });

  it.each(['partner:ggz', 'referrer', 'municipality', 'auditor'])('authenticates %s, whose role may not read shelter capacity', async (role) => {
    const claims: Record<string, unknown> = { scope: role, org: DEMO_PARTNERS[0].id, municipality: 'GM0193' };
    const response = await withToken(await sign((jwt) => jwt, claims));
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(response.text).not.toContain('shelterCapacity":[');
  });

  it.each([['bearer'], ['BEARER'], ['  Bearer   ']])('accepts the scheme written %j (RFC 6750: case-insensitive)', async (scheme) => {
    const response = await postGraphQL(hub.gatewayUrl, QUERY, undefined, { authorization: `${scheme} ${await sign((jwt) => jwt)}` });
    expect(response.status).toBe(200);
    expect(response.data.shelterCapacity).toHaveLength(7);
  });

  it('refuses a token that would live for centuries, or that claims to be issued in the future', async () => {
    expectRejected(await withToken(await sign((jwt) => jwt.setExpirationTime(32503680000))));
    const now = Math.floor(Date.now() / 1000);
    expectRejected(await withToken(await sign((jwt) => jwt.setIssuedAt(now + 3600).setExpirationTime(now + 4000))));
  });

  describe("a partner role must be its organisation's partner type", () => {
    const HANDOFFS = '{ handoffs(first: 5) { edges { node { id partner { id } } } } }';
    const debt = DEMO_PARTNERS.find((p) => p.partnerType === 'DEBT_ASSISTANCE')!;
    const partnerToken = (role: string, org: string) => sign((jwt) => jwt.setSubject('partner-user'), { scope: role, org, purpose: 'handoff' });

    it("refuses a partner:ggz token carrying a debt organisation's id; the debt organisation's own token reads them", async () => {
      const own = await postGraphQL(hub.gatewayUrl, HANDOFFS, undefined, { authorization: `Bearer ${await partnerToken('partner:debt', debt.id)}` });
      expect(own.status).toBe(200);
      expect(own.data.handoffs.edges.length).toBeGreaterThan(0);
      expect(own.data.handoffs.edges.every((edge: any) => edge.node.partner.id === debt.id)).toBe(true);

      const before = hub.stack.tokenRefusals!.counts.partner_type_mismatch;
      const token = await partnerToken('partner:ggz', debt.id);
      const misTyped = await postGraphQL(hub.gatewayUrl, HANDOFFS, undefined, { authorization: `Bearer ${token}` });
      expectRejected(misTyped);
      expect(misTyped.text).not.toContain(debt.id);
      expect(hub.stack.tokenRefusals!.counts.partner_type_mismatch).toBe(before + 1);
      const logged = lines.filter((line) => line.includes('"partner_type_mismatch"'));
      expect(logged).toHaveLength(1);
      expect(JSON.parse(logged[0])).toMatchObject({
        level: 40,
        tokenRefusal: { reason: 'partner_type_mismatch', issuer: hub.stack.config.auth.issuer, source: expect.any(String) },
      });
      expect(logged[0]).not.toContain(token.split('.')[1]);
      expect(logged[0]).not.toContain(debt.id);
    });

    it('refuses a partner token naming an organisation that does not exist', async () => {
      expectRejected(await withToken(await partnerToken('partner:ggz', '3f0c1d2e-0000-4000-8000-00000000ffff')));
      expect(hub.stack.tokenRefusals!.counts.unknown_organisation).toBeGreaterThan(0);
    });
  });

  it('answers a 100 KB token with the JSON 431, not a bare status line', async () => {
    const token = await sign((jwt) => jwt, { scope: 'staff', padding: 'x'.repeat(100_000) });
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' } }] });
  });

  it('logs every refused token at warn with its reason, never the token', async () => {
    const before = lines.length;
    const token = await sign((jwt) => jwt.setAudience('another-api'));
    expectRejected(await withToken(token));
    const line = lines.slice(before).find((l) => l.includes('bearer token refused'));
    expect(JSON.parse(line!)).toMatchObject({ level: 40, tokenRefusal: { reason: 'wrong_audience', subjectHash: expect.stringMatching(/^[0-9a-f]{16}$/) } });
    expect(line).not.toContain(token);
    expect(line).not.toContain('someone');
  });

  describe('subgraphs trust only the gateway', () => {
    const direct = async (headers: Record<string, string>, query = QUERY) => postGraphQL(hub.stack.subgraphs.placements!.url, query, undefined, headers);

    it('refuses a direct call without the gateway token, with a forged one, and for _entities', async () => {
      expectRejected(await direct({}));
      const forged = signCallerToken(testCallers.staff, { audience: 'placements', body: JSON.stringify({ query: QUERY }) }, generateSigningKey());
      expectRejected(await direct({ [CALLER_HEADER]: forged }));
      const entities = await postGraphQL(
        hub.stack.subgraphs.clients!.url,
        `{ _entities(representations: [{ __typename: "Client", id: "00000000-0000-4000-8000-000000000000" }]) { ... on Client { name } } }`,
      );
      expectRejected(entities);
    });

    it('refuses a caller token taken from the gateway once it expires', async () => {
      const request = { audience: 'placements' as const, body: JSON.stringify({ query: QUERY }) };
      const stale = signCallerToken(testCallers.staff, request, hub.stack.internalKeys.gateway!, Date.now() - 10_000);
      expectRejected(await direct({ [CALLER_HEADER]: stale }));
    });
  });

  describe('npm run token', () => {
    const env = () => ({ ...process.env, DEV_KEY_DIR: keyDir, HUB_MODE: 'development' });

    it('prints a working token for a partner role, naming a demo organisation of that type', async () => {
      const { stdout } = await run(process.execPath, [TOKEN_CLI, 'partner:ggz'], { env: env() });
      const token = stdout.trim();
      const claims = decodeJwt(token);
      expect(claims.scope).toBe('partner:ggz');
      expect(claims.org).toBe(DEMO_PARTNERS.find((p) => p.partnerType === 'GGZ')!.id);
      // Accepted as a caller (no 401); shelter capacity is for Kadera roles only (docs/access-matrix.md).
      const response = await withToken(token);
      expect(response.status).not.toBe(401);
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(response.data ?? null).toBeNull();
    });

    it('defaults a municipality token to Zwolle and takes --org and --municipality', async () => {
      const muni = decodeJwt((await run(process.execPath, [TOKEN_CLI, 'municipality'], { env: env() })).stdout.trim());
      expect(muni.municipality).toBe('GM0193');
      const other = decodeJwt((await run(process.execPath, [TOKEN_CLI, 'municipality', '--municipality', 'GM0153'], { env: env() })).stdout.trim());
      expect(other.municipality).toBe('GM0153');
      const org = DEMO_PARTNERS[1].id;
      const partner = decodeJwt((await run(process.execPath, [TOKEN_CLI, 'partner:ggz', '--org', org], { env: env() })).stdout.trim());
      expect(partner.org).toBe(org);
    });

    it('refuses an unknown role, and refuses to run in production mode', async () => {
      await expect(run(process.execPath, [TOKEN_CLI, 'root'], { env: env() })).rejects.toMatchObject({ code: 2 });
      await expect(run(process.execPath, [TOKEN_CLI, 'staff'], { env: { ...env(), HUB_MODE: 'production' } })).rejects.toMatchObject({ code: 2 });
    });
  });

  it('production refuses the development key and a start without a key source', async () => {
    const production = { ...hub.stack.config, mode: 'production' as const };
    await expect(createTokenVerifier(production)).rejects.toThrow(/production/);
    const devPublicKey = path.join(keyDir, 'dev-signing-key.pub.pem');
    await expect(createTokenVerifier({ ...production, auth: { ...production.auth, publicKeyFile: devPublicKey } })).rejects.toThrow(/development signing key/);
  });
});
