import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import type { IdentityProviderOptions } from './identity-provider';

/**
 * A real OpenID provider (`oidc-provider`) for the console's browser test, in a process of its own: oidc-provider is
 * an ES module, which jest 29's module loader cannot load, so the test starts this file with node
 * (identity-provider.ts) and reads one line, `{"issuer": ...}`, once it listens. Its options come as JSON in argv[2].
 *
 * It signs in any account named in `accounts` on its development login page (any password), with authorization code
 * + PKCE only, and asks for consent on its development consent page, and issues JWT access tokens (RFC 9068) for the hub's audience carrying the account's `roles` and
 * `org`, signed with an ES256 key made at start whose JWKS it serves at /jwks (what the gateway is pointed at).
 */
async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2]) as IdentityProviderOptions;
  const { default: Provider, errors } = await import('oidc-provider');
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'ES256', use: 'sig' };
  const { audience, clientId } = options;
  const resourceServer = { scope: 'hub', audience, accessTokenFormat: 'jwt' as const, accessTokenTTL: 600, jwt: { sign: { alg: 'ES256' as const } } };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        id_token_signed_response_alg: 'ES256',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: [options.redirectUri],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['console-oidc-test-cookie-key'] },
    pkce: { required: () => true },
    scopes: ['openid', 'hub'],
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== audience) throw new errors.InvalidTarget();
          return resourceServer;
        },
      },
    },
    findAccount: async (_ctx, sub) => (options.accounts[sub] ? { accountId: sub, claims: async () => ({ sub }) } : undefined),
    extraTokenClaims: async (_ctx, token) => {
      const account = 'accountId' in token && typeof token.accountId === 'string' ? options.accounts[token.accountId] : undefined;
      return account ? { roles: account.roles, ...(account.org ? { org: account.org } : {}) } : undefined;
    },
  });
  const handle = provider.callback();
  server.on('request', (request, response) => void handle(request, response));
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`identity provider failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
