import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { decodeJwt } from 'jose';
import type { Logger } from '@hub/common/light';

/** Why a token was refused: logged and counted, never told to the caller beyond "not valid". */
const REFUSAL_REASONS = [
  'missing',
  'malformed',
  'bad_signature',
  'unknown_key',
  'key_unavailable',
  'expired',
  'not_yet_valid',
  'issued_in_future',
  'wrong_issuer',
  'wrong_audience',
  'lifetime_too_long',
  'no_usable_role',
  'unknown_organisation',
  'inactive_organisation',
  'partner_type_mismatch',
  'organisation_lookup_unavailable',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** A refused token: UNAUTHENTICATED with HTTP 401 for the caller, the reason for our log. */
export class TokenRefused extends GraphQLError {
  constructor(
    readonly reason: RefusalReason,
    message = 'the bearer token is not valid',
  ) {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

/** Enough of `sub` to follow one subject through the log without naming it. */
export function subjectHash(sub: unknown): string | undefined {
  return typeof sub === 'string' && sub ? createHash('sha256').update(sub).digest('hex').slice(0, 16) : undefined;
}

/** An issuer is a URL or a name; anything longer is an attacker's payload, not an issuer. */
const MAX_LOGGED_ISSUER = 200;

/** Issuer and subject as the token claims them, signed or not: what the log may say about a refused token. */
function claimedIdentity(token: string | undefined): { issuer?: string; subjectHash?: string } {
  if (!token) return {};
  try {
    const claims = decodeJwt(token);
    const issuer = typeof claims.iss === 'string' ? claims.iss.slice(0, MAX_LOGGED_ISSUER) : undefined;
    return { issuer, subjectHash: subjectHash(claims.sub) };
  } catch {
    return {};
  }
}

/** Refused tokens counted per reason, and each one logged at warn (reason, issuer, sub hash, source; never the token). */
export class TokenRefusals {
  readonly counts = Object.fromEntries(REFUSAL_REASONS.map((reason) => [reason, 0])) as Record<RefusalReason, number>;

  constructor(private readonly logger?: Logger) {}

  record(reason: RefusalReason, token: string | undefined, source: string | undefined): void {
    this.counts[reason] += 1;
    this.logger?.warn({ tokenRefusal: { reason, ...claimedIdentity(token), source: source ?? 'unknown' } }, 'bearer token refused');
  }
}
