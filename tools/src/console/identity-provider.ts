import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface IdentityProviderOptions {
  /** The audience (resource) of the access tokens: the gateway's AUTH_AUDIENCE. */
  audience: string;
  clientId: string;
  /** The console's address, where the provider sends the browser back after sign-in and sign-out. */
  redirectUri: string;
  /** Who may sign in (login name = `sub`), with the claims the hub reads. */
  accounts: Record<string, { roles: string[]; org?: string }>;
}

export interface IdentityProvider {
  issuer: string;
  jwksUrl: string;
  stop(): Promise<void>;
}

/** Starts identity-provider-main.js in a node process of its own and waits until it listens. */
export async function startIdentityProvider(options: IdentityProviderOptions): Promise<IdentityProvider> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'identity-provider-main.js'), JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve((JSON.parse(line) as { issuer: string }).issuer);
    });
    child.once('exit', (code) => reject(new Error(`the identity provider exited (${code}): ${errors}`)));
  });
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
