import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, loadConfig } from '@hub/common';
import { testCallers } from '@hub/testing';
import type { Page, Request } from 'playwright-core';
import { consoleSuite, describeInBrowser, openConsole, screenshot, seriousViolations } from '../console/browser-session';
import { startIdentityProvider, type IdentityProvider } from '../console/identity-provider';

const CLIENT_ID = 'kadera-console';
/** An absolute URI: the console asks for it as the RFC 8707 resource, and the provider refuses any other form. */
const AUDIENCE = 'https://hub.kadera.test';
const ggz = testCallers.partnerOfType('GGZ');

/** The claims of a JWT, read without verifying (the gateway verified it already: it answered). */
const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;

/** On the provider's development login and consent pages (oidc-provider's devInteractions): any password. */
async function signInAtProvider(page: Page, idp: IdentityProvider, login: string) {
  await page.waitForURL((url) => url.href.startsWith(idp.issuer));
  await page
    .locator('input[name="login"]')
    .waitFor({ timeout: 10_000 })
    .catch(async () => {
      throw new Error(`no login form at ${page.url()}: ${(await page.locator('body').innerText()).slice(0, 300)}`);
    });
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').first().click();
  // The consent page: the scopes asked for.
  await page.getByRole('button', { name: 'Continue' }).click();
}

describeInBrowser('the console signing in with a real OpenID provider (authorization code + PKCE)', () => {
  let idp: IdentityProvider;
  let keyDir: string;
  let port: number;
  const suite = consoleSuite(async () => {
    // The console's address must be known to the provider before the gateway listens: a free port, chosen now.
    port = await freePort();
    const consoleUrl = `http://localhost:${port}/console/`;
    idp = await startIdentityProvider({
      audience: AUDIENCE,
      clientId: CLIENT_ID,
      redirectUri: consoleUrl,
      accounts: { coordinator: { roles: ['staff'] }, 'ggz-worker': { roles: ['partner:ggz'], org: ggz.organisationId } },
    });
    keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-oidc-'));
    const base = loadConfig({});
    // The gateway trusts that provider alone (no development key, no development sign-in), and the console signs in there.
    return {
      gatewayPort: port,
      auth: { ...base.auth, jwksUrl: idp.jwksUrl, issuer: idp.issuer, audience: AUDIENCE, devKeyDir: keyDir },
      consoleOidc: { issuer: idp.issuer, clientId: CLIENT_ID, scopes: 'openid hub', resource: AUDIENCE },
    };
  });

  beforeAll(() => expect(suite.hub.gatewayUrl).toBe(`http://localhost:${port}/graphql`));
  afterAll(async () => {
    await idp?.stop();
    if (keyDir) fs.rmSync(keyDir, { recursive: true, force: true });
  });

  it('staff sign in at the provider, see the staff screens with its token, keep nothing in storage, and sign out there too', async () => {
    const { context, page, problems } = await openConsole(suite.browser, suite.hub);
    const requests: Request[] = [];
    page.on('request', (request) => void requests.push(request));
    try {
      // The gateway names the provider; no development role picker.
      const config: unknown = await (await fetch(new URL('/console/config.json', suite.hub.gatewayUrl))).json();
      expect(config).toEqual({ signIn: 'oidc', oidc: { authority: idp.issuer, clientId: CLIENT_ID, scope: 'openid hub', resource: AUDIENCE } });
      await page.getByRole('heading', { name: 'Aanmelden', exact: true }).waitFor();
      expect(await page.getByLabel('Rol').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'sign-in-oidc');
      await page.getByRole('button', { name: 'Aanmelden bij de identiteitsprovider' }).click();
      await signInAtProvider(page, idp, 'coordinator');

      // Back in the console, signed in: Today, then the referrals list; its address bar clean of the code.
      await page.getByRole('heading', { name: 'Vandaag', level: 2 }).waitFor();
      await page.getByRole('button', { name: 'Aanmeldingen', exact: true }).click();
      await page.getByRole('heading', { name: 'Aanmeldingen' }).waitFor();
      await page.locator('tr[data-referral-id]').first().waitFor();
      expect(new URL(page.url()).search).toBe('');

      // Authorization code with PKCE (S256), for the hub's audience.
      const authorize = new URL(requests.map((r) => r.url()).find((url) => url.startsWith(`${idp.issuer}/auth?`))!);
      expect(authorize.searchParams.get('response_type')).toBe('code');
      expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
      expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
      expect(authorize.searchParams.get('resource')).toBe(AUDIENCE);
      const exchange = requests.find((r) => r.url() === `${idp.issuer}/token`)!;
      expect(new URLSearchParams(exchange.postData() ?? '').get('code_verifier')).toMatch(/^[\w.~-]{43,128}$/);

      // Every GraphQL request carries the provider's access token: its issuer, the console's client id, the hub's audience.
      const graphql = requests.filter((r) => r.url().endsWith('/graphql'));
      expect(graphql.length).toBeGreaterThan(0);
      for (const request of graphql) {
        const bearer = /^Bearer (.+)$/.exec((await request.allHeaders()).authorization ?? '')?.[1];
        expect(bearer).toBeDefined();
        expect(claimsOf(bearer!)).toMatchObject({ iss: idp.issuer, client_id: CLIENT_ID, aud: AUDIENCE, sub: 'coordinator', roles: ['staff'] });
      }

      // Nothing of the session outside memory on the console's origin: no storage, no cookie.
      expect(await page.evaluate('[localStorage.length, sessionStorage.length, document.cookie]')).toEqual([0, 0, '']);
      expect(await context.cookies(suite.hub.gatewayUrl)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);

      // Sign out: the console forgets the token and the provider ends its session (RP-initiated logout).
      await page.getByRole('button', { name: 'Afmelden' }).click();
      await page.waitForURL((url) => url.href.startsWith(idp.issuer));
      await page.locator('button[autofocus], button[type="submit"]').first().click();
      await page.getByRole('heading', { name: 'Aanmelden', exact: true }).waitFor();
      expect(await page.locator('tr[data-referral-id]').count()).toBe(0);
      expect(await page.evaluate('[localStorage.length, sessionStorage.length, document.cookie]')).toEqual([0, 0, '']);
      // Signing in again asks for the login anew: the provider's session is gone too.
      await page.getByRole('button', { name: 'Aanmelden bij de identiteitsprovider' }).click();
      await page.waitForURL((url) => url.href.startsWith(idp.issuer));
      await page.locator('input[name="login"]').waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a GGZ partner signed in at the provider sees its organisation's inbox", async () => {
    const { context, page, problems } = await openConsole(suite.browser, suite.hub);
    try {
      await page.getByRole('button', { name: 'Aanmelden bij de identiteitsprovider' }).click();
      await signInAtProvider(page, idp, 'ggz-worker');
      await page.getByRole('heading', { name: 'Overdrachten' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Aanmeldingen' }).count()).toBe(0);
      expect(await page.evaluate('[localStorage.length, sessionStorage.length, document.cookie]')).toEqual([0, 0, '']);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a sign-in refused at the provider (consent cancelled) comes back as words, with nothing left behind', async () => {
    const { context, page, problems } = await openConsole(suite.browser, suite.hub);
    try {
      await page.getByRole('button', { name: 'Aanmelden bij de identiteitsprovider' }).click();
      await page.waitForURL((url) => url.href.startsWith(idp.issuer));
      await page.locator('input[name="login"]').fill('coordinator');
      await page.locator('input[name="password"]').fill('any password');
      await page.locator('button[type="submit"]').first().click();
      await page
        .getByRole('link', { name: 'Cancel' })
        .or(page.getByRole('button', { name: 'Cancel' }))
        .first()
        .click();
      await page.locator('p[role="alert"][data-code="SIGN_IN_FAILED"]', { hasText: 'Aanmelden bij de identiteitsprovider is niet gelukt' }).waitFor();
      expect(new URL(page.url()).search).toBe('');
      expect(await page.evaluate('[localStorage.length, sessionStorage.length, document.cookie]')).toEqual([0, 0, '']);
      expect(await page.getByRole('button', { name: 'Afmelden' }).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the gateway refuses a development token: it trusts the provider alone, and offers no development sign-in', async () => {
    expect((await fetch(new URL('/console/dev-token', suite.hub.gatewayUrl))).status).toBe(404);
    const answer = await suite.hub.query('{ me { role } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
