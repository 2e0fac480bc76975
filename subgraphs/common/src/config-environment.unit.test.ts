import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, type HubConfig } from './config';

const CWD = '/srv/hub';

describe('config: every setting from an empty environment', () => {
  it('is the documented default', () => {
    const expected: HubConfig = {
      mode: 'development',
      services: ['clients', 'placements', 'referrals', 'handoffs', 'gateway'],
      databaseUrl: undefined,
      embeddedPostgres: { dataDir: '/srv/hub/.data/postgres', port: 54329 },
      gatewayPort: 4000,
      subgraphPorts: { clients: 4001, placements: 4002, referrals: 4003, handoffs: 4004 },
      subgraphUrls: {
        clients: 'http://localhost:4001/graphql',
        placements: 'http://localhost:4002/graphql',
        referrals: 'http://localhost:4003/graphql',
        handoffs: 'http://localhost:4004/graphql',
      },
      // No peer listeners: the subgraphs call each other's main port.
      peerPorts: {},
      peerUrls: {
        clients: 'http://localhost:4001/graphql',
        placements: 'http://localhost:4002/graphql',
        referrals: 'http://localhost:4003/graphql',
        handoffs: 'http://localhost:4004/graphql',
      },
      logLevel: 'info',
      seedDemoData: true,
      migrateOnStart: true,
      auth: {
        jwksUrl: undefined,
        publicKeyFile: undefined,
        issuer: 'kadera-hub-dev',
        audience: 'kadera-hub',
        devKeyDir: '/srv/hub/.data/dev-keys',
        maxTokenLifetimeS: 43_200,
        clockSkewS: 30,
      },
      internalKeys: { signingKey: undefined, gatewayKeys: undefined, peerKeys: undefined },
      inProcessSubgraphs: true,
      listenHost: undefined,
      metrics: undefined,
      redisUrl: undefined,
      trustedProxies: [],
      trustedDocumentsOnly: false,
      consoleOidc: undefined,
      rateLimitScale: 1,
      timeouts: { subgraphMs: 10_000, requestMs: 15_000 },
      database: { statementTimeoutMs: 5_000, idleInTransactionTimeoutMs: 10_000, poolMax: 10, acquireTimeoutMs: 5_000 },
      shutdownGraceMs: 8_000,
      bodyLimitBytes: { gateway: 131_072, subgraph: 1_048_576 },
      placements: { waitlistOfferTimeLimitS: 86_400, aftercareReviewIntervalDays: 42, alarmReviewIntervalDays: 91 },
      contactDueDays: { URGENT: 1, ROUTINE: 7 },
      webhooks: { failureWindowMs: 86_400_000, attemptTimeoutMs: 10_000, allowLoopbackHttp: true, secretKeys: undefined },
      audit: { key: undefined, checkpointFile: '/srv/hub/.data/audit-checkpoints.jsonl', checkpointIntervalMs: 60_000 },
      bsn: { encryptionKeys: undefined, indexKey: undefined },
      retention: {
        periods: {
          clientFile: { years: 15, days: 0 },
          referrals: { years: 15, days: 0 },
          handoffs: { years: 15, days: 0 },
          placements: { years: 15, days: 0 },
          accessLog: { years: 5, days: 0 },
          webhookDeliveries: { years: 0, days: 90 },
        },
        intervalMs: undefined,
      },
    };
    expect(loadConfig({}, CWD)).toStrictEqual(expected);
  });

  it('treats a variable set to the empty string as unset', () => {
    const empty = Object.fromEntries(
      ['HUB_MODE', 'HUB_SERVICES', 'DATABASE_URL', 'EMBEDDED_PG_DIR', 'EMBEDDED_PG_PORT', 'GATEWAY_PORT', 'CLIENTS_PORT', 'CLIENTS_URL', 'LOG_LEVEL']
        .concat(['SEED_DEMO_DATA', 'AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_MAX_TOKEN_LIFETIME', 'AUTH_CLOCK_SKEW', 'HUB_INTERNAL_SIGNING_KEY', 'REDIS_URL'])
        .concat(['RATE_LIMIT_SCALE', 'SHUTDOWN_GRACE_MS', 'GATEWAY_BODY_LIMIT_BYTES', 'HUB_LISTEN_HOST'])
        .concat(['CONSOLE_OIDC_ISSUER', 'CONSOLE_OIDC_CLIENT_ID', 'CONSOLE_OIDC_SCOPES', 'CONSOLE_OIDC_AUDIENCE'])
        .concat(['WAITLIST_OFFER_TIME_LIMIT', 'AFTERCARE_REVIEW_INTERVAL_DAYS', 'ALARM_REVIEW_INTERVAL_DAYS'])
        .concat(['CONTACT_DUE_DAYS_URGENT', 'CONTACT_DUE_DAYS_ROUTINE'])
        .concat(['AUDIT_LOG_KEY', 'AUDIT_CHECKPOINT_FILE', 'AUDIT_CHECKPOINT_INTERVAL', 'BSN_ENCRYPTION_KEY', 'BSN_INDEX_KEY'])
        .concat(['RETENTION_CLIENT_FILE', 'RETENTION_REFERRALS', 'RETENTION_HANDOFFS', 'RETENTION_PLACEMENTS', 'RETENTION_ACCESS_LOG', 'RETENTION_INTERVAL'])
        .map((name) => [name, '']),
    );
    expect(loadConfig(empty, CWD)).toStrictEqual(loadConfig({}, CWD));
  });
});

describe('config: ports and URLs', () => {
  it('a subgraph port moves its default URL with it; an explicit URL wins and leaves the port alone', () => {
    const config = loadConfig({ CLIENTS_PORT: '5001', HANDOFFS_URL: 'http://handoffs:4004/graphql', HANDOFFS_PORT: '6004' }, CWD);
    expect(config.subgraphPorts).toEqual({ clients: 5001, placements: 4002, referrals: 4003, handoffs: 6004 });
    expect(config.subgraphUrls).toEqual({
      clients: 'http://localhost:5001/graphql',
      placements: 'http://localhost:4002/graphql',
      referrals: 'http://localhost:4003/graphql',
      handoffs: 'http://handoffs:4004/graphql',
    });
  });

  it.each([
    ['0', 0],
    ['80', 80],
    ['65535', 65_535],
  ])('takes port %s', (raw, expected) => {
    expect(loadConfig({ GATEWAY_PORT: raw }, CWD).gatewayPort).toBe(expected);
  });

  it.each(['65536', '-1', '80.5', 'http'])('refuses port "%s", naming the variable', (raw) => {
    expect(() => loadConfig({ EMBEDDED_PG_PORT: raw }, CWD)).toThrow(new ConfigError(`EMBEDDED_PG_PORT must be a port number (0-65535), got "${raw}"`));
  });
});

describe('config: metrics listener', () => {
  it('is off without METRICS_PORT, on 127.0.0.1 unless METRICS_HOST says otherwise', () => {
    expect(loadConfig({}, CWD).metrics).toBeUndefined();
    expect(loadConfig({ METRICS_PORT: '9464' }, CWD).metrics).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(loadConfig({ METRICS_PORT: '0', METRICS_HOST: '0.0.0.0' }, CWD).metrics).toEqual({ port: 0, host: '0.0.0.0' });
  });

  it.each([
    [{ METRICS_HOST: '0.0.0.0' }, 'METRICS_HOST is set but METRICS_PORT is not: set both, or neither for no metrics'],
    [{ METRICS_PORT: '9464', METRICS_HOST: 'metrics.example' }, 'METRICS_HOST must be an IP address or localhost, got "metrics.example"'],
    [{ METRICS_PORT: '4000' }, "METRICS_PORT must not be a service's port, got 4000"],
    [{ METRICS_PORT: '5002', PLACEMENTS_PORT: '5002' }, "METRICS_PORT must not be a service's port, got 5002"],
    [{ METRICS_PORT: 'x' }, 'METRICS_PORT must be a port number (0-65535), got "x"'],
    [{ METRICS_PORT: '4103', REFERRALS_PEER_PORT: '4103' }, "METRICS_PORT must not be a service's port, got 4103"],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env, CWD)).toThrow(new ConfigError(message));
  });
});

describe('config: peer ports', () => {
  it('has none unless set; a subgraph with one is reached there by its peers, the others on their main URL', () => {
    expect(loadConfig({}, CWD).peerPorts).toEqual({});
    const config = loadConfig({ CLIENTS_PEER_PORT: '4101', HANDOFFS_URL: 'http://handoffs:4004/graphql' }, CWD);
    expect(config.peerPorts).toEqual({ clients: 4101 });
    expect(config.peerUrls.clients).toBe('http://localhost:4101/graphql');
    expect(config.peerUrls.handoffs).toBe('http://handoffs:4004/graphql');
    // The gateway still reaches the main port.
    expect(config.subgraphUrls.clients).toBe('http://localhost:4001/graphql');
    expect(loadConfig({ CLIENTS_PEER_PORT: '4101', CLIENTS_PEER_URL: 'http://clients:4101/graphql' }, CWD).peerUrls.clients).toBe(
      'http://clients:4101/graphql',
    );
  });

  it.each([
    [{ CLIENTS_PEER_PORT: '4001' }, 'CLIENTS_PEER_PORT must differ from CLIENTS_PORT'],
    [{ HANDOFFS_PEER_PORT: 'peer' }, 'HANDOFFS_PEER_PORT must be a port number (0-65535), got "peer"'],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env, CWD)).toThrow(new ConfigError(message));
  });
});

describe('config: services and mode', () => {
  it.each<[string, HubConfig['services']]>([
    ['all', ['clients', 'placements', 'referrals', 'handoffs', 'gateway']],
    ['gateway', ['gateway']],
    ['clients, handoffs', ['clients', 'handoffs']],
    ['referrals,,gateway,', ['referrals', 'gateway']],
  ])('HUB_SERVICES=%s', (raw, expected) => {
    expect(loadConfig({ HUB_SERVICES: raw }, CWD).services).toEqual(expected);
  });

  it('refuses a service it does not know', () => {
    expect(() => loadConfig({ HUB_SERVICES: 'clients,billing' }, CWD)).toThrow(new ConfigError('HUB_SERVICES names an unknown service "billing"'));
    expect(() => loadConfig({ HUB_SERVICES: 'Gateway' }, CWD)).toThrow(ConfigError);
  });

  it('knows two modes and no others', () => {
    expect(loadConfig({ HUB_MODE: 'development' }, CWD).mode).toBe('development');
    expect(loadConfig({ HUB_MODE: 'production' }, CWD).mode).toBe('production');
    expect(() => loadConfig({ HUB_MODE: 'prod' }, CWD)).toThrow(new ConfigError('HUB_MODE must be "development" or "production", got "prod"'));
  });
});

describe('config: paths, URLs and numbers', () => {
  it('resolves relative directories against the working directory and keeps absolute ones', () => {
    const config = loadConfig({ EMBEDDED_PG_DIR: 'var/pg', DEV_KEY_DIR: '/etc/hub/dev-keys' }, CWD);
    expect(config.embeddedPostgres.dataDir).toBe('/srv/hub/var/pg');
    expect(config.auth.devKeyDir).toBe('/etc/hub/dev-keys');
  });

  it('passes connection strings and names through as given', () => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgresql://hub@db:5432/kadera_hub',
        REDIS_URL: 'redis://redis:6379',
        AUTH_JWKS_URL: 'https://idp.example/jwks',
        HUB_LISTEN_HOST: '0.0.0.0',
      },
      CWD,
    );
    expect(config).toMatchObject({
      databaseUrl: 'postgresql://hub@db:5432/kadera_hub',
      redisUrl: 'redis://redis:6379',
      auth: { jwksUrl: 'https://idp.example/jwks' },
      listenHost: '0.0.0.0',
    });
  });

  it('takes body limits in whole bytes and a positive rate-limit scale', () => {
    const config = loadConfig({ GATEWAY_BODY_LIMIT_BYTES: '65536', SUBGRAPH_BODY_LIMIT_BYTES: '2097152', RATE_LIMIT_SCALE: '2.5' }, CWD);
    expect(config.bodyLimitBytes).toEqual({ gateway: 65_536, subgraph: 2_097_152 });
    expect(config.rateLimitScale).toBe(2.5);
    expect(() => loadConfig({ GATEWAY_BODY_LIMIT_BYTES: '1.5' }, CWD)).toThrow(
      new ConfigError('GATEWAY_BODY_LIMIT_BYTES must be a whole number of bytes, got "1.5"'),
    );
    expect(() => loadConfig({ SUBGRAPH_BODY_LIMIT_BYTES: '0' }, CWD)).toThrow(new ConfigError('SUBGRAPH_BODY_LIMIT_BYTES must be a positive number, got "0"'));
    expect(() => loadConfig({ RATE_LIMIT_SCALE: '0' }, CWD)).toThrow(new ConfigError('RATE_LIMIT_SCALE must be a positive number, got "0"'));
    expect(() => loadConfig({ RATE_LIMIT_SCALE: 'Infinity' }, CWD)).toThrow(ConfigError);
  });

  it.each([
    ['45', 45],
    ['45s', 45],
    ['1m', 60],
    [' 2h ', 7_200],
  ])('reads AUTH_CLOCK_SKEW=%p as %i seconds', (raw, expected) => {
    expect(loadConfig({ AUTH_CLOCK_SKEW: raw }, CWD).auth.clockSkewS).toBe(expected);
  });

  it.each(['1d', '1.5m', 'm', '30 minutes'])('refuses AUTH_MAX_TOKEN_LIFETIME=%p', (raw) => {
    expect(() => loadConfig({ AUTH_MAX_TOKEN_LIFETIME: raw }, CWD)).toThrow(
      new ConfigError(`AUTH_MAX_TOKEN_LIFETIME must be a whole number of seconds, or with a unit (45s, 30m, 12h), got "${raw}"`),
    );
  });
});

describe('config: placements settings', () => {
  it('reads the waitlist offer time limit (with a unit) and the review intervals', () => {
    const config = loadConfig({ WAITLIST_OFFER_TIME_LIMIT: '48h', AFTERCARE_REVIEW_INTERVAL_DAYS: '28', ALARM_REVIEW_INTERVAL_DAYS: '30' }, CWD);
    expect(config.placements).toEqual({ waitlistOfferTimeLimitS: 172_800, aftercareReviewIntervalDays: 28, alarmReviewIntervalDays: 30 });
  });

  it('refuses a time limit of nothing or over a week, and intervals that are not whole days from 1 to 366', () => {
    expect(() => loadConfig({ WAITLIST_OFFER_TIME_LIMIT: '0' }, CWD)).toThrow(ConfigError);
    expect(() => loadConfig({ WAITLIST_OFFER_TIME_LIMIT: '169h' }, CWD)).toThrow(
      new ConfigError('WAITLIST_OFFER_TIME_LIMIT must be at most 7 days (168h), got "169h"'),
    );
    expect(() => loadConfig({ WAITLIST_OFFER_TIME_LIMIT: 'a day' }, CWD)).toThrow(ConfigError);
    expect(() => loadConfig({ AFTERCARE_REVIEW_INTERVAL_DAYS: '0' }, CWD)).toThrow(ConfigError);
    expect(() => loadConfig({ AFTERCARE_REVIEW_INTERVAL_DAYS: '1.5' }, CWD)).toThrow(ConfigError);
    expect(() => loadConfig({ ALARM_REVIEW_INTERVAL_DAYS: '367' }, CWD)).toThrow(
      new ConfigError('ALARM_REVIEW_INTERVAL_DAYS must be at most 366 days, got "367"'),
    );
  });
});

describe('.env.example', () => {
  it('documents every variable loadConfig reads', () => {
    const read = new Set<string>();
    const recording = new Proxy(
      {},
      {
        get: (_target, name) => {
          if (typeof name === 'string') read.add(name);
          return undefined;
        },
      },
    );
    loadConfig(recording, CWD);
    const example = fs.readFileSync(path.resolve(__dirname, '../../../.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    expect(read.size).toBeGreaterThan(30);
    expect([...read].filter((name) => !documented.has(name)).sort()).toEqual([]);
  });
});
