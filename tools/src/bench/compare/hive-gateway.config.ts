import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JWTPayload } from 'jose';
import { callerFromClaims, DEV_ALGORITHM, readSupergraph, SUPERGRAPH_PATH, supergraphRules } from '@hub/gateway';
import { useHubCallerCredentials } from './hive-caller-plugin';
import { subgraphCredentials } from './subgraph-credentials';

/**
 * Hive Gateway (`hive-gateway supergraph -c <this file, compiled>`) over our
 * supergraph and subgraphs, as the gateway benchmark runs it: the bearer JWT
 * verified with the development key (its JWT plugin), the supergraph's
 * `@requiresScopes` enforced by its generic-auth plugin with the caller's roles
 * as scopes, and our subgraph credentials presented by a plugin of ours.
 */

/** What this config uses of the package, typed here: its own typings pull the DOM library into the whole tools project. */
interface HiveHelpers {
  defineConfig: <T>(config: T) => T;
  createInlineSigningKeyProvider: (key: string) => (kid?: string) => string;
  extractFromHeader: (options: { name: string; prefix?: string }) => unknown;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createInlineSigningKeyProvider, defineConfig, extractFromHeader } = require('@graphql-hive/gateway') as HiveHelpers;

const credentials = subgraphCredentials();
const { auth } = credentials.config;
const publicKey = readFileSync(path.join(auth.devKeyDir, 'dev-signing-key.pub.pem'), 'utf8');
/**
 * `@policy` names row conditions the subgraphs check (a partner's own handoff, a
 * consent); our gateway checks only the scopes. Generic auth would refuse every
 * field with a policy the caller does not hold, so every caller holds them all here.
 */
const rowPolicies = [...new Set([...supergraphRules(readSupergraph()).values()].flatMap((rule) => rule.policies?.flat() ?? []))];

export const gatewayConfig = defineConfig({
  supergraph: SUPERGRAPH_PATH,
  // The supergraph names the subgraphs at `npm start`'s ports; the benchmark runs them elsewhere.
  // In-flight deduplication off: it keys a subgraph fetch on its body alone, before this config's plugin adds the caller,
  // so it would hand one caller's answer to another, and serve identical requests once where the other gateways send each.
  transportEntries: Object.fromEntries(
    Object.entries(credentials.urls).map(([name, location]) => [name, { location, options: { deduplicateInflightRequests: false } }]),
  ),
  jwt: {
    signingKeyProviders: [createInlineSigningKeyProvider(publicKey)],
    tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' })],
    tokenVerification: { issuer: auth.issuer, audience: auth.audience, algorithms: [DEV_ALGORITHM] },
    reject: { missingToken: true, invalidToken: true },
  },
  genericAuth: {
    mode: 'protect-granular',
    resolveUserFn: (context: { jwt?: { payload?: JWTPayload } }) => context.jwt?.payload ?? null,
    extractScopes: (claims: JWTPayload) => callerFromClaims(claims)?.roles ?? [],
    extractPolicies: () => rowPolicies,
    rejectUnauthenticated: true,
  },
  plugins: () => [useHubCallerCredentials(credentials)],
});
