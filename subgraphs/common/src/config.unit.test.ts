import { Writable } from 'node:stream';
import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, loadConfig } from './config';
import { generateSigningKey, jwksOf } from './server/internal-keys';
import { logConfigWarnings } from './config-warnings';
import { createLogger } from './logger';
import { forceExitAfterMs } from './server/shutdown';

const production = { HUB_MODE: 'production' };

describe('config: production defaults', () => {
  it('loads no demo data in production unless SEED_DEMO_DATA=true is set', () => {
    expect(loadConfig(production).seedDemoData).toBe(false);
    expect(loadConfig({ ...production, SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
    expect(loadConfig({ ...production, SEED_DEMO_DATA: 'false' }).seedDemoData).toBe(false);
  });

  it('loads demo data in development unless SEED_DEMO_DATA=false', () => {
    expect(loadConfig({}).seedDemoData).toBe(true);
    expect(loadConfig({ SEED_DEMO_DATA: 'false' }).seedDemoData).toBe(false);
  });

  it('refuses a SEED_DEMO_DATA that is neither true nor false', () => {
    expect(() => loadConfig({ ...production, SEED_DEMO_DATA: 'yes' })).toThrow(ConfigError);
  });

  it('migrates at start unless HUB_MIGRATE_ON_START=false (the Kubernetes Deployments leave it to the migration Job)', () => {
    expect(loadConfig({}).migrateOnStart).toBe(true);
    expect(loadConfig(production).migrateOnStart).toBe(true);
    expect(loadConfig({ HUB_MIGRATE_ON_START: 'false' }).migrateOnStart).toBe(false);
    expect(() => loadConfig({ HUB_MIGRATE_ON_START: 'no' })).toThrow(/HUB_MIGRATE_ON_START must be "true" or "false"/);
  });

  it('accepts webhook endpoints on http://127.0.0.1 only outside production', () => {
    expect(loadConfig(production).webhooks.allowLoopbackHttp).toBe(false);
    expect(loadConfig({}).webhooks.allowLoopbackHttp).toBe(true);
  });

  it('reads the webhook failure window and attempt timeout, with units', () => {
    expect(loadConfig({ WEBHOOK_FAILURE_WINDOW: '45m', WEBHOOK_ATTEMPT_TIMEOUT: '5' }).webhooks).toMatchObject({
      failureWindowMs: 2_700_000,
      attemptTimeoutMs: 5000,
    });
    expect(() => loadConfig({ WEBHOOK_FAILURE_WINDOW: '0' })).toThrow(/WEBHOOK_FAILURE_WINDOW/);
  });

  it('warns once in the log when demo data is asked for in production, and not otherwise', () => {
    const lines: string[] = [];
    const logger = createLogger('info', 'test', new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    logConfigWarnings(loadConfig({ ...production, SEED_DEMO_DATA: 'true' }), logger);
    logConfigWarnings(loadConfig({ ...production }), logger);
    logConfigWarnings(loadConfig({ SEED_DEMO_DATA: 'true' }), logger);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 40, msg: expect.stringContaining('SEED_DEMO_DATA=true in production') });
  });

  it('reads the internal signing key (PKCS8 PEM) and the public key sets (JWKS), refusing bad ones by name only', () => {
    const gateway = generateSigningKey();
    const subgraph = generateSigningKey();
    const pem = gateway.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const config = loadConfig({
      ...production,
      // As an .env file carries it: on one line with \n escapes.
      HUB_INTERNAL_SIGNING_KEY: pem.replace(/\n/g, '\\n'),
      HUB_GATEWAY_PUBLIC_KEYS: JSON.stringify(jwksOf([gateway])),
      HUB_PEER_PUBLIC_KEYS: JSON.stringify(jwksOf([subgraph])),
    });
    expect(config.internalKeys.signingKey?.kid).toBe(gateway.kid);
    expect([...config.internalKeys.gatewayKeys!.keys()]).toEqual([gateway.kid]);
    expect([...config.internalKeys.peerKeys!.keys()]).toEqual([subgraph.kid]);

    expect(() => loadConfig({ HUB_INTERNAL_SIGNING_KEY: 'secret-value' })).toThrow(
      new ConfigError('HUB_INTERNAL_SIGNING_KEY is not a PEM private key (PKCS8); see .env.example'),
    );
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => loadConfig({ HUB_INTERNAL_SIGNING_KEY: rsa })).toThrow(/must be an Ed25519 key/);
    expect(() => loadConfig({ HUB_GATEWAY_PUBLIC_KEYS: '{"keys":[]}' })).toThrow(/HUB_GATEWAY_PUBLIC_KEYS must be a JWKS/);
    // A private key in a public key set is a leak waiting to happen.
    const privateJwk = { ...gateway.privateKey.export({ format: 'jwk' }) };
    expect(() => loadConfig({ HUB_GATEWAY_PUBLIC_KEYS: JSON.stringify({ keys: [privateJwk] }) })).toThrow(/never d/);
    expect(() => loadConfig({ HUB_GATEWAY_PUBLIC_KEYS: JSON.stringify({ keys: [{ ...gateway.publicJwk, kid: 'other' }] }) })).toThrow(/not its thumbprint/);
    // One key in both sets would let a subgraph sign as the gateway.
    const both = JSON.stringify(jwksOf([gateway]));
    expect(() => loadConfig({ HUB_GATEWAY_PUBLIC_KEYS: both, HUB_PEER_PUBLIC_KEYS: both })).toThrow(/share the key/);
  });
});

describe('config: shutdown', () => {
  it('drains for 8 s by default and is forced out within the 10 s the hub promises', () => {
    const { shutdownGraceMs } = loadConfig({});
    expect(shutdownGraceMs).toBe(8000);
    expect(forceExitAfterMs(shutdownGraceMs)).toBeLessThanOrEqual(10_000);
    expect(loadConfig({ SHUTDOWN_GRACE_MS: '3000' }).shutdownGraceMs).toBe(3000);
    expect(() => loadConfig({ SHUTDOWN_GRACE_MS: 'soon' })).toThrow(ConfigError);
  });
});

describe('config: token lifetime and clock skew', () => {
  it('defaults to 12 h and 30 s', () => {
    expect(loadConfig({}).auth).toMatchObject({ maxTokenLifetimeS: 12 * 3600, clockSkewS: 30 });
  });

  it('takes seconds, bare or with a unit', () => {
    expect(loadConfig({ AUTH_MAX_TOKEN_LIFETIME: '3600', AUTH_CLOCK_SKEW: '0' }).auth).toMatchObject({ maxTokenLifetimeS: 3600, clockSkewS: 0 });
    expect(loadConfig({ AUTH_MAX_TOKEN_LIFETIME: '8h', AUTH_CLOCK_SKEW: '45s' }).auth).toMatchObject({ maxTokenLifetimeS: 8 * 3600, clockSkewS: 45 });
    expect(loadConfig({ AUTH_MAX_TOKEN_LIFETIME: '30m' }).auth.maxTokenLifetimeS).toBe(1800);
  });

  it('refuses a lifetime of nothing and values it cannot read', () => {
    expect(() => loadConfig({ AUTH_MAX_TOKEN_LIFETIME: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ AUTH_MAX_TOKEN_LIFETIME: '12 hours' })).toThrow(ConfigError);
    expect(() => loadConfig({ AUTH_CLOCK_SKEW: '-5' })).toThrow(ConfigError);
    expect(() => loadConfig({ AUTH_CLOCK_SKEW: '1.5' })).toThrow(ConfigError);
  });
});

describe('config: trusted proxies', () => {
  it('trusts no proxy by default, and reads a comma-separated list of IP addresses', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.5, 2001:db8::7' }).trustedProxies).toEqual(['10.0.0.5', '2001:db8::7']);
  });

  it('refuses an entry that is no IP address, naming it', () => {
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.5,proxy.internal' })).toThrow(
      new ConfigError('TRUSTED_PROXIES must list IP addresses separated by commas, got "proxy.internal"'),
    );
  });
});
