import { HubError } from './hub-client';

/** How the gateway says the console signs in (gateway/src/console/console-routes.ts, ConsoleConfig; CONSOLE_OIDC_*). */
export interface OidcSettings {
  authority: string;
  clientId: string;
  scope: string;
  /** The RFC 8707 resource to ask the access token for; unset: the provider adds the hub's audience itself. */
  resource?: string;
}

export type ConsoleConfig = { signIn: 'oidc'; oidc: OidcSettings } | { signIn: 'development' } | { signIn: 'none' };

const CONFIG_PATH = '/console/config.json';

/** Reads /console/config.json: the gateway's configuration at run time, never baked into the build. */
export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  let body: unknown;
  try {
    const response = await fetch(CONFIG_PATH, { credentials: 'omit', cache: 'no-cache' });
    if (!response.ok) throw new HubError('NETWORK_ERROR');
    body = await response.json();
  } catch (error) {
    throw error instanceof HubError ? error : new HubError('NETWORK_ERROR');
  }
  const config = body as ConsoleConfig;
  if (config.signIn === 'oidc' || config.signIn === 'development' || config.signIn === 'none') return config;
  throw new HubError('UNKNOWN');
}
