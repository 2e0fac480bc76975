import { SignJWT } from 'jose';
import type { Caller } from '@hub/common';
import { DEV_ALGORITHM, loadOrCreateDevKeys } from '@hub/gateway';

/** A development-key token carrying exactly this caller's claims. */
export async function tokenFor(caller: Caller, options: { keyDir: string; issuer: string; audience: string; expiresIn?: string }): Promise<string> {
  const { privateKey } = await loadOrCreateDevKeys(options.keyDir);
  const claims: Record<string, unknown> = { scope: caller.roles.join(' ') };
  if (caller.organisationId) claims.org = caller.organisationId;
  if (caller.municipalityCode) claims.municipality = caller.municipalityCode;
  if (caller.purpose) claims.purpose = caller.purpose;
  if (caller.applicationId) claims.azp = caller.applicationId;
  // Acting on behalf of someone: that user is the subject, the caller the actor (RFC 8693; verify-token.ts).
  if (caller.onBehalfOf) claims.act = { sub: caller.userId };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: DEV_ALGORITHM, typ: 'JWT' })
    .setSubject(caller.onBehalfOf ?? caller.userId)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '10m')
    .sign(privateKey);
}
