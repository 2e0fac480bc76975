import type { IncomingMessage } from 'node:http';
import { headerOf, type Caller } from '@hub/common/light';
import type { createRateLimiter } from '../limits/rate-limiter';
import { TokenRefused } from './token-refusals';
import type { TokenVerifier } from './verify-token';

/**
 * The caller of an HTTP request, as every gateway route checks it: its bearer
 * token verified, then one token of its rate-limit buckets taken. An address
 * that keeps sending bad tokens is slowed down; a caller meets its own buckets
 * first of all. A token we could not check (organisation lookup down) is no
 * bad token and costs the address nothing.
 */
export async function authenticateRequest(
  req: IncomingMessage,
  verifyToken: TokenVerifier,
  rateLimiter: ReturnType<typeof createRateLimiter>,
): Promise<Caller> {
  const source = req.socket.remoteAddress ?? 'unknown';
  const caller = await verifyToken(headerOf(req, 'authorization'), source).catch(async (error: unknown) => {
    if (error instanceof TokenRefused) await rateLimiter.failedFrom(source);
    throw error;
  });
  await rateLimiter.admit(caller);
  return caller;
}
