import { CALLER_HEADER, loadConfig, signCallerToken, type Caller, type HubConfig, type SubgraphName } from '@hub/common';

/**
 * What the comparison gateways need to be accepted by the hub's subgraphs:
 * the caller signed for each subgraph request exactly as our gateway signs it
 * (signCallerToken, with the gateway's key from the same environment the
 * gateway's own process reads: HUB_INTERNAL_SIGNING_KEY), so every gateway
 * pays the same price for it and the subgraphs do the same work.
 */
export interface SubgraphCredentials {
  config: HubConfig;
  /** The header that carries the signed caller. */
  header: string;
  /** The subgraphs where they run in this benchmark, by name. */
  urls: Record<SubgraphName, string>;
  /** The subgraph served at `url`, if any. */
  subgraphAt(url: string): SubgraphName | undefined;
  /** The caller signed for one request to `audience` with exactly this body. */
  sign(caller: Caller, audience: SubgraphName, body: string, lifetimeS?: number): Promise<string>;
}

export function subgraphCredentials(config = loadConfig()): SubgraphCredentials {
  const key = config.internalKeys.signingKey;
  if (!key) throw new Error('a comparison gateway needs the gateway key (HUB_INTERNAL_SIGNING_KEY), as the gateway does in a process of its own');
  const byUrl = new Map(Object.entries(config.subgraphUrls).map(([name, url]) => [url, name as SubgraphName]));
  // As long as our gateway lets a token live: as long as it waits for the subgraph's answer.
  const gatewayLifetimeS = Math.ceil(config.timeouts.subgraphMs / 1000);
  return {
    config,
    header: CALLER_HEADER,
    urls: config.subgraphUrls,
    subgraphAt: (url) => byUrl.get(url),
    sign: async (caller, audience, body, lifetimeS = gatewayLifetimeS) => signCallerToken(caller, { audience, body }, key, Date.now(), lifetimeS),
  };
}
