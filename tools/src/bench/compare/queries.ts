import type { Caller } from '@hub/common';
import { testCallers } from '@hub/testing';

/** What the gateway benchmark asks, by whom. */
export interface BenchQuery {
  name: 'shelter' | 'handoffs' | 'referrals';
  label: string;
  caller: Caller;
  /** The query for a page of `first` (the load uses 10; the statement count grows it to 100). */
  text(first: number): string;
  /** Whether the page grows with `first` (the statement count is only asked of these). */
  paged: boolean;
}

export const BENCH_QUERIES: readonly BenchQuery[] = [
  {
    name: 'shelter',
    label: '`shelterCapacity` (shelter role)',
    caller: testCallers.shelter,
    text: () => `{ shelterCapacity { type capacity occupied available } }`,
    paged: false,
  },
  {
    name: 'handoffs',
    label: 'GGZ handoffs with client fields (partner)',
    caller: testCallers.partnerOfType('GGZ'),
    text: (first) => `{ handoffs(first: ${first}) { edges { node { id status categories client { id name dateOfBirth } } } } }`,
    paged: true,
  },
  {
    name: 'referrals',
    label: 'staff referrals with clients (staff)',
    caller: testCallers.staff,
    text: (first) => `{ referrals(first: ${first}) { edges { node { id status priority client { id name riskLevel } } } } }`,
    paged: true,
  },
];

/** The load's page size. */
export const LOAD_PAGE = 10;
