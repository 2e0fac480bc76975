import { TokenRefused } from './token-refusals';

/** A compact JWS: three base64url parts. */
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * The one token of an `Authorization: Bearer <JWT>` header. The scheme is
 * case-insensitive (RFC 6750 via RFC 7235) and spaces around the parts are
 * tolerated; a second token, or any other scheme, is refused.
 */
export function bearerToken(authorization: string | undefined): string {
  const header = (authorization ?? '').trim();
  if (!header) throw new TokenRefused('missing', 'a bearer token is required (Authorization: Bearer <JWT>)');
  const [scheme, ...rest] = header.split(/[ \t]+/);
  if (scheme.toLowerCase() !== 'bearer' || rest.length !== 1 || !JWT.test(rest[0])) {
    throw new TokenRefused('malformed', 'a bearer token is required (Authorization: Bearer <JWT>)');
  }
  return rest[0];
}
