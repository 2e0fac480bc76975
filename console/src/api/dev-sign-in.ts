import { HubError } from './hub-client';

/** The gateway's development-only token endpoint (gateway/src/console/dev-token-route.ts); 404 in production. */
const DEV_TOKEN_PATH = '/console/dev-token';

async function json(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new HubError(response.ok ? 'UNKNOWN' : 'NETWORK_ERROR');
  }
}

function codeOf(body: unknown): string {
  const code = (body as { errors?: { extensions?: { code?: unknown } }[] } | undefined)?.errors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}

/** The roles a development token may be issued for, as the gateway lists them; none when the gateway offers no development sign-in. */
export async function devRoles(): Promise<string[]> {
  const response = await fetch(DEV_TOKEN_PATH, { credentials: 'omit' });
  if (response.status === 404) return [];
  const body = await json(response);
  if (!response.ok) throw new HubError(codeOf(body));
  return (body as { roles: string[] }).roles;
}

/** A development token for one role, kept by the caller in memory only. */
export async function devSignIn(role: string): Promise<string> {
  const response = await fetch(DEV_TOKEN_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role }),
    credentials: 'omit',
  });
  const body = await json(response);
  if (!response.ok) throw new HubError(codeOf(body));
  return (body as { token: string }).token;
}
