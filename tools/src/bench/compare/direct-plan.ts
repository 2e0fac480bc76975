import type { Caller, SubgraphName } from '@hub/common';
import { BENCH_QUERIES, LOAD_PAGE, type BenchQuery } from './queries';
import { runDirectPlan, signPool, type DirectStep, type LoadRun } from './direct-load';
import type { SubgraphCredentials } from './subgraph-credentials';

/**
 * A cross-subgraph query as the gateway's query plan sends it, without a
 * gateway: the page from one subgraph with the client keys, then the client
 * fields from the clients subgraph's `_entities`, one after the other per
 * caller, each with the credential the gateway would send.
 */
export interface DirectPlan {
  caller: Caller;
  /** The subgraph that serves the page. */
  page: SubgraphName;
  /** The page's query, selecting `client { __typename id }` under `edges.node` of the root field `root`. */
  pageQuery: string;
  root: string;
  /** The client fields fetched through `_entities`, e.g. `name dateOfBirth`. */
  clientFields: string;
}

/**
 * A load run of the plan against the subgraphs at `urls`. Tokens are signed
 * before each run (a token is taken once), as many as the last run answered
 * per second with headroom; `dry` hears of requests that found no token left.
 */
export function directPlanRun(
  credentials: SubgraphCredentials,
  urls: Record<SubgraphName, string>,
  plan: DirectPlan,
  connections: number,
  dry: (requests: number) => void,
): (seconds: number) => Promise<LoadRun> {
  let expectedRps = 2_000;
  const pool = (audience: SubgraphName, body: string, seconds: number) =>
    signPool(credentials, plan.caller, audience, body, Math.ceil(expectedRps * seconds * 2) + 200);
  const page = JSON.stringify({ query: plan.pageQuery });
  let entities: string | undefined;
  return async (seconds) => {
    if (!entities) {
      const first = await signPool(credentials, plan.caller, plan.page, page, 1);
      const response = await fetch(urls[plan.page], {
        method: 'POST',
        headers: { 'content-type': 'application/json', [credentials.header]: first.next() },
        body: page,
      });
      type Edges = { edges: Array<{ node: { client: { __typename: string; id: string } | null } }> };
      const answer = (await response.json()) as { data?: Record<string, Edges> };
      // One representation per entity on the page, in page order, as @apollo/gateway's plan sends them: it does not
      // merge repeated keys (the benchmark's page names one client ten times), so neither does the direct plan.
      const representations = (answer.data?.[plan.root]?.edges ?? []).flatMap((edge) => (edge.node.client ? [edge.node.client] : []));
      if (!representations.length) throw new Error(`the ${plan.root} page named no clients: ${JSON.stringify(answer).slice(0, 300)}`);
      entities = JSON.stringify({
        query: `query($representations:[_Any!]!){_entities(representations:$representations){...on Client{${plan.clientFields}}}}`,
        variables: { representations },
      });
    }
    const steps: DirectStep[] = [
      { url: urls[plan.page], body: page, tokens: await pool(plan.page, page, seconds) },
      { url: urls.clients, body: entities, tokens: await pool('clients', entities, seconds) },
    ];
    const run = await runDirectPlan(credentials.header, steps, connections, seconds);
    const empty = steps.reduce((sum, step) => sum + step.tokens.dry, 0);
    if (empty) dry(empty);
    expectedRps = Math.max(100, run.answers / run.seconds);
    return run;
  };
}

const callerOf = (name: BenchQuery['name']) => BENCH_QUERIES.find((q) => q.name === name)!.caller;

/** The gateway's plans for the two cross-subgraph queries of BENCH_QUERIES, at the load's page size. */
export const DIRECT_PLANS: Partial<Record<BenchQuery['name'], DirectPlan>> = {
  handoffs: {
    caller: callerOf('handoffs'),
    page: 'handoffs',
    pageQuery: `{ handoffs(first: ${LOAD_PAGE}) { edges { node { id status categories client { __typename id } } } } }`,
    root: 'handoffs',
    clientFields: 'name dateOfBirth',
  },
  referrals: {
    caller: callerOf('referrals'),
    page: 'referrals',
    pageQuery: `{ referrals(first: ${LOAD_PAGE}) { edges { node { id status priority client { __typename id } } } } }`,
    root: 'referrals',
    clientFields: 'name riskLevel',
  },
};
