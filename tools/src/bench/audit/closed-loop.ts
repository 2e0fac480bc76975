import { performance } from 'node:perf_hooks';

export interface LoopResult {
  /** Calls that completed (resolved) before their caller stopped. */
  calls: number;
  failures: number;
  firstError?: unknown;
  /** From the start until the last caller's last call ended. */
  seconds: number;
}

/**
 * `callers` async loops, each calling `call` again as soon as its last call
 * resolved (awaiting it: a closed loop, as a request awaits its log entry),
 * until `seconds` have passed; calls in flight then are finished and counted.
 */
export async function closedLoop(callers: number, seconds: number, call: (caller: number) => Promise<void>): Promise<LoopResult> {
  const start = performance.now();
  const end = start + seconds * 1000;
  const result: LoopResult = { calls: 0, failures: 0, seconds: 0 };
  const loop = async (caller: number) => {
    while (performance.now() < end) {
      try {
        await call(caller);
        result.calls += 1;
      } catch (error) {
        result.failures += 1;
        result.firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: callers }, (_, caller) => loop(caller)));
  result.seconds = (performance.now() - start) / 1000;
  return result;
}
