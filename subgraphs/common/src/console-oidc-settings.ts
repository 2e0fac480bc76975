/**
 * The staff console's identity provider (docs/console.md, "Signing in"): the console signs in there with OpenID
 * Connect authorization code + PKCE, and sends the access token it gets to /graphql, where the gateway verifies it as
 * any other (AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE). Unset: the console offers only the development role picker.
 */
export interface ConsoleOidcSettings {
  /** CONSOLE_OIDC_ISSUER: the provider's issuer URL; its /.well-known/openid-configuration is read by the browser. */
  issuer: string;
  /** CONSOLE_OIDC_CLIENT_ID: the console's client id there (a public client: no secret, PKCE). */
  clientId: string;
  /** CONSOLE_OIDC_SCOPES: the scopes asked for, separated by spaces; always including `openid`. */
  scopes: string;
  /**
   * CONSOLE_OIDC_AUDIENCE: the audience the console asks the access token for, sent as the RFC 8707 `resource`, which
   * must be an absolute URI; default AUTH_AUDIENCE when that is one. Undefined: no resource is sent, and the provider
   * must put the hub's audience into the console's tokens by its own configuration (e.g. an audience mapper).
   */
  resource?: string;
}

function isAbsoluteUri(value: string): boolean {
  try {
    return !!new URL(value).protocol && !/\s/.test(value);
  } catch {
    return false;
  }
}

/** Scopes: letters, digits and the printable ASCII RFC 6749 allows, separated by single spaces. */
const SCOPE = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

/**
 * Reads the console's identity provider from the environment; undefined when neither CONSOLE_OIDC_ISSUER nor
 * CONSOLE_OIDC_CLIENT_ID is set. Returns a list of faults (empty when none) for the caller's ConfigError.
 */
export function readConsoleOidc(env: NodeJS.ProcessEnv, production: boolean, defaultAudience: string): { settings?: ConsoleOidcSettings; faults: string[] } {
  const issuer = env.CONSOLE_OIDC_ISSUER?.trim() || undefined;
  const clientId = env.CONSOLE_OIDC_CLIENT_ID?.trim() || undefined;
  const others = ['CONSOLE_OIDC_SCOPES', 'CONSOLE_OIDC_AUDIENCE'].filter((name) => env[name]);
  if (!issuer && !clientId) {
    return { faults: others.length ? [`${others.join(' and ')} set without CONSOLE_OIDC_ISSUER and CONSOLE_OIDC_CLIENT_ID`] : [] };
  }
  const faults: string[] = [];
  if (!issuer) faults.push('CONSOLE_OIDC_CLIENT_ID is set but CONSOLE_OIDC_ISSUER is not: set both, or neither for the development sign-in only');
  if (!clientId) faults.push('CONSOLE_OIDC_ISSUER is set but CONSOLE_OIDC_CLIENT_ID is not: set both, or neither for the development sign-in only');
  if (issuer) {
    let url: URL | undefined;
    try {
      url = new URL(issuer);
    } catch {
      faults.push(`CONSOLE_OIDC_ISSUER must be an absolute URL, got "${issuer}"`);
    }
    if (url) {
      if (url.protocol !== 'https:' && url.protocol !== 'http:') faults.push(`CONSOLE_OIDC_ISSUER must be an http(s) URL, got "${issuer}"`);
      else if (production && url.protocol !== 'https:') faults.push(`CONSOLE_OIDC_ISSUER must be https in production, got "${issuer}"`);
      if (url.search || url.hash || url.username || url.password) faults.push('CONSOLE_OIDC_ISSUER must have no query, fragment or credentials');
    }
  }
  if (clientId && !/^[\x21-\x7E]{1,200}$/.test(clientId)) faults.push('CONSOLE_OIDC_CLIENT_ID must be 1 to 200 printable ASCII characters without spaces');
  const scopes = (env.CONSOLE_OIDC_SCOPES?.trim() || 'openid').split(/\s+/);
  if (!scopes.every((scope) => SCOPE.test(scope))) faults.push(`CONSOLE_OIDC_SCOPES must be scopes separated by spaces, got "${env.CONSOLE_OIDC_SCOPES}"`);
  if (!scopes.includes('openid')) scopes.unshift('openid');
  const audience = env.CONSOLE_OIDC_AUDIENCE?.trim();
  if (audience && !isAbsoluteUri(audience))
    faults.push(`CONSOLE_OIDC_AUDIENCE must be an absolute URI (it is sent as the RFC 8707 resource), got "${audience}"`);
  const resource = audience || (isAbsoluteUri(defaultAudience) ? defaultAudience : undefined);
  if (faults.length || !issuer || !clientId) return { faults };
  return { settings: { issuer, clientId, scopes: [...new Set(scopes)].join(' '), resource }, faults };
}

/** The origin the browser talks to for sign-in: the only one the console's Content-Security-Policy adds. */
export const consoleOidcOrigin = (settings: ConsoleOidcSettings): string => new URL(settings.issuer).origin;
