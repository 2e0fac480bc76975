import { CLOSED_STATUSES, Side, TaskStatus, type TransitionRule } from '@hub/common';
import { registerEnumType } from 'type-graphql';

/** The sides that act on a referral: Kadera's intake team and the professional who referred. */
export enum ReferralSide {
  KADERA = 'KADERA',
  REFERRER = 'REFERRER',
}
registerEnumType(ReferralSide, { name: 'ReferralSide', description: 'Who made a referral status change.' });

const { REQUESTED, RECEIVED, ACCEPTED, REJECTED, ON_HOLD, IN_PROGRESS, COMPLETED, CANCELLED, FAILED, ENTERED_IN_ERROR } =
  TaskStatus;

const OPEN_STATUSES = Object.values(TaskStatus).filter((status) => !CLOSED_STATUSES.has(status));

/** The referral state machine (DESIGN.md section 6, FHIR Task). Reasons: see REASON_REQUIRED in common. */
export const REFERRAL_TRANSITIONS: readonly TransitionRule[] = [
  { from: [REQUESTED], to: RECEIVED, by: [Side.KADERA] },
  { from: [RECEIVED, ON_HOLD], to: ACCEPTED, by: [Side.KADERA] },
  { from: [RECEIVED, ON_HOLD], to: REJECTED, by: [Side.KADERA] },
  { from: [RECEIVED, IN_PROGRESS], to: ON_HOLD, by: [Side.KADERA] },
  { from: [ON_HOLD], to: CANCELLED, by: [Side.KADERA] },
  { from: [ACCEPTED], to: IN_PROGRESS, by: [Side.KADERA] },
  { from: [IN_PROGRESS], to: COMPLETED, by: [Side.KADERA] },
  { from: [IN_PROGRESS], to: FAILED, by: [Side.KADERA] },
  { from: OPEN_STATUSES, to: ENTERED_IN_ERROR, by: [Side.KADERA] },
  // The referring professional may withdraw until Kadera has taken the referral up.
  { from: [REQUESTED, RECEIVED, ON_HOLD], to: CANCELLED, by: [Side.REFERRER] },
];

export function referralSideOf(side: Side): ReferralSide {
  return side === Side.KADERA ? ReferralSide.KADERA : ReferralSide.REFERRER;
}
