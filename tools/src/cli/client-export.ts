import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '@hub/common';

const USAGE = 'usage: npm run --silent client:export -- <clientId> --reason "<why>" [--out file] [--gateway URL] [--user ID: development token only]';
const EXPORT = 'mutation ($clientId: UUID!, $reason: String!) { exportClientData(clientId: $clientId, reason: $reason) }';

/**
 * `npm run client:export`: the right of access export of one client, as JSON. It goes through the gateway as
 * any staff member's request does (the `exportClientData` mutation): the caller's own token (HUB_TOKEN: a staff
 * token of the identity provider) is verified, the export is logged under that person, and the subgraphs are
 * reached only as the gateway reaches them. In development, without HUB_TOKEN, it uses a development staff token.
 */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { reason: { type: 'string' }, out: { type: 'string' }, gateway: { type: 'string' }, user: { type: 'string' } },
  });
  const [clientId] = positionals;
  if (!clientId || !values.reason) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const gateway = values.gateway ?? `http://localhost:${config.gatewayPort}/graphql`;
  const token = process.env.HUB_TOKEN || (await developmentToken(config, values.user));
  const response = await fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: EXPORT, variables: { clientId, reason: values.reason } }),
  });
  const answer = (await response.json()) as { data?: { exportClientData?: unknown }; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (answer.errors?.length || !answer.data?.exportClientData) {
    for (const error of answer.errors ?? []) process.stderr.write(`client:export refused: ${error.extensions?.code ?? 'ERROR'}: ${error.message}\n`);
    if (!answer.errors?.length) process.stderr.write(`client:export failed: HTTP ${response.status}\n`);
    return 1;
  }
  const text = `${JSON.stringify(answer.data.exportClientData, null, 2)}\n`;
  if (values.out) {
    // The file holds a person's whole file: readable by its owner only.
    fs.writeFileSync(values.out, text, { mode: 0o600 });
    process.stderr.write(`client:export wrote ${values.out}\n`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}

async function developmentToken(config: ReturnType<typeof loadConfig>, user: string | undefined): Promise<string> {
  if (config.mode === 'production') throw new Error('set HUB_TOKEN to a staff token: development tokens are for development mode only');
  // Loaded only here: the gateway package is large, and a production caller brings a token of its own.
  const { issueDevToken } = await import('@hub/gateway');
  const keys = { keyDir: config.auth.devKeyDir, issuer: config.auth.issuer, audience: config.auth.audience };
  return issueDevToken({ role: 'staff', user }, keys);
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    process.stderr.write(`client:export failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
