import { UNAUTHENTICATED_LIMIT, type Caller } from '@hub/common';
import { postGraphQL, testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

const QUERY = '{ serviceAvailability { region acceptingNewClients } }';

/** Every response of `count` requests sent at once, with its Retry-After header. */
async function burst(url: string, count: number, headers: () => Promise<Record<string, string>>) {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await headers()) },
        body: JSON.stringify({ query: QUERY }),
      });
      const body = (await response.json()) as { errors?: Array<{ message: string; extensions: Record<string, any> }> };
      return { status: response.status, retryAfter: response.headers.get('retry-after'), errors: body.errors };
    }),
  );
}

// A tenth of the table: every bucket holds one or two requests, so a burst of twenty is refused
// however slowly this machine serves it (the counts themselves are tested in limits/rate-limiter.test.ts).
describe('rate limits through the gateway', () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await startTestStack({ rateLimitScale: 0.1 });
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const bearer = async (caller: Caller) => ({ authorization: `Bearer ${await hub.as(caller).token()}` });

  it('answers a burst with 429 RATE_LIMITED and Retry-After, holds up no one else, and lets the caller in after waiting', async () => {
    const caller = { ...testCallers.referrer(0), userId: 'burst-user' };
    const headers = await bearer(caller);
    const responses = await burst(hub.gatewayUrl, 20, async () => headers);
    const refused = responses.filter((r) => r.status === 429);
    expect(responses.filter((r) => r.status === 200).length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(10);
    for (const r of refused) {
      expect(r.errors![0].extensions.code).toBe('RATE_LIMITED');
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(r.errors![0].extensions.retryAfterSeconds).toBe(Number(r.retryAfter));
    }
    // Another organisation's professional is not held up by this one.
    expect((await hub.as(testCallers.referrer(1)).query(QUERY)).status).toBe(200);
    const wait = Math.max(...refused.map((r) => Number(r.retryAfter)));
    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 100));
    expect((await hub.as(caller).query(QUERY)).status).toBe(200);
  });

  it('counts GET /schema.graphql on the same buckets: a burst is refused with 429 RATE_LIMITED and Retry-After', async () => {
    const headers = await bearer({ ...testCallers.partner(0), userId: 'schema-burst-user' });
    const url = new URL('/schema.graphql', hub.gatewayUrl).toString();
    const responses = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const response = await fetch(url, { headers });
        return { status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text() };
      }),
    );
    const refused = responses.filter((r) => r.status === 429);
    expect(responses.filter((r) => r.status === 200).length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(10);
    for (const r of refused) {
      expect(JSON.parse(r.text)).toEqual({ errors: [{ message: expect.stringContaining('too many requests'), extensions: { code: 'RATE_LIMITED' } }] });
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
    }
  });

  it('slows an address down after its attempts without a valid token, and says so with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < UNAUTHENTICATED_LIMIT.burst + 2; i += 1) {
      statuses.push((await postGraphQL(hub.gatewayUrl, QUERY, undefined, { authorization: 'Bearer not.a.token' })).status);
    }
    // 401 while the address has attempts left, then 429 for the rest of the window.
    const firstRefusal = statuses.indexOf(429);
    expect(firstRefusal).toBeGreaterThan(0);
    expect(statuses).toEqual([...Array(firstRefusal).fill(401), ...Array(statuses.length - firstRefusal).fill(429)]);
    // A valid token from the same address still gets in.
    expect((await hub.as(testCallers.staff).query(QUERY)).status).toBe(200);
  });
});
