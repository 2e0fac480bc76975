import { HeaderMap } from '@apollo/server';
import { hubError, limitsFor, UNAUTHENTICATED_LIMIT, type Caller, type Logger, type RateLimit } from '@hub/common/light';
import Redis from 'ioredis';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface RateLimiterOptions {
  /** Set: one count for every gateway replica, in Redis. Unset: in this process's memory. */
  redisUrl?: string;
  /** Multiplies every limit of the table (1 in production; load tests raise it). */
  scale: number;
  /** Keeps replicas of different deployments (and tests) apart in one Redis. */
  keyPrefix?: string;
  logger: Logger;
}

/**
 * Refusals per reason since start, for operators.
 * @public Exported for the declaration of the gateway server's inferred type, which includes it.
 */
export interface RateLimitCounts {
  user: number;
  organisation: number;
  unauthenticated: number;
}

type Scope = keyof RateLimitCounts;

/** 429 RATE_LIMITED with Retry-After (whole seconds, at least 1). */
function rateLimited(scope: Scope, refusal: RateLimiterRes) {
  const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
  return hubError('RATE_LIMITED', `too many requests for this ${scope === 'unauthenticated' ? 'address' : scope}; retry after ${seconds} s`, {
    retryAfterSeconds: seconds,
    http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) },
  });
}

/**
 * Token buckets per user, per organisation and, for requests without a valid
 * token, per source address, sized by the per-role settings table
 * (role-limits.ts): rate-limiter-flexible's BurstyRateLimiter, a steady budget
 * per second plus a burst budget refilled at the same rate. With Redis every
 * replica draws on one bucket; should Redis fail, each replica falls back to
 * its own memory rather than refuse everyone or no one.
 */
export function createRateLimiter(options: RateLimiterOptions) {
  const redis = options.redisUrl ? new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 }) : undefined;
  redis?.on('error', (error: Error) => options.logger.warn({ err: { message: error.message } }, 'rate-limit store unavailable; counting in memory'));
  const prefix = options.keyPrefix ?? 'hub-rate';

  const store = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ keyPrefix, points, duration });
    return redis ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, insuranceLimiter: memory }) : memory;
  };
  // One bucket per (scope, limit): roles with the same limits share it, a user's key is its own.
  const buckets = new Map<string, BurstyRateLimiter>();
  const bucket = (scope: Scope, limit: RateLimit) => {
    const perSecond = Math.max(1, Math.round(limit.perSecond * options.scale));
    const burst = Math.max(1, Math.round(limit.burst * options.scale));
    const name = `${prefix}:${scope}:${perSecond}:${burst}`;
    let limiter = buckets.get(name);
    if (!limiter) {
      // The burst refills in the time the steady rate takes to earn it.
      limiter = new BurstyRateLimiter(store(`${name}:steady`, perSecond, 1), store(`${name}:burst`, burst, Math.max(1, Math.ceil(burst / perSecond))));
      buckets.set(name, limiter);
    }
    return limiter;
  };
  // Failed attempts only: `burst` of them, earned back at the steady rate.
  const unauthenticated = store(
    `${prefix}:unauthenticated`,
    Math.max(1, Math.round(UNAUTHENTICATED_LIMIT.burst * options.scale)),
    Math.max(1, Math.ceil(UNAUTHENTICATED_LIMIT.burst / UNAUTHENTICATED_LIMIT.perSecond)),
  );
  const counts: RateLimitCounts = { user: 0, organisation: 0, unauthenticated: 0 };

  const take = async (scope: Scope, limiter: BurstyRateLimiter, key: string) => {
    try {
      await limiter.consume(key);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      counts[scope] += 1;
      options.logger.warn({ scope }, 'request refused by a rate limit');
      throw rateLimited(scope, refusal);
    }
  };

  return {
    counts,
    /** Takes one token for the caller's user and organisation; throws RATE_LIMITED when a bucket is empty. */
    async admit(caller: Caller): Promise<void> {
      const limits = limitsFor(caller.roles);
      if (!limits) return;
      const organisation = caller.organisationId ?? (caller.municipalityCode ? `municipality:${caller.municipalityCode}` : undefined);
      await take('user', bucket('user', limits.user), `${organisation ?? '-'}/${caller.userId}`);
      if (organisation) await take('organisation', bucket('organisation', limits.organisation), organisation);
    },
    /**
     * Counts a request without a valid token against its source address and
     * throws RATE_LIMITED once the address has used up its attempts. A valid
     * token is never refused for its address, so a noisy neighbour behind the
     * same NAT cannot lock a partner out.
     */
    async failedFrom(address: string): Promise<void> {
      try {
        await unauthenticated.consume(address);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        counts.unauthenticated += 1;
        options.logger.warn({ scope: 'unauthenticated' }, 'request refused by a rate limit');
        throw rateLimited('unauthenticated', refusal);
      }
    },
    /** Resolves once the shared store answers (until then each replica counts in memory); at once without Redis. */
    async ready(timeoutMs = 2000): Promise<boolean> {
      if (!redis) return true;
      if (redis.status === 'ready') return true;
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        redis.once('ready', () => (clearTimeout(timer), resolve(true)));
      });
    },
    async close(): Promise<void> {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
