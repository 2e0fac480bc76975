import { Side, type TransitionRule } from '@hub/common';
import { registerEnumType } from 'type-graphql';

export enum WaitlistStatus {
  WAITING = 'WAITING',
  ADMITTED = 'ADMITTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(WaitlistStatus, {
  name: 'WaitlistStatus',
  description: 'WAITING until the client is admitted to the unit (ADMITTED) or taken off the list (WITHDRAWN).',
});

const { WAITING, ADMITTED, WITHDRAWN } = WaitlistStatus;

/**
 * The waitlist entry's state machine: `admitClient` to a full unit creates an entry WAITING; admitting the
 * client to that unit later makes it ADMITTED, `withdrawFromWaitlist` WITHDRAWN. Kadera side only.
 */
export const WAITLIST_TRANSITIONS: readonly TransitionRule<WaitlistStatus>[] = [
  { from: [WAITING], to: ADMITTED, by: [Side.KADERA] },
  { from: [WAITING], to: WITHDRAWN, by: [Side.KADERA] },
];
