import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createLogger, httpErrorHandlers, loadConfig, type HubConfig } from '@hub/common/light';
import express from 'express';
import { jwtVerify } from 'jose';
import { loadOrCreateDevKeys } from '../auth/dev-keys';
import { CONSOLE_CSP } from './content-security';
import { consoleOptionsFor, consoleRoutes } from './console-routes';

const logger = createLogger('silent');

/** A gateway-shaped app (console routes, then the JSON 404/405 handlers) on a free port, for one config and build directory. */
async function serve(config: HubConfig, dir: string, host = '127.0.0.1') {
  const app = express();
  app.use('/console', consoleRoutes(consoleOptionsFor(config, dir), logger));
  app.use(...httpErrorHandlers(app, logger));
  const server = app.listen(0, host);
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://${host}:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** An address of this machine that is not loopback: a connection to it comes from that address, as another machine's would look. */
const outsideAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((entry) => entry && !entry.internal && entry.family === 'IPv4')?.address;

const postJson = (url: string, body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('the console routes', () => {
  let tmp: string;
  let build: string;
  let development: HubConfig;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'console-routes-'));
    build = path.join(tmp, 'web');
    fs.mkdirSync(path.join(build, 'assets'), { recursive: true });
    fs.writeFileSync(
      path.join(build, 'index.html'),
      '<!doctype html><title>console</title><script type="module" src="/console/assets/index-abc123.js"></script>',
    );
    fs.writeFileSync(path.join(build, 'assets/index-abc123.js'), 'console.log(1)');
    const base = loadConfig({ HUB_MODE: 'development' });
    development = { ...base, auth: { ...base.auth, devKeyDir: path.join(tmp, 'keys') } };
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('serves index.html uncached and hashed assets for a year, every answer under the strict policy', async () => {
    const hub = await serve(development, build);
    try {
      for (const page of ['/console', '/console/', '/console/index.html']) {
        const answer = await fetch(hub.url + page);
        expect([page, answer.status, answer.headers.get('cache-control')]).toEqual([page, 200, 'no-cache']);
        expect(answer.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
        expect(await answer.text()).toContain('<title>console</title>');
      }
      const asset = await fetch(`${hub.url}/console/assets/index-abc123.js`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
      const missing = await fetch(`${hub.url}/console/assets/nope.js`);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    } finally {
      await hub.close();
    }
  });

  it('answers /console with the JSON 404 of any unknown path when the console was not built', async () => {
    const hub = await serve(development, path.join(tmp, 'not-built'));
    try {
      const answer = await fetch(`${hub.url}/console/`);
      expect(answer.status).toBe(404);
      expect(await answer.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    } finally {
      await hub.close();
    }
  });

  it('issues a development token signed with the development key, for a known role only', async () => {
    const hub = await serve(development, build);
    try {
      const roles = (await (await fetch(`${hub.url}/console/dev-token`)).json()) as { roles: string[] };
      expect(roles.roles).toEqual(expect.arrayContaining(['staff', 'partner:ggz']));
      const answer = await postJson(`${hub.url}/console/dev-token`, JSON.stringify({ role: 'partner:ggz' }));
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      const { token } = (await answer.json()) as { token: string };
      const { publicKey } = await loadOrCreateDevKeys(development.auth.devKeyDir);
      const { payload } = await jwtVerify(token, publicKey, { issuer: development.auth.issuer, audience: development.auth.audience });
      expect(payload).toMatchObject({ scope: 'partner:ggz', azp: 'kadera-console' });
      for (const body of [JSON.stringify({ role: 'root' }), JSON.stringify({}), JSON.stringify({ role: ['staff'] })]) {
        const refused = await postJson(`${hub.url}/console/dev-token`, body);
        expect([body, refused.status]).toEqual([body, 400]);
        expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
      }
      const malformed = await postJson(`${hub.url}/console/dev-token`, '{"role":');
      expect(malformed.status).toBe(400);
      const text = await malformed.text();
      expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: expect.any(String) } }] });
      expect(text).not.toMatch(/at .*\.js|node_modules/);
    } finally {
      await hub.close();
    }
  });

  (outsideAddress ? it : it.skip)('hands a development token only to a browser on this machine: 403 FORBIDDEN over another interface', async () => {
    const hub = await serve(development, build, outsideAddress);
    try {
      const answer = await postJson(`${hub.url}/console/dev-token`, JSON.stringify({ role: 'staff' }));
      expect(answer.status).toBe(403);
      const body = (await answer.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(JSON.stringify(body)).not.toMatch(/eyJ/);
    } finally {
      await hub.close();
    }
  });

  it('has no development token endpoint in production (HUB_MODE=production): 404 like any unknown path', async () => {
    const production = { ...development, mode: 'production' as const };
    expect(consoleOptionsFor(production, build).devTokens).toBeUndefined();
    const hub = await serve(production, build);
    try {
      for (const answer of [await postJson(`${hub.url}/console/dev-token`, JSON.stringify({ role: 'staff' })), await fetch(`${hub.url}/console/dev-token`)]) {
        expect(answer.status).toBe(404);
        expect(await answer.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
      }
      expect((await fetch(`${hub.url}/console/`)).status).toBe(200);
    } finally {
      await hub.close();
    }
  });

  it('tells the console how to sign in (GET /console/config.json): the role picker in development, nothing in production without a provider', async () => {
    const production = { ...development, mode: 'production' as const };
    for (const [config, expected] of [
      [development, { signIn: 'development' }],
      [production, { signIn: 'none' }],
    ] as const) {
      const hub = await serve(config, build);
      try {
        const answer = await fetch(`${hub.url}/console/config.json`);
        expect(answer.status).toBe(200);
        expect(answer.headers.get('cache-control')).toBe('no-cache');
        expect(answer.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
        expect(await answer.json()).toEqual(expected);
      } finally {
        await hub.close();
      }
    }
  });

  it('with an identity provider configured: its settings in config.json, its origin alone added to connect-src, no development tokens', async () => {
    const env = {
      HUB_MODE: 'production',
      AUTH_JWKS_URL: 'https://login.kadera.example/realms/hub/protocol/openid-connect/certs',
      AUTH_AUDIENCE: 'https://hub.kadera.example',
      CONSOLE_OIDC_ISSUER: 'https://login.kadera.example/realms/hub',
      CONSOLE_OIDC_CLIENT_ID: 'kadera-console',
      CONSOLE_OIDC_SCOPES: 'openid profile',
    };
    for (const mode of ['production', 'development']) {
      const config = loadConfig({ ...env, HUB_MODE: mode, ...(mode === 'development' ? { AUTH_JWKS_URL: '' } : {}) });
      expect(consoleOptionsFor(config, build).devTokens).toBeUndefined();
      const hub = await serve(config, build);
      try {
        const answer = await fetch(`${hub.url}/console/config.json`);
        expect(await answer.json()).toEqual({
          signIn: 'oidc',
          oidc: {
            authority: 'https://login.kadera.example/realms/hub',
            clientId: 'kadera-console',
            scope: 'openid profile',
            resource: 'https://hub.kadera.example',
          },
        });
        const policy = answer.headers.get('content-security-policy')!;
        expect(policy).toBe(CONSOLE_CSP.replace("connect-src 'self'", "connect-src 'self' https://login.kadera.example"));
        expect((await fetch(`${hub.url}/console/`)).headers.get('content-security-policy')).toBe(policy);
        expect((await postJson(`${hub.url}/console/dev-token`, JSON.stringify({ role: 'staff' }))).status).toBe(404);
      } finally {
        await hub.close();
      }
    }
  });
});
