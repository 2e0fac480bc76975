import type { Logger } from '../logger';

/** Shared by the services of one process: once started, none of them reports ready. */
export interface ShutdownState {
  started: boolean;
}

export function createShutdownState(): ShutdownState {
  return { started: false };
}

/** How long a process may take to stop before it is forced to exit. */
export function forceExitAfterMs(graceMs: number): number {
  // The grace period covers the requests; the rest covers pools and the embedded database.
  return graceMs + 2000;
}

/**
 * On the first SIGINT/SIGTERM: `stop(graceMs)` (drain, then close), exit 0;
 * a watchdog exits 1 if that takes longer than `forceExitAfterMs`. A second
 * signal exits at once (Ctrl-C twice).
 */
export function stopOnSignals(logger: Logger, stop: (graceMs: number) => Promise<void>, graceMs: number): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting for requests to finish');
      process.exit(1);
    }
    stopping = true;
    const limit = forceExitAfterMs(graceMs);
    logger.info({ signal, graceMs }, 'stopping: draining requests in flight');
    setTimeout(() => {
      logger.error({ limitMs: limit }, 'did not stop in time: forcing exit');
      process.exit(1);
    }, limit);
    stop(graceMs)
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((error) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      });
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
