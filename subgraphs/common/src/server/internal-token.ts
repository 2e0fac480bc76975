import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { parseCaller, type Caller } from '../domain/caller';

/** The header that carries the gateway-signed caller to the subgraphs. */
export const CALLER_HEADER = 'x-hub-caller';

const ISSUER = 'kadera-hub-gateway';
const AUDIENCE = 'kadera-hub-subgraphs';
/** Long enough for one request's fetches, short enough to be useless when stolen from a log. */
const LIFETIME = '60s';

export function generateInternalSecret(): string {
  return randomBytes(32).toString('base64url');
}

const key = (secret: string) => new TextEncoder().encode(secret);

/** Signs the verified caller for the subgraphs (HS256 with the secret gateway and subgraphs share). */
export async function signCallerToken(caller: Caller, secret: string): Promise<string> {
  const { userId, ...rest } = caller;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(LIFETIME)
    .sign(key(secret));
}

/** The caller of a valid gateway token; undefined for a missing, forged or expired one. */
export async function verifyCallerToken(token: string | undefined, secret: string): Promise<Caller | undefined> {
  if (!token) return undefined;
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    return parseCaller({ ...payload, userId: payload.sub });
  } catch {
    return undefined;
  }
}
