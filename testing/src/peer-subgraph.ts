import path from 'node:path';
import type { SubgraphDefinition, SubgraphName } from '@hub/common';

/**
 * Another subgraph, to run beside the one under test as the service it calls (the clients subgraph asks the
 * handoffs subgraph whether a partner organisation is active). Loaded at run time from that subgraph's build
 * output, by name: a subgraph's package depends on no other subgraph, not even for tests
 * (tools/src/package-graph.test.ts), and a compile-time reference here would make a cycle (handoffs' tests start
 * the clients subgraph through `@hub/testing/peers`). `npm test` builds every workspace before jest runs.
 */
export function peerSubgraph(name: SubgraphName): SubgraphDefinition {
  const file = path.resolve(__dirname, '../../subgraphs', name, 'dist/subgraph.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a run-time peer, on purpose not a package dependency (above)
  const loaded = require(file) as Record<string, SubgraphDefinition | undefined>;
  const definition = loaded[`${name}Subgraph`];
  if (!definition) throw new Error(`${file} exports no ${name}Subgraph: build first (npm run build)`);
  return definition;
}
