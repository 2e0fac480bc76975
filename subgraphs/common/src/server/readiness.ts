import type express from 'express';

/** What `/ready` answers: ready (200), or not and why (503). */
export type Readiness = { status: 'ready' } | { status: 'not ready'; reason: string };

/** How long a readiness check may wait for the database before it counts as unreachable. */
export const READINESS_TIMEOUT_MS = 2000;

/** Liveness: the process answers. No dependency is checked and nothing else is said. */
export const liveness: express.RequestHandler = (_req, res) => {
  res.json({ status: 'ok' });
};

/** `GET /ready`: 503 once shutdown has started, else whatever `check` finds. */
export function readinessHandler<R extends { status: string }>(check: () => Promise<R>, shuttingDown: () => boolean): express.RequestHandler {
  return async (_req, res) => {
    const readiness = shuttingDown() ? { status: 'not ready', reason: 'shutting down' } : await check();
    res.status(readiness.status === 'ready' ? 200 : 503).json(readiness);
  };
}
