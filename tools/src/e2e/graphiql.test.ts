import { decodeJwt } from 'jose';
import { productionOverrides } from '../testing/production-overrides';
import { startTestStack, type TestStack } from '../testing/test-stack';

/** What a browser sends when it opens a URL. */
const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

const settingsOf = (html: string) =>
  JSON.parse(/<script type="application\/json" id="graphiql-settings">(.*?)<\/script>/.exec(html)![1]) as { endpoint: string; token?: string };

describe('GraphiQL in development (HUB_MODE=development)', () => {
  let hub: TestStack;

  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(() => hub?.drop());

  it('serves the page to a browser, under a strict CSP, with every script and style from the gateway itself', async () => {
    const response = await fetch(hub.gatewayUrl, { headers: BROWSER });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    // No URL of anywhere else: no CDN, nothing loaded from outside.
    const origin = new URL(hub.gatewayUrl).origin;
    expect((html.match(/https?:\/\/[^\s"'<>]+/g) ?? []).filter((url) => !url.startsWith(origin))).toEqual([]);
    // Each script and stylesheet is a path of this gateway, served with its type.
    const assets = [...html.matchAll(/<(?:script src|link rel="stylesheet" href)="([^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBe(6);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/graphiql\/[a-z-]+\.(js|css)$/);
      const served = await fetch(new URL(asset, origin));
      expect({ asset, status: served.status, type: served.headers.get('content-type') }).toEqual({
        asset,
        status: 200,
        type: asset.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
      });
      expect((await served.text()).length).toBeGreaterThan(100);
    }
    expect((await fetch(new URL('/graphiql/..%2F..%2Fpackage.json', origin))).status).toBe(404);
  });

  it('pre-fills a development token of the chosen role, one the gateway accepts', async () => {
    const staff = settingsOf(await (await fetch(hub.gatewayUrl, { headers: BROWSER })).text());
    expect(staff.endpoint).toBe('/graphql');
    expect(decodeJwt(staff.token!).scope).toBe('staff');
    const answer = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${staff.token}` },
      body: JSON.stringify({ query: '{ shelterCapacity { type capacity } }' }),
    });
    const body = (await answer.json()) as { data?: { shelterCapacity: unknown[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.shelterCapacity.length).toBeGreaterThan(0);

    const municipality = settingsOf(await (await fetch(`${hub.gatewayUrl}?role=municipality`, { headers: BROWSER })).text());
    expect(decodeJwt(municipality.token!).scope).toBe('municipality');
  });

  it('refuses an unknown role with a coded JSON error', async () => {
    const response = await fetch(`${hub.gatewayUrl}?role=root`, { headers: BROWSER });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringContaining('unknown role') as string, extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('leaves a GET that does not ask for HTML as it was: 405', async () => {
    const response = await fetch(hub.gatewayUrl, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(405);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('GraphiQL in production (HUB_MODE=production)', () => {
  let hub: TestStack;

  beforeAll(async () => {
    hub = await startTestStack(await productionOverrides());
  });
  afterAll(() => hub?.drop());

  it('is absent: a browser GET of /graphql is answered as before, and no asset is served', async () => {
    const response = await fetch(hub.gatewayUrl, { headers: BROWSER });
    expect(response.status).toBe(405);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
    for (const asset of ['graphiql.js', 'react.js', 'start.js']) expect((await fetch(new URL(`/graphiql/${asset}`, hub.gatewayUrl))).status).toBe(404);
  });
});
