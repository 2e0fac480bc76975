import { generateHubKeys, keyEnvironment, SUBGRAPH_NAMES } from '@hub/common';

/*
 * `npm run --silent internal-keys`: a fresh set of keys for services in
 * separate processes or containers, as environment lines per service. Each
 * service gets only its own block: the gateway's private key never goes to a
 * subgraph, a subgraph's never to another.
 */
const keys = generateHubKeys(SUBGRAPH_NAMES);
const quoted = (value: string) => `'${value.replace(/\n/g, '\\n')}'`;
for (const service of ['gateway', ...SUBGRAPH_NAMES] as const) {
  process.stdout.write(`# ${service}\n`);
  for (const [name, value] of Object.entries(keyEnvironment(keys, service))) process.stdout.write(`${name}=${quoted(value)}\n`);
  process.stdout.write('\n');
}
