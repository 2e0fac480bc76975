import { isIP } from 'node:net';
import path from 'node:path';
import { readConsoleOidc, type ConsoleOidcSettings } from './console-oidc-settings';
import { readContactDueDays, type ContactDueDays } from './domain/contact-due';
import { readAuditKey } from './audit/access-log-key';
import { readRetentionPeriods, type RetentionPeriods } from './retention/retention-rules';
import { readBsnEncryptionKeys, readBsnIndexKey, type BsnEncryptionKey } from './bsn/bsn-keys';
import { readPublicKeySet, readSigningKey, type PublicKeySet, type SigningKey } from './server/internal-keys';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from './webhooks/webhook-settings';
import { readWebhookSecretKeys } from './webhooks/webhook-secret-keys';

/** The four subgraphs, in the order they start and compose. */
export const SUBGRAPH_NAMES = ['clients', 'placements', 'referrals', 'handoffs'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export type HubMode = 'development' | 'production';

export interface HubConfig {
  mode: HubMode;
  /** Which services this process runs: every subgraph and the gateway, or a subset. */
  services: ReadonlyArray<SubgraphName | 'gateway'>;
  /** Set: use this PostgreSQL server. Unset: start an embedded one. */
  databaseUrl?: string;
  embeddedPostgres: { dataDir: string; port: number };
  gatewayPort: number;
  /** Where this process listens for each subgraph it runs. */
  subgraphPorts: Record<SubgraphName, number>;
  /** Where the gateway reaches each subgraph. */
  subgraphUrls: Record<SubgraphName, string>;
  /**
   * `<NAME>_PEER_PORT`: where a subgraph listens for the other subgraphs' calls only (subgraph-server.ts
   * `listenForPeers`); unset (one process): no peer listener, peers call the main port.
   */
  peerPorts: Partial<Record<SubgraphName, number>>;
  /** `<NAME>_PEER_URL`: where the other subgraphs reach each subgraph; unset: its peer port on localhost, or its main URL. */
  peerUrls: Record<SubgraphName, string>;
  logLevel: string;
  /** Load the demo data on first start when the database is empty (production: only when SEED_DEMO_DATA=true). */
  seedDemoData: boolean;
  /**
   * HUB_MIGRATE_ON_START: a subgraph applies its migrations (and the access log's) when it starts (true, the default).
   * false: it waits until they are applied by the migration command (`node subgraphs/<name>/dist/migrate.js`), as the
   * Kubernetes migration Job runs it once per release: replicas never migrate at once (docs/deployment.md).
   */
  migrateOnStart: boolean;
  auth: {
    /** Verify callers' tokens against this JWKS (production). */
    jwksUrl?: string;
    /** Or against this PEM public key. */
    publicKeyFile?: string;
    issuer: string;
    audience: string;
    /** Development: where the locally generated signing key lives. */
    devKeyDir: string;
    /** Longest a token may live (exp - iat, or exp - now without iat), in seconds. */
    maxTokenLifetimeS: number;
    /** Clock difference tolerated between the issuer and us for exp, nbf and iat, in seconds. */
    clockSkewS: number;
  };
  /**
   * Keys for the caller tokens between services in separate processes
   * (docs/security.md). Unset in one-process mode: every key is made at start.
   */
  internalKeys: {
    /** This process's Ed25519 private key: the gateway signs callers with it, a subgraph its calls to other subgraphs. */
    signingKey?: SigningKey;
    /** Public keys whose tokens a subgraph takes as the gateway's (several during a rotation). */
    gatewayKeys?: PublicKeySet;
    /** Public keys of the subgraphs, whose calls to each other a subgraph accepts. */
    peerKeys?: PublicKeySet;
  };
  /**
   * HUB_IN_PROCESS_SUBGRAPHS: the gateway runs the fetches for the subgraphs of its own process on them
   * directly, without a socket (same token, same checks; docs/architecture.md, "One process"). Subgraphs in
   * other processes, and calls between subgraphs, always go over HTTP.
   */
  inProcessSubgraphs: boolean;
  /** Where a service in a process of its own listens (unset: every interface); one-process subgraphs use 127.0.0.1. */
  listenHost?: string;
  /**
   * METRICS_PORT and METRICS_HOST: where this process serves `GET /metrics` (Prometheus text), on a listener of its
   * own, 127.0.0.1 unless METRICS_HOST says otherwise. Unset METRICS_PORT: no metrics at all (docs/architecture.md, "Metrics").
   */
  metrics?: { port: number; host: string };
  /** Shared rate-limit store for several gateway replicas; unset: in memory, per process. */
  redisUrl?: string;
  /**
   * TRUSTED_PROXIES: addresses of the reverse proxies in front of the gateway whose X-Forwarded-For it
   * believes for the access log's source address (docs/security.md, "Source address"). Empty (the default):
   * the peer address of the connection, X-Forwarded-For ignored.
   */
  trustedProxies: string[];
  /**
   * TRUSTED_DOCUMENTS_ONLY: partner, referrer and municipality roles may run only the trusted documents registered
   * for their client applications (domain/document-trust.ts says which roles; docs/security.md, "Trusted documents").
   * Always on in production; off by default in development, where any role may send any document.
   */
  trustedDocumentsOnly: boolean;
  /** CONSOLE_OIDC_*: the identity provider the staff console signs in with (console-oidc-settings.ts); unset: the development role picker only. */
  consoleOidc?: ConsoleOidcSettings;
  /**
   * Multiplies every rate limit of the per-role settings table (1 = as written).
   * Load benchmarks and burst tests raise it; production keeps 1.
   */
  rateLimitScale: number;
  /** Deadlines at the gateway (docs/architecture.md, "Timeouts and connections"). */
  timeouts: RequestTimeouts;
  /** What each subgraph's PostgreSQL pool may hold and how long a statement may run. */
  database: DatabaseLimits;
  /**
   * On SIGTERM/SIGINT, how long requests in flight may take to finish; the
   * process is forced out 2 s later (shutdown.ts).
   */
  shutdownGraceMs: number;
  /** Largest request body (bytes, after decompression) each kind of service parses. */
  bodyLimitBytes: { gateway: number; subgraph: number };
  /** Time limits and intervals of the placements work (waitlist offers, reviews). */
  placements: PlacementSettings;
  /** Days until contact is due, per priority (domain/contact-due.ts: the defaults and their variables). */
  contactDueDays: ContactDueDays;
  /** Webhook delivery: failure window that disables an endpoint, time per attempt, the secrets' key (docs/webhooks.md). */
  webhooks: WebhookSettings;
  /** The access log's key and checkpoints (docs/access-log.md, "Append-only and tamper-evident"). */
  audit: AuditSettings;
  /** The BSN's keys (docs/security.md, "BSN"). Unset: development generates them in devKeyDir; production refuses to start. */
  bsn: BsnSettings;
  /** How long each kind of data is kept (retention/retention-rules.ts) and whether the job runs in this process. */
  retention: RetentionSettings;
}

export interface RetentionSettings {
  periods: RetentionPeriods;
  /** RETENTION_INTERVAL: run the retention job every so often in this process (the one holding its lock). Unset: off; `npm run retention` runs it. */
  intervalMs?: number;
}

export interface BsnSettings {
  /** BSN_ENCRYPTION_KEY: AES-256-GCM keys; the first encrypts, every one decrypts (rotation). */
  encryptionKeys?: BsnEncryptionKey[];
  /** BSN_INDEX_KEY: HMAC-SHA256 key of the exact-match index. */
  indexKey?: Buffer;
}

/** The placements subgraph's domain settings; each subgraph request carries them (RequestContext.settings). */
export interface PlacementSettings {
  /** How long a waitlist offer holds its place for the client before it lapses, in seconds. */
  waitlistOfferTimeLimitS: number;
  /** Days from an aftercare programme's start or last review to its next review. */
  aftercareReviewIntervalDays: number;
  /** Days from an alarm's deployment or last review to its next review. */
  alarmReviewIntervalDays: number;
}

/**
 * 24 h: a working day for staff to reach the client (who may only be reachable at set times) while the place
 * stands empty no longer than a day. Aftercare is reviewed every 6 weeks (a programme's home visits span a few
 * months, so a review falls about every third visit); an Aware alarm every 13 weeks (it is lent for a threat
 * that is reassessed each quarter: keep, or take back for the next client).
 */
export const DEFAULT_PLACEMENT_SETTINGS: PlacementSettings = {
  waitlistOfferTimeLimitS: 24 * 3600,
  aftercareReviewIntervalDays: 42,
  alarmReviewIntervalDays: 91,
};

/** Longest review interval a setting may name: a year. */
const MAX_REVIEW_INTERVAL_DAYS = 366;
/** Longest a waitlist offer may hold a place: a week. */
const MAX_OFFER_TIME_LIMIT_S = 7 * 24 * 3600;

export interface AuditSettings {
  /** AUDIT_LOG_KEY: HMAC key of entries and checkpoints. Unset: development generates one in devKeyDir; production refuses to start. */
  key?: Buffer;
  /** The append-only JSON-lines file every checkpoint is written to, outside the database. */
  checkpointFile: string;
  /** How often the unsealed entries are sealed by a checkpoint (and once more on shutdown). */
  checkpointIntervalMs: number;
}

/** The norm asks for the log's head to be checkpointed at least every minute. */
export const MAX_CHECKPOINT_INTERVAL_S = 60;

export interface RequestTimeouts {
  /** One fetch from the gateway to one subgraph. */
  subgraphMs: number;
  /** One whole request at the gateway, every subgraph fetch included. */
  requestMs: number;
}

export interface DatabaseLimits {
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
  /** Connections per pool; every subgraph (and the access log) has its own pool. */
  poolMax: number;
  /** How long a request waits for a free connection before it fails. */
  acquireTimeoutMs: number;
}

export const DEFAULT_TIMEOUTS: RequestTimeouts = { subgraphMs: 10_000, requestMs: 15_000 };

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = {
  statementTimeoutMs: 5_000,
  idleInTransactionTimeoutMs: 10_000,
  poolMax: 10,
  acquireTimeoutMs: 5_000,
};

/**
 * The gateway takes callers' operations, small by nature; subgraphs take the
 * gateway's `_entities` calls, which carry one representation per row.
 */
export const DEFAULT_BODY_LIMIT_BYTES: HubConfig['bodyLimitBytes'] = { gateway: 128 * 1024, subgraph: 1024 * 1024 };

const DEFAULT_SUBGRAPH_PORTS: Record<SubgraphName, number> = {
  clients: 4001,
  placements: 4002,
  referrals: 4003,
  handoffs: 4004,
};

export class ConfigError extends Error {}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(`${name} must be a port number (0-65535), got "${raw}"`);
  }
  return value;
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new ConfigError(`${name} must be a positive number, got "${raw}"`);
  return value;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = positiveNumber(env, name, fallback);
  if (!Number.isInteger(value)) throw new ConfigError(`${name} must be a whole number, got "${env[name]}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new ConfigError(`${name} must be "true" or "false", got "${raw}"`);
}

/** A key setting read with `read`; its faults name the variable, never its value. */
function keySetting<T>(env: NodeJS.ProcessEnv, name: string, read: (raw: string) => T): T | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  try {
    return read(raw);
  } catch (error) {
    throw new ConfigError(`${name} ${error instanceof Error ? error.message : String(error)}; see .env.example`);
  }
}

function internalKeys(env: NodeJS.ProcessEnv): HubConfig['internalKeys'] {
  const keys = {
    signingKey: keySetting(env, 'HUB_INTERNAL_SIGNING_KEY', readSigningKey),
    gatewayKeys: keySetting(env, 'HUB_GATEWAY_PUBLIC_KEYS', readPublicKeySet),
    peerKeys: keySetting(env, 'HUB_PEER_PUBLIC_KEYS', readPublicKeySet),
  };
  // A key in both sets would let a subgraph sign as the gateway.
  for (const kid of keys.peerKeys?.keys() ?? []) {
    if (keys.gatewayKeys?.has(kid))
      throw new ConfigError(`HUB_PEER_PUBLIC_KEYS and HUB_GATEWAY_PUBLIC_KEYS share the key ${kid}: the gateway and the subgraphs need keys of their own`);
  }
  return keys;
}

const SECONDS_PER_UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600 };

/** Seconds, bare or with a unit: "43200", "12h", "30m", "45s". */
function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const match = /^(\d+)\s*([smh]?)$/.exec(raw.trim());
  if (!match) throw new ConfigError(`${name} must be a whole number of seconds, or with a unit (45s, 30m, 12h), got "${raw}"`);
  return Number(match[1]) * SECONDS_PER_UNIT[match[2]];
}

function positiveSeconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = seconds(env, name, fallback);
  if (value <= 0) throw new ConfigError(`${name} must be more than 0 seconds, got "${env[name]}"`);
  return value;
}

function days(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = positiveInteger(env, name, fallback);
  if (value > MAX_REVIEW_INTERVAL_DAYS) throw new ConfigError(`${name} must be at most ${MAX_REVIEW_INTERVAL_DAYS} days, got "${env[name]}"`);
  return value;
}

function placements(env: NodeJS.ProcessEnv): PlacementSettings {
  const offer = positiveSeconds(env, 'WAITLIST_OFFER_TIME_LIMIT', DEFAULT_PLACEMENT_SETTINGS.waitlistOfferTimeLimitS);
  if (offer > MAX_OFFER_TIME_LIMIT_S) throw new ConfigError(`WAITLIST_OFFER_TIME_LIMIT must be at most 7 days (168h), got "${env.WAITLIST_OFFER_TIME_LIMIT}"`);
  return {
    waitlistOfferTimeLimitS: offer,
    aftercareReviewIntervalDays: days(env, 'AFTERCARE_REVIEW_INTERVAL_DAYS', DEFAULT_PLACEMENT_SETTINGS.aftercareReviewIntervalDays),
    alarmReviewIntervalDays: days(env, 'ALARM_REVIEW_INTERVAL_DAYS', DEFAULT_PLACEMENT_SETTINGS.alarmReviewIntervalDays),
  };
}

function bytes(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = positiveNumber(env, name, fallback);
  if (!Number.isInteger(value)) throw new ConfigError(`${name} must be a whole number of bytes, got "${env[name]}"`);
  return value;
}

function contactDueDays(env: NodeJS.ProcessEnv): ContactDueDays {
  const { periods, faults } = readContactDueDays(env);
  if (faults.length) throw new ConfigError(faults.join('; '));
  return periods;
}

function retention(env: NodeJS.ProcessEnv): RetentionSettings {
  const { periods, faults } = readRetentionPeriods(env);
  if (faults.length) throw new ConfigError(faults.join('; '));
  const raw = env.RETENTION_INTERVAL;
  return { periods, intervalMs: raw === undefined || raw === '' ? undefined : positiveSeconds(env, 'RETENTION_INTERVAL', 0) * 1000 };
}

function services(raw: string | undefined): HubConfig['services'] {
  if (!raw || raw === 'all') return [...SUBGRAPH_NAMES, 'gateway'];
  const known = new Set<string>([...SUBGRAPH_NAMES, 'gateway']);
  const list = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of list) {
    if (!known.has(name)) throw new ConfigError(`HUB_SERVICES names an unknown service "${name}"`);
  }
  return list as HubConfig['services'];
}

function mode(raw: string | undefined): HubMode {
  if (raw === undefined || raw === '' || raw === 'development') return 'development';
  if (raw === 'production') return 'production';
  throw new ConfigError(`HUB_MODE must be "development" or "production", got "${raw}"`);
}

/** Reads the environment once; every other module takes a HubConfig. */
function metricsListener(env: NodeJS.ProcessEnv): HubConfig['metrics'] {
  if (env.METRICS_PORT === undefined || env.METRICS_PORT === '') {
    if (env.METRICS_HOST) throw new ConfigError('METRICS_HOST is set but METRICS_PORT is not: set both, or neither for no metrics');
    return undefined;
  }
  const host = env.METRICS_HOST || '127.0.0.1';
  if (!isIP(host) && host !== 'localhost') throw new ConfigError(`METRICS_HOST must be an IP address or localhost, got "${host}"`);
  const metricsPort = port(env, 'METRICS_PORT', 0);
  // Never beside GraphQL on a public port: a port of its own (0 picks a free one).
  const servicePorts = [
    port(env, 'GATEWAY_PORT', 4000),
    ...SUBGRAPH_NAMES.map((name) => port(env, `${name.toUpperCase()}_PORT`, DEFAULT_SUBGRAPH_PORTS[name])),
    ...SUBGRAPH_NAMES.flatMap((name) => (env[`${name.toUpperCase()}_PEER_PORT`] ? [port(env, `${name.toUpperCase()}_PEER_PORT`, 0)] : [])),
  ];
  if (metricsPort !== 0 && servicePorts.includes(metricsPort)) throw new ConfigError(`METRICS_PORT must not be a service's port, got ${metricsPort}`);
  return { port: metricsPort, host };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): HubConfig {
  const subgraphPorts = {} as Record<SubgraphName, number>;
  const subgraphUrls = {} as Record<SubgraphName, string>;
  const peerPorts: HubConfig['peerPorts'] = {};
  const peerUrls = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPH_NAMES) {
    const key = name.toUpperCase();
    subgraphPorts[name] = port(env, `${key}_PORT`, DEFAULT_SUBGRAPH_PORTS[name]);
    subgraphUrls[name] = env[`${key}_URL`] || `http://localhost:${subgraphPorts[name]}/graphql`;
    if (env[`${key}_PEER_PORT`]) {
      peerPorts[name] = port(env, `${key}_PEER_PORT`, 0);
      if (peerPorts[name] && peerPorts[name] === subgraphPorts[name]) throw new ConfigError(`${key}_PEER_PORT must differ from ${key}_PORT`);
    }
    peerUrls[name] = env[`${key}_PEER_URL`] || (peerPorts[name] ? `http://localhost:${peerPorts[name]}/graphql` : subgraphUrls[name]);
  }
  const hubMode = mode(env.HUB_MODE);
  const audience = env.AUTH_AUDIENCE || 'kadera-hub';
  return {
    mode: hubMode,
    services: services(env.HUB_SERVICES),
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedPostgres: {
      dataDir: path.resolve(cwd, env.EMBEDDED_PG_DIR || '.data/postgres'),
      port: port(env, 'EMBEDDED_PG_PORT', 54329),
    },
    gatewayPort: port(env, 'GATEWAY_PORT', 4000),
    subgraphPorts,
    subgraphUrls,
    peerPorts,
    peerUrls,
    logLevel: env.LOG_LEVEL || 'info',
    // Production loads demo data only when asked to in so many words.
    seedDemoData: flag(env, 'SEED_DEMO_DATA', hubMode === 'development'),
    migrateOnStart: flag(env, 'HUB_MIGRATE_ON_START', true),
    auth: {
      jwksUrl: env.AUTH_JWKS_URL || undefined,
      publicKeyFile: env.AUTH_PUBLIC_KEY_FILE || undefined,
      issuer: env.AUTH_ISSUER || 'kadera-hub-dev',
      audience,
      devKeyDir: path.resolve(cwd, env.DEV_KEY_DIR || '.data/dev-keys'),
      maxTokenLifetimeS: positiveSeconds(env, 'AUTH_MAX_TOKEN_LIFETIME', 12 * 3600),
      clockSkewS: seconds(env, 'AUTH_CLOCK_SKEW', 30),
    },
    internalKeys: internalKeys(env),
    inProcessSubgraphs: flag(env, 'HUB_IN_PROCESS_SUBGRAPHS', true),
    listenHost: env.HUB_LISTEN_HOST || undefined,
    metrics: metricsListener(env),
    redisUrl: env.REDIS_URL || undefined,
    trustedProxies: trustedProxies(env),
    trustedDocumentsOnly: trustedDocumentsOnly(env, hubMode),
    consoleOidc: consoleOidc(env, hubMode, audience),
    rateLimitScale: positiveNumber(env, 'RATE_LIMIT_SCALE', 1),
    timeouts: {
      subgraphMs: positiveNumber(env, 'SUBGRAPH_TIMEOUT_MS', DEFAULT_TIMEOUTS.subgraphMs),
      requestMs: positiveNumber(env, 'REQUEST_TIMEOUT_MS', DEFAULT_TIMEOUTS.requestMs),
    },
    database: {
      statementTimeoutMs: positiveNumber(env, 'DB_STATEMENT_TIMEOUT_MS', DEFAULT_DATABASE_LIMITS.statementTimeoutMs),
      idleInTransactionTimeoutMs: positiveNumber(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', DEFAULT_DATABASE_LIMITS.idleInTransactionTimeoutMs),
      poolMax: positiveInteger(env, 'DB_POOL_MAX', DEFAULT_DATABASE_LIMITS.poolMax),
      acquireTimeoutMs: positiveNumber(env, 'DB_POOL_ACQUIRE_TIMEOUT_MS', DEFAULT_DATABASE_LIMITS.acquireTimeoutMs),
    },
    shutdownGraceMs: positiveNumber(env, 'SHUTDOWN_GRACE_MS', 8000),
    bodyLimitBytes: {
      gateway: bytes(env, 'GATEWAY_BODY_LIMIT_BYTES', DEFAULT_BODY_LIMIT_BYTES.gateway),
      subgraph: bytes(env, 'SUBGRAPH_BODY_LIMIT_BYTES', DEFAULT_BODY_LIMIT_BYTES.subgraph),
    },
    placements: placements(env),
    contactDueDays: contactDueDays(env),
    webhooks: {
      ...DEFAULT_WEBHOOK_SETTINGS,
      failureWindowMs: positiveSeconds(env, 'WEBHOOK_FAILURE_WINDOW', DEFAULT_WEBHOOK_SETTINGS.failureWindowMs / 1000) * 1000,
      attemptTimeoutMs: positiveSeconds(env, 'WEBHOOK_ATTEMPT_TIMEOUT', DEFAULT_WEBHOOK_SETTINGS.attemptTimeoutMs / 1000) * 1000,
      allowLoopbackHttp: hubMode !== 'production',
      secretKeys: keySetting(env, 'WEBHOOK_SECRET_KEY', readWebhookSecretKeys),
    },
    audit: {
      key: keySetting(env, 'AUDIT_LOG_KEY', readAuditKey),
      checkpointFile: path.resolve(cwd, env.AUDIT_CHECKPOINT_FILE || '.data/audit-checkpoints.jsonl'),
      checkpointIntervalMs: checkpointInterval(env) * 1000,
    },
    bsn: {
      encryptionKeys: keySetting(env, 'BSN_ENCRYPTION_KEY', readBsnEncryptionKeys),
      indexKey: keySetting(env, 'BSN_INDEX_KEY', readBsnIndexKey),
    },
    retention: retention(env),
  };
}

function trustedProxies(env: NodeJS.ProcessEnv): string[] {
  const list = (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const bad = list.find((entry) => isIP(entry) === 0);
  if (bad !== undefined) throw new ConfigError(`TRUSTED_PROXIES must list IP addresses separated by commas, got "${bad}"`);
  return list;
}

function trustedDocumentsOnly(env: NodeJS.ProcessEnv, hubMode: HubMode): boolean {
  const enforced = flag(env, 'TRUSTED_DOCUMENTS_ONLY', hubMode === 'production');
  // Fail closed: production cannot be talked out of it.
  if (hubMode === 'production' && !enforced) throw new ConfigError('TRUSTED_DOCUMENTS_ONLY cannot be "false" in production');
  return enforced;
}

function consoleOidc(env: NodeJS.ProcessEnv, hubMode: HubMode, audience: string): ConsoleOidcSettings | undefined {
  const { settings, faults } = readConsoleOidc(env, hubMode === 'production', audience);
  if (faults.length) throw new ConfigError(faults.join('; '));
  return settings;
}

function checkpointInterval(env: NodeJS.ProcessEnv): number {
  const value = positiveSeconds(env, 'AUDIT_CHECKPOINT_INTERVAL', MAX_CHECKPOINT_INTERVAL_S);
  if (value > MAX_CHECKPOINT_INTERVAL_S)
    throw new ConfigError(`AUDIT_CHECKPOINT_INTERVAL must be at most ${MAX_CHECKPOINT_INTERVAL_S} seconds, got "${env.AUDIT_CHECKPOINT_INTERVAL}"`);
  return value;
}
