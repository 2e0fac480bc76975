/** What an abort carries once a deadline passes: the reason AbortSignal.timeout gives (its message reaches the log's `reason`). */
const timedOut = () => new DOMException('The operation was aborted due to timeout', 'TimeoutError');

/**
 * A signal that aborts `ms` from now, or as soon as `outer` aborts (with its reason), whichever comes first,
 * unless `end()` comes before either: the gateway's deadline of one request, and of one subgraph fetch within it.
 *
 * Unlike AbortSignal.timeout and AbortSignal.any, which it replaces per request and per fetch, nothing outlives
 * the work it bounds: `end()` clears the timer and the listener on `outer`, where a timeout's signal still fires
 * seconds after its answer was sent (a DOMException and an abort event each, timers, weak references and
 * finalizers for the garbage collector; docs/benchmarks.md, "The gateway's deadlines").
 */
export class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  /** Whether it was this deadline's own time that ran out (not `outer`'s). */
  private ownTimePassed = false;
  private readonly outerAborted = () => this.controller.abort(this.outer?.reason);

  constructor(
    ms: number,
    private readonly outer?: AbortSignal,
  ) {
    this.timer = setTimeout(() => {
      this.ownTimePassed = true;
      this.end();
      this.controller.abort(timedOut());
    }, ms);
    // Like AbortSignal.timeout's: a deadline alone keeps no process alive.
    this.timer.unref();
    if (outer?.aborted) this.outerAborted();
    else outer?.addEventListener('abort', this.outerAborted, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Its own `ms` ran out (rather than `outer` aborting or nothing). */
  get timedOut(): boolean {
    return this.ownTimePassed;
  }

  /** The work is done: no timer left to fire, no listener left on `outer`. Ending twice is harmless. */
  end(): void {
    clearTimeout(this.timer);
    this.outer?.removeEventListener('abort', this.outerAborted);
  }
}
