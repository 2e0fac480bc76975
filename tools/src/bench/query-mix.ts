import { type Caller } from '@hub/common';
import { testCallers } from '@hub/testing';
import type { BenchEnvironment } from './hub-processes';

/** One kind of caller and what it typically asks, across subgraphs. */
interface MixEntry {
  name: string;
  caller: Caller;
  query: string;
  /** Every subgraph the query needs (the fault benchmark expects errors only from a dead one among them). */
  touches: string[];
}

/**
 * What the hub's callers ask most: a GGZ partner its handoffs with the
 * consented client fields (handoffs + clients), staff the referral queue with
 * clients and shelter capacity (referrals + clients + placements), a referrer
 * its own referrals, a municipality its yearly figures (referrals + placements
 * + handoffs). Every top-level field is owned by a subgraph other than
 * clients, so with clients down each answer still has its top-level data.
 */
const QUERY_MIX: MixEntry[] = [
  {
    name: 'partner (GGZ)',
    caller: testCallers.partner(0),
    query: `{ handoffs(first: 10) { edges { node { id status categories client { id name dateOfBirth } } } } }`,
    touches: ['handoffs', 'clients'],
  },
  {
    name: 'staff',
    caller: testCallers.staff,
    query: `{ referrals(first: 10) { edges { node { id status priority client { id name riskLevel } } } }
      shelterCapacity { type capacity occupied available } }`,
    touches: ['referrals', 'clients', 'placements'],
  },
  {
    name: 'referrer',
    caller: testCallers.referrer(0),
    query: `{ referrals(first: 10) { edges { node { id status receivedAt } } } }`,
    touches: ['referrals'],
  },
  {
    name: 'municipality',
    caller: testCallers.municipality('GM0193'),
    query: `{ municipalityStatistics(municipalityCode: "GM0193", year: 2025) {
      referralsByKind { total { value } } clientsSheltered { value } handoffCompletionRate { value } } }`,
    touches: ['referrals', 'placements', 'handoffs'],
  },
];

export interface PreparedRequest {
  entry: MixEntry;
  headers: Record<string, string>;
  body: string;
}

/** Signs a token per caller and checks every query answers without errors before any load starts. */
export async function prepareMix(bench: BenchEnvironment): Promise<PreparedRequest[]> {
  const prepared: PreparedRequest[] = [];
  for (const entry of QUERY_MIX) {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${await bench.token(entry.caller)}` };
    const body = JSON.stringify({ query: entry.query });
    const response = await fetch(bench.gatewayUrl, { method: 'POST', headers, body });
    const answer = (await response.json()) as { data?: unknown; errors?: unknown[] };
    if (!response.ok || answer.errors) {
      throw new Error(`the ${entry.name} query does not answer cleanly: ${response.status} ${JSON.stringify(answer.errors)}`);
    }
    prepared.push({ entry, headers, body });
  }
  return prepared;
}
