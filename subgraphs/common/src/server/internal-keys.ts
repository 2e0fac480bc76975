import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { SubgraphName } from '../config';

/**
 * Ed25519 keys for the tokens between the hub's own services. A key's id is
 * its RFC 7638 thumbprint, so the signer and every verifier agree on it
 * without a separate setting, and a key set lists keys for rotation.
 */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  /** The public half as a JWK (with `kid`), for a JWKS. */
  publicJwk: PublicJwk;
}

export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

/** Public keys by key id. */
export type PublicKeySet = ReadonlyMap<string, KeyObject>;

/** Every key of a hub in one process: made at start, never written anywhere. */
export interface HubKeys {
  /** Signs the caller for each subgraph request. */
  gateway: SigningKey;
  /** Each subgraph's own key, for its calls to the other subgraphs. */
  subgraphs: Record<SubgraphName, SigningKey>;
}

/** What a subgraph holds: its own private key and only the public keys of the others. */
export interface SubgraphKeys {
  signing: SigningKey;
  /** Keys whose tokens count as the gateway's. */
  gateway: PublicKeySet;
  /** Keys whose signature on a subgraph-to-subgraph call is accepted. */
  peers: PublicKeySet;
}

function thumbprint(x: string): string {
  // RFC 7638: the required members in lexicographic order, no whitespace.
  return createHash('sha256')
    .update(JSON.stringify({ crv: 'Ed25519', kty: 'OKP', x }))
    .digest('base64url');
}

function publicJwkOf(key: KeyObject): PublicJwk {
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('the key is not an Ed25519 key');
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid: thumbprint(jwk.x), alg: 'EdDSA', use: 'sig' };
}

export function signingKeyOf(privateKey: KeyObject): SigningKey {
  const publicJwk = publicJwkOf(privateKey);
  return { kid: publicJwk.kid, privateKey, publicJwk };
}

export function generateSigningKey(): SigningKey {
  return signingKeyOf(generateKeyPairSync('ed25519').privateKey);
}

export function generateHubKeys(names: readonly SubgraphName[]): HubKeys {
  return { gateway: generateSigningKey(), subgraphs: Object.fromEntries(names.map((name) => [name, generateSigningKey()])) as HubKeys['subgraphs'] };
}

/** The keys a subgraph of a one-process hub holds. */
export function subgraphKeysOf(keys: HubKeys, name: SubgraphName): SubgraphKeys {
  return {
    signing: keys.subgraphs[name],
    gateway: publicKeySet([keys.gateway]),
    peers: publicKeySet(Object.values(keys.subgraphs)),
  };
}

export function publicKeySet(keys: SigningKey[]): PublicKeySet {
  return new Map(keys.map((key) => [key.kid, createPublicKey(key.privateKey)]));
}

export function jwksOf(keys: SigningKey[]): { keys: PublicJwk[] } {
  return { keys: keys.map((key) => key.publicJwk) };
}

/** A PKCS8 PEM Ed25519 private key; `\n` escapes (as .env files carry them) count as line breaks. */
export function readSigningKey(pem: string): SigningKey {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem.replace(/\\n/g, '\n'), format: 'pem' });
  } catch {
    throw new Error('is not a PEM private key (PKCS8)');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`must be an Ed25519 key, not ${key.asymmetricKeyType}`);
  return signingKeyOf(key);
}

/** A JWKS (`{"keys":[…]}`) of Ed25519 public keys; a `kid`, when given, must be the key's thumbprint. */
export function readPublicKeySet(json: string): PublicKeySet {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('is not JSON (a JWKS: {"keys":[…]})');
  }
  const keys = (parsed as { keys?: unknown })?.keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new Error('must be a JWKS with at least one key: {"keys":[…]}');
  const set = new Map<string, KeyObject>();
  for (const jwk of keys as Array<Record<string, unknown>>) {
    if (jwk?.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string' || 'd' in jwk) {
      throw new Error('must hold only Ed25519 public keys (kty OKP, crv Ed25519, x; never d)');
    }
    const kid = thumbprint(jwk.x);
    if (jwk.kid !== undefined && jwk.kid !== kid) throw new Error(`names a key ${JSON.stringify(jwk.kid)} whose kid is not its thumbprint (${kid})`);
    set.set(kid, createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' }));
  }
  return set;
}

const pemOf = (key: SigningKey) => key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

/**
 * The environment a service in a process of its own needs (config.ts reads
 * it): the gateway its private key; a subgraph its own private key and the
 * public keys of the gateway and of every subgraph.
 */
export function keyEnvironment(keys: HubKeys, service: SubgraphName | 'gateway'): Record<string, string> {
  if (service === 'gateway') return { HUB_INTERNAL_SIGNING_KEY: pemOf(keys.gateway) };
  return {
    HUB_INTERNAL_SIGNING_KEY: pemOf(keys.subgraphs[service]),
    HUB_GATEWAY_PUBLIC_KEYS: JSON.stringify(jwksOf([keys.gateway])),
    HUB_PEER_PUBLIC_KEYS: JSON.stringify(jwksOf(Object.values(keys.subgraphs))),
  };
}
