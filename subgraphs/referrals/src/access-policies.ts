import { POLICY, Side, sideOf, type Caller, type Policies } from '@hub/common';
import type { Referral } from './referral.entity';

/** Kadera sees every referral; anyone else reading referrals sees only its own organisation's. */
function readsAllReferrals(caller: Caller | undefined): boolean {
  return sideOf(caller) === Side.KADERA;
}

/**
 * The organisation whose referrals a caller may read: undefined for Kadera (all of them),
 * null for a caller without an organisation (none at all, never the unknown-organisation rows).
 */
export function ownReferralScope(caller: Caller | undefined): string | null | undefined {
  if (readsAllReferrals(caller)) return undefined;
  return caller?.organisationId ?? null;
}

export const referralsPolicies: Policies = {
  // Second line of defence behind the resolvers' filtering; fails closed for a caller without an organisation.
  [POLICY.ownReferral]: (parent: Referral, _args, context) => {
    const scope = ownReferralScope(context.caller);
    return scope === undefined || (scope !== null && parent.referrerOrganisationId === scope);
  },
};
