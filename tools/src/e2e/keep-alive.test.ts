import { setTimeout as sleep } from 'node:timers/promises';
import { testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

/**
 * Issue 8: after about 5 s idle, a burst lost 18-34 % of its requests to
 * `socket hang up` between gateway and subgraph (a keep-alive socket the
 * subgraph closed just as the gateway reused it). Idle just under Node's old
 * 5 s server timeout, then a burst, ten times over: nothing may be lost.
 */
const HANDOFFS_WITH_CLIENTS = `{ handoffs(first: 5) { edges { node { id status client { id name } } } } }`;
const IDLE_MS = 4_900;
/**
 * Ten rounds, though each idles for 4.9 s: before the fix this test lost 6 of
 * its 1,000 requests (commit d689f3b), about 0.6 a round, not the 18-34 % of a
 * loaded benchmark. With losses that rare, rounds are what catch the race: if
 * they fall independently, 10 rounds miss it with probability e^-6 ≈ 0.25 %,
 * 3 rounds with e^-1.8 ≈ 17 %. The idle time is what the race needs (just
 * under Node's old 5 s server timeout), so neither can shrink without
 * weakening the test; it sleeps while the other jest worker runs.
 */
const ROUNDS = 10;
const BURST = 100;

describe('no dropped connections between gateway and subgraphs', () => {
  let hub: TestStack;

  beforeAll(async () => {
    // The gateway's fetches over HTTP, as between processes: in process (the one-process default) there is no socket to lose.
    hub = await startTestStack({ rateLimitScale: 1000, inProcessSubgraphs: false });
  });
  afterAll(async () => {
    await hub?.drop();
  });

  it(`a burst of ${BURST} requests after ${IDLE_MS / 1000} s idle, repeated ${ROUNDS} times, loses 0`, async () => {
    const staff = hub.as(testCallers.staff);
    const warm = await staff.query(HANDOFFS_WITH_CLIENTS);
    expect(warm.errors).toBeUndefined();
    expect(warm.data.handoffs.edges.length).toBeGreaterThan(0);

    const lost: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      await sleep(IDLE_MS);
      const answers = await Promise.all(
        Array.from({ length: BURST }, () =>
          staff.query(HANDOFFS_WITH_CLIENTS).catch((error: Error) => ({ status: 0, data: undefined, errors: [{ message: error.message }], text: '' })),
        ),
      );
      for (const answer of answers) {
        const complete = answer.status === 200 && !answer.errors && answer.data?.handoffs.edges.every((e: any) => e.node.client?.name);
        if (!complete) lost.push(`round ${round}: ${answer.status} ${answer.errors?.[0]?.message ?? 'missing client'}`);
      }
    }
    expect(lost).toEqual([]);
  }, 180_000);
});
