import { openStatuses, Side, type TransitionRule } from '@hub/common/browser';

/*
 * The referral state machine and its statuses, loading only `@hub/common/browser`: the subgraph checks every move
 * with this table (referral.workflow.ts, referral-transition.ts) and the console shows the legal moves from it.
 */

/** Where a referral stands: the HL7 FHIR Task statuses the referral workflow uses. */
export enum ReferralStatus {
  REQUESTED = 'REQUESTED',
  RECEIVED = 'RECEIVED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  ON_HOLD = 'ON_HOLD',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
  ENTERED_IN_ERROR = 'ENTERED_IN_ERROR',
}

/** The sides that act on a referral: Kadera's intake team and the professional who referred. */
export enum ReferralSide {
  KADERA = 'KADERA',
  REFERRER = 'REFERRER',
}

const { REQUESTED, RECEIVED, ACCEPTED, REJECTED, ON_HOLD, IN_PROGRESS, COMPLETED, CANCELLED, FAILED, ENTERED_IN_ERROR } = ReferralStatus;

/** The referral state machine (DESIGN.md section 6, FHIR Task). Reasons: see REASON_REQUIRED in common. */
export const REFERRAL_TRANSITIONS: readonly TransitionRule<ReferralStatus>[] = [
  { from: [REQUESTED], to: RECEIVED, by: [Side.KADERA] },
  { from: [RECEIVED, ON_HOLD], to: ACCEPTED, by: [Side.KADERA] },
  { from: [RECEIVED, ON_HOLD], to: REJECTED, by: [Side.KADERA] },
  { from: [RECEIVED, IN_PROGRESS], to: ON_HOLD, by: [Side.KADERA] },
  { from: [ON_HOLD], to: CANCELLED, by: [Side.KADERA] },
  { from: [ACCEPTED], to: IN_PROGRESS, by: [Side.KADERA] },
  { from: [IN_PROGRESS], to: COMPLETED, by: [Side.KADERA] },
  { from: [IN_PROGRESS], to: FAILED, by: [Side.KADERA] },
  { from: openStatuses(ReferralStatus), to: ENTERED_IN_ERROR, by: [Side.KADERA] },
  // The referring professional may withdraw until Kadera has taken the referral up.
  { from: [REQUESTED, RECEIVED, ON_HOLD], to: CANCELLED, by: [Side.REFERRER] },
];
