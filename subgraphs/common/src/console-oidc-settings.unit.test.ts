import { ConfigError, loadConfig } from './config';
import { consoleOidcOrigin } from './console-oidc-settings';

const CWD = '/srv/hub';
const BOTH = { CONSOLE_OIDC_ISSUER: 'https://login.kadera.example/realms/hub', CONSOLE_OIDC_CLIENT_ID: 'kadera-console' };

describe("config: the console's identity provider (CONSOLE_OIDC_*)", () => {
  it('is unset without issuer and client id: the development role picker only', () => {
    expect(loadConfig({}, CWD).consoleOidc).toBeUndefined();
  });

  it('takes issuer and client id; scopes default to openid (always included), the resource to AUTH_AUDIENCE when a URI', () => {
    expect(loadConfig({ ...BOTH, AUTH_AUDIENCE: 'https://hub.kadera.example' }, CWD).consoleOidc).toEqual({
      issuer: 'https://login.kadera.example/realms/hub',
      clientId: 'kadera-console',
      scopes: 'openid',
      resource: 'https://hub.kadera.example',
    });
    // RFC 8707 resources are absolute URIs: the default audience `kadera-hub` is none, so no resource is asked for.
    expect(loadConfig(BOTH, CWD).consoleOidc?.resource).toBeUndefined();
    const config = loadConfig({ ...BOTH, CONSOLE_OIDC_SCOPES: ' profile  email openid ', CONSOLE_OIDC_AUDIENCE: 'urn:kadera:hub' }, CWD);
    expect(config.consoleOidc).toMatchObject({ scopes: 'profile email openid', resource: 'urn:kadera:hub' });
    expect(loadConfig({ ...BOTH, CONSOLE_OIDC_SCOPES: 'profile' }, CWD).consoleOidc?.scopes).toBe('openid profile');
    expect(loadConfig({ ...BOTH, HUB_MODE: 'production' }, CWD).consoleOidc?.issuer).toBe(BOTH.CONSOLE_OIDC_ISSUER);
    expect(loadConfig({ ...BOTH, CONSOLE_OIDC_ISSUER: 'http://localhost:8080' }, CWD).consoleOidc?.issuer).toBe('http://localhost:8080');
  });

  it('names its origin, the one the console may connect to', () => {
    expect(consoleOidcOrigin(loadConfig(BOTH, CWD).consoleOidc!)).toBe('https://login.kadera.example');
    expect(consoleOidcOrigin(loadConfig({ ...BOTH, CONSOLE_OIDC_ISSUER: 'http://127.0.0.1:9000/oidc' }, CWD).consoleOidc!)).toBe('http://127.0.0.1:9000');
  });

  it.each<[NodeJS.ProcessEnv, string]>([
    [{ CONSOLE_OIDC_ISSUER: BOTH.CONSOLE_OIDC_ISSUER }, 'CONSOLE_OIDC_ISSUER is set but CONSOLE_OIDC_CLIENT_ID is not'],
    [{ CONSOLE_OIDC_CLIENT_ID: 'kadera-console' }, 'CONSOLE_OIDC_CLIENT_ID is set but CONSOLE_OIDC_ISSUER is not'],
    [{ CONSOLE_OIDC_SCOPES: 'openid' }, 'CONSOLE_OIDC_SCOPES set without CONSOLE_OIDC_ISSUER and CONSOLE_OIDC_CLIENT_ID'],
    [{ ...BOTH, CONSOLE_OIDC_ISSUER: 'login.kadera.example' }, 'CONSOLE_OIDC_ISSUER must be an absolute URL, got "login.kadera.example"'],
    [{ ...BOTH, CONSOLE_OIDC_ISSUER: 'ftp://login.kadera.example' }, 'CONSOLE_OIDC_ISSUER must be an http(s) URL'],
    [{ ...BOTH, CONSOLE_OIDC_ISSUER: 'http://login.kadera.example', HUB_MODE: 'production' }, 'CONSOLE_OIDC_ISSUER must be https in production'],
    [{ ...BOTH, CONSOLE_OIDC_ISSUER: 'https://login.kadera.example/?x=1' }, 'CONSOLE_OIDC_ISSUER must have no query, fragment or credentials'],
    [{ ...BOTH, CONSOLE_OIDC_CLIENT_ID: 'kadera console' }, 'CONSOLE_OIDC_CLIENT_ID must be 1 to 200 printable ASCII characters'],
    [{ ...BOTH, CONSOLE_OIDC_SCOPES: 'openid "quoted"' }, 'CONSOLE_OIDC_SCOPES must be scopes separated by spaces'],
    [{ ...BOTH, CONSOLE_OIDC_AUDIENCE: 'kadera-hub' }, 'CONSOLE_OIDC_AUDIENCE must be an absolute URI'],
  ])('refuses %j at start', (env, message) => {
    expect(() => loadConfig(env, CWD)).toThrow(ConfigError);
    expect(() => loadConfig(env, CWD)).toThrow(message);
  });
});
