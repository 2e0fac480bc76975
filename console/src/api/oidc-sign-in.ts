import type { UserManager } from 'oidc-client-ts';
import type { OidcSettings } from './console-config';

/**
 * Production sign-in: OpenID Connect authorization code + PKCE with oidc-client-ts, loaded only when the gateway
 * names an identity provider (a chunk of its own: the development console never loads it).
 *
 * The tokens live in memory only (an InMemoryWebStorage user store). The one thing that must outlive the redirect to
 * the provider and back is the sign-in request's state with its PKCE code verifier: it waits in sessionStorage under
 * STATE_PREFIX for the few seconds of the round trip and is removed as soon as the console is back (handleRedirect),
 * whatever the outcome. Nothing is kept in localStorage or a cookie.
 */
const STATE_PREFIX = 'kadera-console.oidc.';

/** Where the provider sends the browser back, after sign-in and after sign-out: the console itself. */
const consoleUrl = () => new URL('/console/', window.location.origin).href;

let manager: Promise<UserManager> | undefined;
let idToken: string | undefined;

function userManager(settings: OidcSettings): Promise<UserManager> {
  manager ??= import('oidc-client-ts').then(
    ({ InMemoryWebStorage, UserManager, WebStorageStateStore }) =>
      new UserManager({
        authority: settings.authority,
        client_id: settings.clientId,
        redirect_uri: consoleUrl(),
        post_logout_redirect_uri: consoleUrl(),
        response_type: 'code',
        scope: settings.scope,
        resource: settings.resource,
        userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
        stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: STATE_PREFIX }),
        loadUserInfo: false,
        automaticSilentRenew: false,
        monitorSession: false,
        revokeTokensOnSignout: false,
      }),
  );
  return manager;
}

/** Removes every sign-in request the console left in sessionStorage (its own prefix only). */
function forgetPendingState(): void {
  for (let i = window.sessionStorage.length - 1; i >= 0; i -= 1) {
    const key = window.sessionStorage.key(i);
    if (key?.startsWith(STATE_PREFIX)) window.sessionStorage.removeItem(key);
  }
}

/** Goes to the provider's sign-in page (authorization code + PKCE, S256). */
export async function startOidcSignIn(settings: OidcSettings): Promise<void> {
  forgetPendingState();
  await (await userManager(settings)).signinRedirect();
}

/** Whether this page load is the provider sending the browser back (a code, an error or a sign-out's state). */
export function isRedirectBack(): boolean {
  const params = new URLSearchParams(window.location.search);
  return params.has('state') || params.has('code') || params.has('error');
}

/**
 * On the way back from the provider: exchanges the code (with the verifier) for tokens and returns the access token,
 * or undefined after a sign-out. Either way the pending state is gone afterwards and the address bar is clean.
 */
export async function handleRedirect(settings: OidcSettings): Promise<string | undefined> {
  const params = new URLSearchParams(window.location.search);
  try {
    if (!params.has('code') && !params.has('error')) return undefined;
    const user = await (await userManager(settings)).signinRedirectCallback();
    idToken = user.id_token;
    return user.access_token;
  } finally {
    forgetPendingState();
    window.history.replaceState(null, '', consoleUrl());
  }
}

/**
 * Forgets the session in the console and, when the provider offers RP-initiated logout (end_session_endpoint), ends
 * it there too: the browser goes to the provider and comes back to the console signed out.
 */
export async function oidcSignOut(settings: OidcSettings): Promise<void> {
  const users = await userManager(settings);
  const hint = idToken;
  idToken = undefined;
  await users.removeUser();
  forgetPendingState();
  if (!(await users.metadataService.getEndSessionEndpoint())) return;
  await users.signoutRedirect({ id_token_hint: hint });
}
