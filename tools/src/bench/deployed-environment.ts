import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** The image every hub service runs from (docker-compose.yml builds each service from it). */
const HUB_DOCKERFILE = path.resolve(__dirname, '..', '..', '..', 'gateway', 'Dockerfile');

/** `"a b"` or `'a b'` without its quotes; anything else as it is. */
const unquote = (value: string) => (/^(["']).*\1$/.test(value) ? value.slice(1, -1) : value);

/**
 * The environment a Dockerfile's final stage sets with `ENV` (both `ENV KEY=value ...` and the older
 * `ENV KEY value`), so a benchmark's processes run with what the deployed image gives them (above all
 * `NODE_ENV=production`, which graphql-js, Express and others read). Only what the benchmarks need:
 * no `${...}` substitution and no line continuations.
 */
export function imageEnvironment(dockerfile: string): Record<string, string> {
  const lines = dockerfile.split('\n').map((line) => line.trim());
  const finalStage = lines.slice(lines.map((line) => /^FROM\s/i.test(line)).lastIndexOf(true) + 1);
  const env: Record<string, string> = {};
  for (const line of finalStage) {
    const match = /^ENV\s+(.+)$/i.exec(line);
    if (!match) continue;
    const pairs = match[1].match(/[A-Za-z_][A-Za-z0-9_]*=("[^"]*"|'[^']*'|\S*)/g);
    if (pairs && match[1].trimStart().split(/\s+/)[0].includes('=')) {
      for (const pair of pairs) {
        const at = pair.indexOf('=');
        env[pair.slice(0, at)] = unquote(pair.slice(at + 1));
      }
    } else {
      const [key, ...rest] = match[1].split(/\s+/);
      env[key] = unquote(rest.join(' '));
    }
  }
  return env;
}

/** What the hub's image sets, read from gateway/Dockerfile. */
export const hubImageEnvironment = () => imageEnvironment(readFileSync(HUB_DOCKERFILE, 'utf8'));

/** Node's flags for the gateway as docker-compose.yml gives them (its heap limit), so a benchmark's gateway runs as deployed. */
export function deployedGatewayNodeOptions(): string {
  const compose = parse(readFileSync(path.resolve(__dirname, '..', '..', '..', 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: { gateway: { environment: Record<string, string | undefined> } };
  };
  return compose.services.gateway.environment.NODE_OPTIONS ?? '';
}
