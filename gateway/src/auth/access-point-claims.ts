import { isLoggedId } from '@hub/common/light';
import type { JWTPayload } from 'jose';

/** Who acted and for whom, and through which application, as a token says it (NEN 7513's "who" and "access point"). */
export interface AccessPointClaims {
  /** The user who acted: the token's `sub`, or with a delegation token its actor `act.sub`. */
  userId: unknown;
  /** The responsible user the actor acted for (the delegation token's `sub`), when it acted on behalf of someone. */
  onBehalfOf?: string;
  /** The application the token was issued to: `azp`, else `client_id`. */
  applicationId?: string;
}

/**
 * Reads delegation and application from verified claims, or returns null when one is present but unusable
 * (not an id the log can hold: isLoggedId), so the token is refused rather than logged with half a story.
 *
 * RFC 8693 (token exchange) section 4.1: in a token with an `act` claim, `sub` is the party on whose behalf
 * the token was issued and `act.sub` the party acting now (nested `act` inside it are earlier actors, not
 * logged). So the hub logs `act.sub` as the user (who did it) and `sub` as `on_behalf_of` (the responsible
 * user NEN 7513 asks for). The roles and organisation are the token's: what was delegated.
 */
export function accessPointClaims(claims: JWTPayload): AccessPointClaims | null {
  const applicationClaim = claims.azp !== undefined ? claims.azp : claims.client_id;
  if (applicationClaim !== undefined && !isLoggedId(applicationClaim)) return null;
  const applicationId = isLoggedId(applicationClaim) ? applicationClaim : undefined;
  if (claims.act === undefined) return { userId: claims.sub, applicationId };
  const actor = typeof claims.act === 'object' && claims.act !== null ? (claims.act as { sub?: unknown }).sub : undefined;
  if (!isLoggedId(actor) || !isLoggedId(claims.sub) || actor === claims.sub) return null;
  return { userId: actor, onBehalfOf: claims.sub, applicationId };
}
