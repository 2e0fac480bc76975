import { Side, type TransitionRule } from '@hub/common';
import { registerEnumType } from 'type-graphql';

export enum WaitlistStatus {
  WAITING = 'WAITING',
  OFFERED = 'OFFERED',
  ADMITTED = 'ADMITTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(WaitlistStatus, {
  name: 'WaitlistStatus',
  description:
    'WAITING for a place; OFFERED a freed place, held for the client until the offer is accepted (ADMITTED), declined or lapses ' +
    '(WAITING again, at the back of the queue); ADMITTED to the unit; WITHDRAWN: taken off the list.',
});

const { WAITING, OFFERED, ADMITTED, WITHDRAWN } = WaitlistStatus;

/** A move of the waitlist, and the operation (or event) that makes it, for docs/workflows.md. */
interface WaitlistRule extends TransitionRule<WaitlistStatus> {
  via: string;
}

/**
 * The waitlist entry's state machine: `admitClient` to a full unit creates an entry WAITING. A place that comes
 * free in the unit (a discharge, a lapsed or declined offer, a withdrawal, more capacity) is offered to the first
 * WAITING entry, which holds it while OFFERED. Kadera side only: the offer is made by the hub within a Kadera
 * caller's request (offers.ts), never by a partner or referrer.
 */
export const WAITLIST_TRANSITIONS: readonly WaitlistRule[] = [
  { from: [WAITING], to: OFFERED, by: [Side.KADERA], via: 'a place of the unit comes free (made by the hub at the next read or write of the unit)' },
  { from: [OFFERED], to: ADMITTED, by: [Side.KADERA], via: '`acceptWaitlistOffer`, or `admitClient` for that client and unit' },
  { from: [WAITING], to: ADMITTED, by: [Side.KADERA], via: '`admitClient` while the unit has a place neither taken nor held' },
  { from: [OFFERED], to: WAITING, by: [Side.KADERA], via: '`declineWaitlistOffer`, or the offer lapses (`offerExpiresAt` passed); back of the queue' },
  { from: [WAITING, OFFERED], to: WITHDRAWN, by: [Side.KADERA], via: '`withdrawFromWaitlist` (an offered place goes to the next client)' },
];

/** The statuses of an entry still on the list: its position counts among these. */
export const ON_THE_LIST: readonly WaitlistStatus[] = [WAITING, OFFERED];
