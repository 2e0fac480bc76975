import { HandoffsChangedSinceDocument, type HandoffSummaryFragment } from './gql/graphql';
import type { HubClient } from './hub-client';

/**
 * Where the last poll stopped: keep it between runs (a file, a database row) and pass it back in. The hub's rule:
 * same `updatedSince` every time, `after` = the last `endCursor`; every handoff changed since then comes once, in its
 * latest state, oldest change first.
 */
export interface PollState {
  updatedSince: string;
  after: string | null;
}

/** A first run: everything changed since `since` (default: the start of the hub's records). */
export function initialPollState(since = '1970-01-01T00:00:00Z'): PollState {
  return { updatedSince: since, after: null };
}

const PAGE_SIZE = 50;

/** Every handoff of ours changed since `state`, page after page, and the state to keep for the next poll. */
export async function pollChangedHandoffs(client: HubClient, state: PollState): Promise<{ handoffs: HandoffSummaryFragment[]; state: PollState }> {
  const handoffs: HandoffSummaryFragment[] = [];
  let after = state.after;
  for (;;) {
    const page = (await client.request(HandoffsChangedSinceDocument, { updatedSince: state.updatedSince, after, first: PAGE_SIZE })).handoffs;
    handoffs.push(...page.edges.map((edge) => edge.node));
    if (page.pageInfo.endCursor) after = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage) return { handoffs, state: { updatedSince: state.updatedSince, after } };
  }
}
