import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { createLogger, ROLE_LIMITS } from '@hub/common/light';
import { testCallers } from '@hub/testing';
import { createRateLimiter } from './rate-limiter';

const logger = createLogger('silent');

/** How many of `count` back-to-back requests a limiter admits. */
async function admitted(admit: () => Promise<void>, count: number): Promise<number> {
  let ok = 0;
  for (let i = 0; i < count; i += 1) {
    try {
      await admit();
      ok += 1;
    } catch (error) {
      expect(error).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    }
  }
  return ok;
}

describe('rate limiter (in memory)', () => {
  // The clock stands still within each case: the budgets are per second, and a loaded machine must not let a window pass mid-burst.
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  it('admits a user its steady rate plus its burst, then refuses with a Retry-After', async () => {
    const limiter = createRateLimiter({ scale: 1, logger });
    const caller = testCallers.referrer(0);
    const { user } = ROLE_LIMITS.referrer;
    // Back to back, well within one second: the steady budget and the burst, nothing more.
    expect(await admitted(() => limiter.admit(caller), user.perSecond + user.burst + 5)).toBe(user.perSecond + user.burst);
    const refusal = await limiter.admit(caller).catch((error) => error);
    expect(refusal.extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(limiter.counts.user).toBe(6);
    await limiter.close();
  });

  it('keeps users apart but counts an organisation once for all its users', async () => {
    const limiter = createRateLimiter({ scale: 1, logger });
    const { user, organisation } = ROLE_LIMITS['partner:ggz'];
    const users = Array.from({ length: 5 }, (_, i) => ({ ...testCallers.partner(0), userId: `ggz-${i}` }));
    let total = 0;
    for (const caller of users) total += await admitted(() => limiter.admit(caller), user.perSecond + user.burst);
    expect(total).toBe(organisation.perSecond + organisation.burst);
    expect(limiter.counts.organisation).toBeGreaterThan(0);
    // Another partner organisation has a bucket of its own.
    expect(await admitted(() => limiter.admit(testCallers.partner(1)), 1)).toBe(1);
    await limiter.close();
  });

  it('scales every limit by RATE_LIMIT_SCALE', async () => {
    const limiter = createRateLimiter({ scale: 3, logger });
    const { user } = ROLE_LIMITS.referrer;
    expect(await admitted(() => limiter.admit(testCallers.referrer(1)), 3 * (user.perSecond + user.burst) + 5)).toBe(3 * (user.perSecond + user.burst));
    await limiter.close();
  });
});

/** Whether a Redis server answers at `url` (the test does not start one). */
async function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(500);
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

describe('rate limiter shared across gateway replicas through Redis', () => {
  const url = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

  it("one replica spends a user's bucket, the other refuses that user and no one else", async () => {
    if (!(await redisAnswers(url))) {
      console.warn(`skipped: no Redis answers at ${url} (set REDIS_URL to run this case)`);
      return;
    }
    const keyPrefix = `hub-test-${randomBytes(4).toString('hex')}`;
    const a = createRateLimiter({ redisUrl: url, scale: 1, keyPrefix, logger });
    const b = createRateLimiter({ redisUrl: url, scale: 1, keyPrefix, logger });
    try {
      expect(await a.ready()).toBe(true);
      expect(await b.ready()).toBe(true);
      const caller = { ...testCallers.referrer(0), userId: 'replica-user' };
      const { user } = ROLE_LIMITS.referrer;
      expect(await admitted(() => a.admit(caller), user.perSecond + user.burst)).toBe(user.perSecond + user.burst);
      await expect(b.admit(caller)).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
      await expect(b.admit({ ...caller, userId: 'other-user' })).resolves.toBeUndefined();
    } finally {
      await a.close();
      await b.close();
    }
  });
});
