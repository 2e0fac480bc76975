import { createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { calculateJwkThumbprint, createRemoteJWKSet, errors, importSPKI, jwtVerify, type JWK, type JWTPayload, type KeyLike } from 'jose';
import { holdsSide, hubError, isPartnerRole, PARTNER_ROLE_TYPES, parseCaller, Side, type Caller, type HubConfig, type Logger } from '@hub/common/light';
import { accessPointClaims } from './access-point-claims';
import { bearerToken } from './bearer';
import { DEV_ALGORITHM, loadOrCreateDevKeys } from './dev-keys';
import type { PartnerStanding, PartnerTypeLookup } from './partner-organisations';
import { TokenRefusals, TokenRefused, type RefusalReason } from './token-refusals';
import { VerifiedTokens } from './verified-tokens';

const ALGORITHMS = ['ES256', 'RS256', 'PS256', 'EdDSA'];

/** Verifies an Authorization header sent from `source` (the peer address, for the log); `refusals` counts what it refused. */
export type TokenVerifier = ((authorization: string | undefined, source?: string) => Promise<Caller>) & { refusals: TokenRefusals };

/** Maps verified claims to a caller; a token that names no usable role, or an unusable actor or application, is no caller. */
export function callerFromClaims(claims: JWTPayload): Caller | undefined {
  const scope = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
  const roles = Array.isArray(claims.roles) ? claims.roles : scope;
  const accessPoint = accessPointClaims(claims);
  if (!accessPoint) return undefined;
  const caller = parseCaller({
    ...accessPoint,
    roles,
    organisationId: claims.org,
    municipalityCode: claims.municipality,
    purpose: claims.purpose,
  });
  if (!caller) return undefined;
  // Row-level rules key on these claims: a token without them would see nothing anyway.
  if (holdsSide(caller.roles, Side.REFERRER, Side.PARTNER) && !caller.organisationId) return undefined;
  if (holdsSide(caller.roles, Side.MUNICIPALITY) && !caller.municipalityCode) return undefined;
  return caller;
}

/** RFC 7638 thumbprint of the public half of a PEM key (public or private). */
async function thumbprint(pem: string): Promise<string> {
  return calculateJwkThumbprint(createPublicKey(pem).export({ format: 'jwk' }) as JWK);
}

/**
 * Whether `pem` is the key generated in `devKeyDir`, compared by its
 * thumbprint, so a copy under another name or path is recognised too.
 */
export async function isDevelopmentKey(pem: string, devKeyDir: string): Promise<boolean> {
  const candidates = ['dev-signing-key.pub.pem', 'dev-signing-key.pem'].map((name) => path.join(devKeyDir, name)).filter((file) => fs.existsSync(file));
  if (candidates.length === 0) return false;
  const key = await thumbprint(pem);
  for (const file of candidates) {
    if ((await thumbprint(fs.readFileSync(file, 'utf8'))) === key) return true;
  }
  return false;
}

type KeySource = KeyLike | ReturnType<typeof createRemoteJWKSet>;

async function keySource(config: HubConfig): Promise<KeySource> {
  const { auth } = config;
  if (auth.jwksUrl) return createRemoteJWKSet(new URL(auth.jwksUrl));
  if (auth.publicKeyFile) {
    const pem = fs.readFileSync(auth.publicKeyFile, 'utf8');
    if (config.mode === 'production' && (await isDevelopmentKey(pem, auth.devKeyDir))) {
      throw new Error('production refuses the development signing key (AUTH_PUBLIC_KEY_FILE holds the key of DEV_KEY_DIR)');
    }
    return importSPKI(pem, process.env.AUTH_ALGORITHM || DEV_ALGORITHM);
  }
  if (config.mode === 'production') {
    throw new Error('production needs AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE; it never uses the development key');
  }
  return (await loadOrCreateDevKeys(auth.devKeyDir)).publicKey;
}

/** Maps jose's verification errors to a refusal reason. */
function reasonOf(error: unknown): RefusalReason {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'wrong_issuer';
    if (error.claim === 'aud') return 'wrong_audience';
    if (error.claim === 'nbf' && error.reason === 'check_failed') return 'not_yet_valid';
    return 'malformed';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JOSEAlgNotAllowed) return 'bad_signature';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) return 'unknown_key';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError)) return 'key_unavailable';
  return 'malformed';
}

/**
 * Lifetime and issue time, on top of jose's exp/nbf checks: a token may live
 * at most `maxTokenLifetimeS` (exp - iat; without iat, exp - now, so a token
 * without iat can still not be used for longer than that), and may not claim
 * to be issued later than now plus the clock skew.
 */
function timingRefusal(claims: JWTPayload, auth: HubConfig['auth'], now = Math.floor(Date.now() / 1000)): RefusalReason | undefined {
  if (typeof claims.iat === 'number' && claims.iat > now + auth.clockSkewS) return 'issued_in_future';
  const lifetime = (claims.exp as number) - (typeof claims.iat === 'number' ? claims.iat : now);
  if (lifetime > auth.maxTokenLifetimeS) return 'lifetime_too_long';
  return undefined;
}

/** Every partner role a caller holds must be its organisation's partner type (PARTNER_ROLE_TYPES). */
async function partnerRefusal(caller: Caller, partnerTypes: PartnerTypeLookup | undefined, logger: Logger | undefined): Promise<RefusalReason | undefined> {
  const partnerRoles = caller.roles.filter(isPartnerRole);
  if (partnerRoles.length === 0) return undefined;
  if (!partnerTypes) return 'organisation_lookup_unavailable';
  let standing: PartnerStanding | null;
  try {
    standing = await partnerTypes(caller.organisationId!);
  } catch (error) {
    // The token may be fine: the caller learns we could not check it now, and is not told it is invalid.
    logger?.error({ err: error }, 'could not look up a partner organisation');
    throw hubError('SERVICE_UNAVAILABLE', "the caller's organisation cannot be checked now; try again shortly", { http: { status: 503 } });
  }
  if (standing === null) return 'unknown_organisation';
  if (!standing.active) return 'inactive_organisation';
  return partnerRoles.every((role) => PARTNER_ROLE_TYPES[role] === standing.partnerType) ? undefined : 'partner_type_mismatch';
}

export interface TokenVerifierOptions {
  /** Where refused tokens are logged (warn); unset: counted only. */
  logger?: Logger;
  /** Partner organisations' types; unset: every partner token is refused (organisation_lookup_unavailable). */
  partnerTypes?: PartnerTypeLookup;
  /** Tokens verified before, until their expiry (default: a cache of VERIFIED_TOKEN_ENTRIES of this verifier's own). */
  verifiedTokens?: VerifiedTokens;
}

/**
 * Verifies bearer JWTs: signature, issuer, audience, expiry, not-before, issue
 * time, lifetime, and a partner role against its organisation's type. A token
 * that passed is remembered until its `exp` (verified-tokens.ts); its partner
 * roles are checked against their organisation on every request all the same.
 * Anything else is UNAUTHENTICATED with HTTP 401 and no data; the reason is
 * logged and counted (TokenRefusals), never told.
 */
export async function createTokenVerifier(config: HubConfig, options: TokenVerifierOptions = {}): Promise<TokenVerifier> {
  const key = await keySource(config);
  const refusals = new TokenRefusals(options.logger);
  const { auth } = config;
  const verifyOptions = {
    issuer: auth.issuer,
    audience: auth.audience,
    algorithms: ALGORITHMS,
    requiredClaims: ['exp', 'sub'],
    clockTolerance: auth.clockSkewS,
  };
  const verified = options.verifiedTokens ?? new VerifiedTokens();
  const verify = async (authorization: string | undefined, source?: string): Promise<Caller> => {
    let token: string | undefined;
    try {
      token = bearerToken(authorization);
      const cacheKey = VerifiedTokens.keyOf(token);
      const known = verified.get(cacheKey);
      if (known) {
        // The organisation may have been deactivated since: checked on every request (its own short cache).
        const partner = await partnerRefusal(known, options.partnerTypes, options.logger);
        if (partner) throw new TokenRefused(partner);
        return known;
      }
      let claims: JWTPayload;
      try {
        const verified = typeof key === 'function' ? await jwtVerify(token, key, verifyOptions) : await jwtVerify(token, key, verifyOptions);
        claims = verified.payload;
      } catch (error) {
        throw new TokenRefused(reasonOf(error));
      }
      const timing = timingRefusal(claims, auth);
      if (timing) throw new TokenRefused(timing);
      // An actor (`act.sub`) or application (`azp`, `client_id`) that is no id the log can hold: a malformed token.
      if (!accessPointClaims(claims)) throw new TokenRefused('malformed');
      const caller = callerFromClaims(claims);
      if (!caller) throw new TokenRefused('no_usable_role', 'the bearer token carries no usable role and organisation');
      const partner = await partnerRefusal(caller, options.partnerTypes, options.logger);
      if (partner) throw new TokenRefused(partner);
      verified.set(cacheKey, caller, claims.exp);
      return caller;
    } catch (error) {
      if (error instanceof TokenRefused) refusals.record(error.reason, token, source);
      throw error;
    }
  };
  return Object.assign(verify, { refusals });
}
