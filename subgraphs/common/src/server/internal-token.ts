import { createHash, randomUUID } from 'node:crypto';
import { decodeProtectedHeader, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { SUBGRAPH_NAMES, type SubgraphName } from '../config';
import { parseCaller, type Caller } from '../domain/caller';
import type { PublicKeySet, SigningKey } from './internal-keys';

/** The header that carries the signed caller to a subgraph. */
export const CALLER_HEADER = 'x-hub-caller';

const GATEWAY_ISSUER = 'kadera-hub-gateway';
/** Token types (JWT `typ`): one signed by the gateway, one by a subgraph calling another. */
const GATEWAY_TYPE = 'hub-caller+jwt';
const PEER_TYPE = 'hub-peer+jwt';
/** A call between subgraphs is signed just before it is sent and gives up after PEER_TIMEOUT_MS (5 s): so does its token. */
export const CALLER_TOKEN_LIFETIME_S = 5;
/**
 * The longest lifetime a subgraph accepts. The gateway's token lives as long as
 * the gateway waits for that fetch (SUBGRAPH_TIMEOUT_MS, 10 s by default): under
 * load a request can queue for seconds before the subgraph reads it, and a
 * token that expired meanwhile would turn a slow answer into a refusal. A
 * replay within that time is refused by its jti.
 */
export const MAX_CALLER_TOKEN_LIFETIME_S = 30;
/** Clocks of services on different hosts may differ this much. */
export const CALLER_TOKEN_CLOCK_SKEW_S = 2;

/** What a token is bound to: the service it is for and the exact bytes of the body sent with it. */
export interface BoundRequest {
  audience: SubgraphName;
  body: string | Buffer;
}

export const bodyHashOf = (body: string | Buffer) => createHash('sha256').update(body).digest('base64url');

function bound(payload: JWTPayload, request: BoundRequest, issuer: string, type: string, key: SigningKey, now: number, lifetimeS = CALLER_TOKEN_LIFETIME_S) {
  const iat = Math.floor(now / 1000);
  return new SignJWT({ ...payload, body_sha256: bodyHashOf(request.body) })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: type })
    .setIssuer(issuer)
    .setAudience(request.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + Math.min(lifetimeS, MAX_CALLER_TOKEN_LIFETIME_S))
    .setJti(randomUUID())
    .sign(key.privateKey);
}

/**
 * The gateway signs the verified caller for one request to one subgraph, for
 * as long as it waits for the answer. `now` is for tests that need a stale token.
 */
export function signCallerToken(
  caller: Caller,
  request: BoundRequest,
  key: SigningKey,
  now = Date.now(),
  lifetimeS = CALLER_TOKEN_LIFETIME_S,
): Promise<string> {
  const { userId, ...rest } = caller;
  return bound({ ...rest, sub: userId }, request, GATEWAY_ISSUER, GATEWAY_TYPE, key, now, lifetimeS);
}

/**
 * A subgraph asks another for the caller it is serving: its own key binds the
 * call, and the gateway token it received (addressed to it) proves the caller.
 */
export function signPeerToken(gatewayToken: string, issuer: SubgraphName, request: BoundRequest, key: SigningKey, now = Date.now()): Promise<string> {
  return bound({ gateway_token: gatewayToken }, request, issuer, PEER_TYPE, key, now);
}

/** Why a token was refused: logged, never the token itself. */
export type RefusalReason =
  'missing' | 'malformed' | 'unknown key' | 'bad signature' | 'expired' | 'wrong audience' | 'wrong issuer' | 'body mismatch' | 'replayed' | 'invalid claims';

export type CallerCheck =
  | { ok: true; caller: Caller; gatewayToken: string; /** The subgraph that passed the call on, if any. */ via?: SubgraphName }
  | { ok: false; reason: RefusalReason };

class Refused extends Error {
  constructor(readonly reason: RefusalReason) {
    super(reason);
  }
}

const keyFrom =
  (keys: PublicKeySet): JWTVerifyGetKey =>
  (header) => {
    const key = header.kid ? keys.get(header.kid) : undefined;
    if (!key) throw new Refused('unknown key');
    return key;
  };

function reasonOf(error: unknown): RefusalReason {
  if (error instanceof Refused) return error.reason;
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad signature';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'wrong audience';
    if (error.claim === 'iss') return 'wrong issuer';
    return 'invalid claims';
  }
  // Not a JWS, an algorithm other than EdDSA, a wrong `typ`, undecodable parts.
  return 'malformed';
}

async function verifyBound(token: string, keys: PublicKeySet, options: { audience: string; issuer?: string; type: string }) {
  const { payload } = await jwtVerify(token, keyFrom(keys), {
    algorithms: ['EdDSA'],
    audience: options.audience,
    issuer: options.issuer,
    typ: options.type,
    clockTolerance: CALLER_TOKEN_CLOCK_SKEW_S,
    maxTokenAge: MAX_CALLER_TOKEN_LIFETIME_S + CALLER_TOKEN_CLOCK_SKEW_S,
    requiredClaims: ['iss', 'aud', 'iat', 'exp', 'jti'],
  });
  // No signer of ours makes a longer-lived token; one that is was not made by the hub's code.
  if (payload.exp! - payload.iat! > MAX_CALLER_TOKEN_LIFETIME_S) throw new Refused('invalid claims');
  return payload as JWTPayload & { exp: number; jti: string; iss: string };
}

/** Token ids seen until they expire: a token is good for one request only. */
class SeenTokens {
  private readonly seen = new Map<string, number>();

  /** False when `jti` was seen before. */
  admit(jti: string, expiresAtS: number, nowMs = Date.now()): boolean {
    // Tokens are short-lived and arrive roughly in expiry order: drop expired ones from the front.
    for (const [id, expires] of this.seen) {
      if (expires * 1000 + CALLER_TOKEN_CLOCK_SKEW_S * 1000 >= nowMs) break;
      this.seen.delete(id);
    }
    if (this.seen.has(jti)) return false;
    this.seen.set(jti, expiresAtS);
    return true;
  }
}

/**
 * How a subgraph checks the caller header of a request whose raw body hashes
 * to `bodyHash`: a gateway token for this subgraph, or a peer token for this
 * subgraph carrying a gateway token for the peer. Either is bound to this
 * exact body, lives a few seconds and is taken once.
 */
export function createCallerCheck(name: SubgraphName, keys: { gateway: PublicKeySet; peers: PublicKeySet }) {
  const seen = new SeenTokens();
  const fromGateway = (token: string, audience: string) => verifyBound(token, keys.gateway, { audience, issuer: GATEWAY_ISSUER, type: GATEWAY_TYPE });
  const callerOf = (payload: JWTPayload) => {
    const caller = parseCaller({ ...payload, userId: payload.sub });
    if (!caller) throw new Refused('invalid claims');
    return caller;
  };

  return async (token: string | undefined, bodyHash: string | undefined): Promise<CallerCheck> => {
    if (!token) return { ok: false, reason: 'missing' };
    try {
      // The type only picks the key set the token must then verify against: a subgraph key never passes as the gateway's.
      const isPeer = decodeProtectedHeader(token).typ === PEER_TYPE;
      const payload = isPeer ? await verifyBound(token, keys.peers, { audience: name, type: PEER_TYPE }) : await fromGateway(token, name);
      if (!bodyHash || payload.body_sha256 !== bodyHash) throw new Refused('body mismatch');
      if (!seen.admit(payload.jti, payload.exp)) throw new Refused('replayed');
      if (!isPeer) return { ok: true, caller: callerOf(payload), gatewayToken: token };
      const via = payload.iss as SubgraphName;
      if (!SUBGRAPH_NAMES.includes(via) || via === name || typeof payload.gateway_token !== 'string') throw new Refused('invalid claims');
      // The caller is the gateway's, addressed to the peer: a subgraph cannot make one up, only pass its own on.
      const gatewayToken = payload.gateway_token;
      return { ok: true, caller: callerOf(await fromGateway(gatewayToken, via)), gatewayToken, via };
    } catch (error) {
      return { ok: false, reason: reasonOf(error) };
    }
  };
}
