import type { JWTPayload } from 'jose';
import { callerFromClaims } from '@hub/gateway';
import type { SubgraphCredentials } from './subgraph-credentials';

/**
 * The part of Hive Gateway's plugin interface this plugin uses (`onFetch`),
 * typed here: the package's own typings pull the DOM library into the whole
 * tools project (through @whatwg-node/fetch).
 */
export interface OnFetchPayload {
  url: string;
  options: { body?: unknown; headers?: Record<string, string> };
  setOptions: (options: OnFetchPayload['options']) => void;
  /** With the verified claims from the JWT plugin (`jwt`) when the fetch is made for a caller. */
  context: { jwt?: { payload?: JWTPayload } };
}

/**
 * Presents our subgraph credentials from Hive Gateway: for every subgraph
 * fetch made for a caller, the caller (from the JWT the gateway verified)
 * signed for that subgraph over the exact body sent, in the header our
 * subgraphs read, the way our gateway signs it.
 */
export function useHubCallerCredentials(credentials: SubgraphCredentials) {
  return {
    onFetch({ url, options, setOptions, context }: OnFetchPayload): Promise<void> | void {
      const claims = context.jwt?.payload;
      const caller = claims ? callerFromClaims(claims) : undefined;
      const subgraph = credentials.subgraphAt(url);
      if (!caller || !subgraph || typeof options.body !== 'string') return;
      return credentials.sign(caller, subgraph, options.body).then((token) => {
        setOptions({ ...options, headers: { ...options.headers, [credentials.header]: token } });
      });
    },
  };
}
