import { createHash, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
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

/** Claims as they travel: the caller's fields beside the registered ones. */
type Claims = Record<string, unknown>;

const base64url = (json: unknown) => Buffer.from(JSON.stringify(json)).toString('base64url');

/** The protected header is the same for every token of one key and type: encoded once. */
const headers = new WeakMap<SigningKey, Map<string, string>>();
function encodedHeader(key: SigningKey, type: string): string {
  let byType = headers.get(key);
  if (!byType) headers.set(key, (byType = new Map<string, string>()));
  let header = byType.get(type);
  if (!header) byType.set(type, (header = base64url({ alg: 'EdDSA', kid: key.kid, typ: type })));
  return header;
}

/**
 * A compact JWS (RFC 7515; EdDSA over Ed25519, RFC 8037), signed synchronously with node:crypto:
 * one signature per fetch, no promise and no JOSE library in the request path.
 */
function bound(
  payload: Claims,
  request: BoundRequest,
  issuer: string,
  type: string,
  key: SigningKey,
  now: number,
  lifetimeS = CALLER_TOKEN_LIFETIME_S,
): string {
  const iat = Math.floor(now / 1000);
  const claims = {
    ...payload,
    body_sha256: bodyHashOf(request.body),
    iss: issuer,
    aud: request.audience,
    iat,
    exp: iat + Math.min(lifetimeS, MAX_CALLER_TOKEN_LIFETIME_S),
    jti: randomUUID(),
  };
  const input = `${encodedHeader(key, type)}.${base64url(claims)}`;
  return `${input}.${sign(null, Buffer.from(input), key.privateKey).toString('base64url')}`;
}

/**
 * The gateway signs the verified caller for one request to one subgraph, for
 * as long as it waits for the answer. `now` is for tests that need a stale token.
 */
export function signCallerToken(caller: Caller, request: BoundRequest, key: SigningKey, now = Date.now(), lifetimeS = CALLER_TOKEN_LIFETIME_S): string {
  const { userId, ...rest } = caller;
  return bound({ ...rest, sub: userId }, request, GATEWAY_ISSUER, GATEWAY_TYPE, key, now, lifetimeS);
}

/**
 * A subgraph asks another for the caller it is serving: its own key binds the
 * call, and the gateway token it received (addressed to it) proves the caller.
 */
export function signPeerToken(gatewayToken: string, issuer: SubgraphName, request: BoundRequest, key: SigningKey, now = Date.now()): string {
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

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function decoded(part: string): Claims {
  if (!BASE64URL.test(part)) throw new Refused('malformed');
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw new Refused('malformed');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Refused('malformed');
  return value as Claims;
}

/** A token split into its verified-to-be-well-formed parts; the signature is not checked yet. */
function parsed(token: string) {
  const parts = token.split('.');
  if (parts.length !== 3 || !BASE64URL.test(parts[2])) throw new Refused('malformed');
  const header = decoded(parts[0]);
  // EdDSA only, no critical extensions (e.g. an unencoded payload): anything else is not a token of ours.
  if (header.alg !== 'EdDSA' || 'crit' in header || 'b64' in header) throw new Refused('malformed');
  return { header, input: `${parts[0]}.${parts[1]}`, payload: parts[1], signature: Buffer.from(parts[2], 'base64url') };
}
type ParsedToken = ReturnType<typeof parsed>;

type VerifiedClaims = Claims & { iss: string; aud: string | string[]; iat: number; exp: number; jti: string };

function verifyBound(token: ParsedToken, keys: PublicKeySet, options: { audience: string; issuer?: string; type: string }): VerifiedClaims {
  const { header, input, payload, signature } = token;
  if (header.typ !== options.type) throw new Refused('malformed');
  const key: KeyObject | undefined = typeof header.kid === 'string' ? keys.get(header.kid) : undefined;
  if (!key) throw new Refused('unknown key');
  if (!verify(null, Buffer.from(input), key, signature)) throw new Refused('bad signature');
  const claims = decoded(payload);
  const { iss, aud, iat, exp, jti, nbf } = claims;
  if (typeof iss !== 'string' || typeof iat !== 'number' || typeof exp !== 'number' || typeof jti !== 'string' || !jti) throw new Refused('invalid claims');
  if (typeof aud !== 'string' && !(Array.isArray(aud) && aud.every((a) => typeof a === 'string'))) throw new Refused('invalid claims');
  if (!(typeof aud === 'string' ? aud === options.audience : aud.includes(options.audience))) throw new Refused('wrong audience');
  if (options.issuer !== undefined && iss !== options.issuer) throw new Refused('wrong issuer');
  const now = Math.floor(Date.now() / 1000);
  if (exp <= now - CALLER_TOKEN_CLOCK_SKEW_S) throw new Refused('expired');
  // Issued too long ago for any token of ours to be still alive.
  if (now - iat > MAX_CALLER_TOKEN_LIFETIME_S + 2 * CALLER_TOKEN_CLOCK_SKEW_S) throw new Refused('expired');
  if (iat > now + CALLER_TOKEN_CLOCK_SKEW_S) throw new Refused('invalid claims');
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > now + CALLER_TOKEN_CLOCK_SKEW_S)) throw new Refused('invalid claims');
  // No signer of ours makes a longer-lived token; one that is was not made by the hub's code.
  if (exp - iat > MAX_CALLER_TOKEN_LIFETIME_S) throw new Refused('invalid claims');
  return claims as VerifiedClaims;
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
  const fromGateway = (token: string, audience: string) => verifyBound(parsed(token), keys.gateway, { audience, issuer: GATEWAY_ISSUER, type: GATEWAY_TYPE });
  const callerOf = (payload: Claims) => {
    const caller = parseCaller({ ...payload, userId: payload.sub });
    if (!caller) throw new Refused('invalid claims');
    return caller;
  };

  return (token: string | undefined, bodyHash: string | undefined): CallerCheck => {
    if (!token) return { ok: false, reason: 'missing' };
    try {
      const outer = parsed(token);
      // The type only picks the key set the token must then verify against: a subgraph key never passes as the gateway's.
      const isPeer = outer.header.typ === PEER_TYPE;
      const payload = isPeer
        ? verifyBound(outer, keys.peers, { audience: name, type: PEER_TYPE })
        : verifyBound(outer, keys.gateway, { audience: name, issuer: GATEWAY_ISSUER, type: GATEWAY_TYPE });
      if (!bodyHash || payload.body_sha256 !== bodyHash) throw new Refused('body mismatch');
      if (!seen.admit(payload.jti, payload.exp)) throw new Refused('replayed');
      if (!isPeer) return { ok: true, caller: callerOf(payload), gatewayToken: token };
      const via = payload.iss as SubgraphName;
      if (!SUBGRAPH_NAMES.includes(via) || via === name || typeof payload.gateway_token !== 'string') throw new Refused('invalid claims');
      // The caller is the gateway's, addressed to the peer: a subgraph cannot make one up, only pass its own on.
      const gatewayToken = payload.gateway_token;
      return { ok: true, caller: callerOf(fromGateway(gatewayToken, via)), gatewayToken, via };
    } catch (error) {
      if (error instanceof Refused) return { ok: false, reason: error.reason };
      // Nothing else should throw; whatever did, the token is not one of ours.
      return { ok: false, reason: 'malformed' };
    }
  };
}
