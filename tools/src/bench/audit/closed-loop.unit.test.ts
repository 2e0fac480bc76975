import { setTimeout as sleep } from 'node:timers/promises';
import { closedLoop } from './closed-loop';

describe('closedLoop', () => {
  it('keeps every caller calling, one call at a time each, until the time is up', async () => {
    let inFlight = 0;
    let most = 0;
    const seen = new Set<number>();
    const result = await closedLoop(3, 0.2, async (caller) => {
      seen.add(caller);
      inFlight += 1;
      most = Math.max(most, inFlight);
      await sleep(10);
      inFlight -= 1;
    });
    expect([...seen].sort()).toEqual([0, 1, 2]);
    expect(most).toBe(3);
    expect(result.failures).toBe(0);
    expect(result.seconds).toBeGreaterThanOrEqual(0.2);
    // 3 callers, 10 ms a call, 200 ms: at most 3 × 21 calls (the last one started before the end).
    expect(result.calls).toBeGreaterThan(0);
    expect(result.calls).toBeLessThanOrEqual(3 * 21);
  });

  it('counts failures apart and keeps the first error', async () => {
    let n = 0;
    const result = await closedLoop(1, 0.1, async () => {
      n += 1;
      await sleep(1);
      if (n % 2 === 1) throw new Error(`failure ${n}`);
    });
    expect(result.calls + result.failures).toBe(n);
    expect(result.failures).toBe(Math.ceil(n / 2));
    expect(result.firstError).toEqual(new Error('failure 1'));
  });
});
