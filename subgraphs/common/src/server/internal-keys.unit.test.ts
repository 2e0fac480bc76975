import { loadConfig } from '../config';
import { generateHubKeys, generateSigningKey, jwksOf, keyEnvironment, subgraphKeysOf } from './internal-keys';
import { subgraphKeysFrom } from './run';

describe('internal keys', () => {
  it('names each key by its thumbprint, the same on the signing and the verifying side', () => {
    const keys = generateHubKeys(['clients', 'handoffs']);
    const held = subgraphKeysOf(keys, 'clients');
    expect([...held.gateway.keys()]).toEqual([keys.gateway.kid]);
    expect([...held.peers.keys()].sort()).toEqual([keys.subgraphs.clients.kid, keys.subgraphs.handoffs.kid].sort());
    expect(held.gateway.has(held.signing.kid)).toBe(false);
  });

  it('a subgraph of its own starts only with its key, the gateway keys and the peer keys, its own among the peers', () => {
    const keys = generateHubKeys(['clients', 'handoffs']);
    expect(() => subgraphKeysFrom(loadConfig({}))).toThrow(/needs HUB_INTERNAL_SIGNING_KEY \(its own\), HUB_GATEWAY_PUBLIC_KEYS and HUB_PEER_PUBLIC_KEYS/);
    expect(() => subgraphKeysFrom(loadConfig({ HUB_MODE: 'production' }))).toThrow(/needs HUB_INTERNAL_SIGNING_KEY/);
    const env = keyEnvironment(keys, 'clients');
    expect(subgraphKeysFrom(loadConfig(env)).signing.kid).toBe(keys.subgraphs.clients.kid);
    // Given the gateway's private key, a subgraph could mint callers: refused.
    const withGatewayKey = { ...env, HUB_INTERNAL_SIGNING_KEY: keyEnvironment(keys, 'gateway').HUB_INTERNAL_SIGNING_KEY };
    expect(() => subgraphKeysFrom(loadConfig(withGatewayKey))).toThrow(/must not be one of HUB_GATEWAY_PUBLIC_KEYS/);
    const unlisted = { ...env, HUB_PEER_PUBLIC_KEYS: JSON.stringify(jwksOf([generateSigningKey()])) };
    expect(() => subgraphKeysFrom(loadConfig(unlisted))).toThrow(/must list the public half/);
  });
});
