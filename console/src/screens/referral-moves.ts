import { REASON_REQUIRED } from '@hub/common/browser';
import { REFERRAL_TRANSITIONS } from '@hub/referrals/dist/referral-transitions';
import type { ReferralStatus } from '../gql/graphql';

/** A move the detail screen offers as a button, and whether the API wants a reason with it. */
export interface ReferralMove {
  to: ReferralStatus;
  reasonRequired: boolean;
}

/**
 * The moves a caller of this side may make from a status: read from the referral state machine itself
 * (REFERRAL_TRANSITIONS, the table the referrals subgraph checks every move with), never a copy kept here.
 */
export function referralMoves(from: string, side: string): ReferralMove[] {
  return REFERRAL_TRANSITIONS.filter((rule) => (rule.from as readonly string[]).includes(from) && (rule.by as readonly string[]).includes(side)).map(
    (rule) => ({ to: rule.to, reasonRequired: REASON_REQUIRED.has(rule.to) }),
  );
}
