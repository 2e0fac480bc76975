import { awaitingStatuses, Side } from '@hub/common';
import { registerEnumType } from 'type-graphql';
import { REFERRAL_TRANSITIONS, ReferralSide, ReferralStatus } from './referral-transitions';

export { REFERRAL_TRANSITIONS, ReferralSide, ReferralStatus };

registerEnumType(ReferralStatus, { name: 'ReferralStatus', description: 'Workflow state of a referral (HL7 FHIR Task status).' });
registerEnumType(ReferralSide, { name: 'ReferralSide', description: 'Who made a referral status change.' });

const { REQUESTED, ACCEPTED, REJECTED, ON_HOLD } = ReferralStatus;

/** Kadera's answers to a referral: taking it up (ACCEPTED), turning it down, or putting it on hold with the referrer told why. */
const CONTACT_ANSWERS: readonly ReferralStatus[] = [ACCEPTED, REJECTED, ON_HOLD];

/**
 * Until Kadera has answered, the contact promise is open: the statuses before an answer in REFERRAL_TRANSITIONS
 * (REQUESTED, RECEIVED). `overdue` and the contact queue select these.
 */
export const AWAITING_CONTACT: readonly ReferralStatus[] = awaitingStatuses(REFERRAL_TRANSITIONS, REQUESTED, CONTACT_ANSWERS);

export function referralSideOf(side: Side): ReferralSide {
  return side === Side.KADERA ? ReferralSide.KADERA : ReferralSide.REFERRER;
}
