import { createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { calculateJwkThumbprint, createRemoteJWKSet, importSPKI, jwtVerify, type JWK, type JWTPayload, type KeyLike } from 'jose';
import { parseCaller, type Caller, type HubConfig } from '@hub/common';
import { DEV_ALGORITHM, loadOrCreateDevKeys } from './dev-keys';

const ALGORITHMS = ['ES256', 'RS256', 'PS256', 'EdDSA'];

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Maps verified claims to a caller; a token that names no usable role is no caller. */
export function callerFromClaims(claims: JWTPayload): Caller | undefined {
  const scope = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
  const roles = Array.isArray(claims.roles) ? claims.roles : scope;
  const caller = parseCaller({
    userId: claims.sub,
    roles,
    organisationId: claims.org,
    municipalityCode: claims.municipality,
    purpose: claims.purpose,
  });
  if (!caller) return undefined;
  // Row-level rules key on these claims: a token without them would see nothing anyway.
  const needsOrg = caller.roles.some((r) => r === 'referrer' || r.startsWith('partner:'));
  if (needsOrg && !caller.organisationId) return undefined;
  if (caller.roles.includes('municipality') && !caller.municipalityCode) return undefined;
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

/**
 * Verifies bearer JWTs: signature, issuer, audience, expiry and not-before.
 * Anything else is UNAUTHENTICATED with HTTP 401 and no data.
 */
export async function createTokenVerifier(config: HubConfig): Promise<TokenVerifier> {
  const key = await keySource(config);
  return async (authorization) => {
    const match = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization ?? '');
    if (!match) throw unauthenticated('a bearer token is required (Authorization: Bearer <JWT>)');
    let claims: JWTPayload;
    try {
      const options = { issuer: config.auth.issuer, audience: config.auth.audience, algorithms: ALGORITHMS, requiredClaims: ['exp', 'sub'] };
      const verified =
        typeof key === 'function' ? await jwtVerify(match[1], key, options) : await jwtVerify(match[1], key, options);
      claims = verified.payload;
    } catch {
      // The reason (expired, bad signature, wrong audience) stays in our logs, not in the answer.
      throw unauthenticated('the bearer token is not valid');
    }
    const caller = callerFromClaims(claims);
    if (!caller) throw unauthenticated('the bearer token carries no usable role and organisation');
    return caller;
  };
}
