#!/usr/bin/env node
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { initialPollState, type PollState } from './changed-since';
import { runGgzFlow } from './ggz-flow';
import { ForbiddenError, PersistedDocumentsError, RateLimitedError, UnauthenticatedError } from './hub-errors';

const USAGE = `usage: KADERA_HUB_TOKEN=<jwt> node dist/main.js --url <gateway /graphql url> [--state-file <path>] [--since <ISO time>] [--send-query-text]

Runs the GGZ partner flow once: reads the handoffs changed since the last run (the state file), acknowledges,
accepts, notes and completes each new one, and writes the new state. Prints handoff ids and statuses only.`;

/** Exit codes a scheduler can act on: 2 fix the credentials, 3 fix this client, 4 come back later, 5 register the documents. */
function exitCodeOf(error: unknown): number {
  if (error instanceof UnauthenticatedError) return 2;
  if (error instanceof ForbiddenError) return 3;
  if (error instanceof RateLimitedError) return 4;
  if (error instanceof PersistedDocumentsError) return 5;
  return 1;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      'state-file': { type: 'string', default: '.kadera-poll-state.json' },
      since: { type: 'string' },
      'send-query-text': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const token = process.env.KADERA_HUB_TOKEN;
  if (values.help || !values.url || !token) {
    console.error(USAGE);
    return values.help ? 0 : 64;
  }
  const stateFile = values['state-file'];
  const state: PollState = fs.existsSync(stateFile) ? (JSON.parse(fs.readFileSync(stateFile, 'utf8')) as PollState) : initialPollState(values.since);
  try {
    const report = await runGgzFlow({
      url: values.url,
      // A scheduled job gets a fresh token per run from the identity provider; here the environment holds it, so a
      // refresh can only offer the same one and a refused token ends the run.
      getToken: async () => token,
      state,
      sendQueryText: values['send-query-text'],
      onEvent: (event) => console.error(JSON.stringify(event)),
    });
    fs.writeFileSync(stateFile, `${JSON.stringify(report.state)}\n`);
    console.log(JSON.stringify({ ...report, state: undefined }, null, 2));
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : 'unexpected failure');
    return exitCodeOf(error);
  }
}

main().then(
  (code) => process.exit(code),
  () => process.exit(1),
);
