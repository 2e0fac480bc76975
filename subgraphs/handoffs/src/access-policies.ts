import { isUuid, KADERA_ROLES, ownMunicipalityPolicy, PARTNER_ROLES, POLICY, Side, sideOf, type Caller, type Policies, type Role } from '@hub/common';
import type { FilterQuery } from '@mikro-orm/core';
import type { Handoff } from './handoff.entity';

/** Who may read handoffs at all; which handoffs a partner sees is decided per row. */
export const HANDOFF_READERS: Role[] = [...KADERA_ROLES, ...PARTNER_ROLES];

/**
 * The one partner organisation whose handoffs this caller may see: undefined when
 * the caller is not restricted (Kadera), null when it is a partner that can see
 * none (no usable organisation id), else the organisation id as stored.
 */
function ownPartnerId(caller: Caller | undefined): string | null | undefined {
  if (sideOf(caller) !== Side.PARTNER) return undefined;
  const id = caller?.organisationId;
  // Ids are stored lower-case; anything that is not a UUID can own nothing.
  return id && isUuid(id) ? id.toLowerCase() : null;
}

/** What the caller may see, as one SQL condition: Kadera all handoffs, a partner only those addressed to it. */
export function handoffRowScope(caller: Caller | undefined): FilterQuery<Handoff> {
  const own = ownPartnerId(caller);
  if (own === undefined) return {};
  // No handoff has a null id: a partner without a usable organisation id sees none.
  return own === null ? { id: null } : { partner: own };
}

/** Whether the caller may see this handoff: Kadera sees all, a partner only those addressed to it. */
export function maySeeHandoff(caller: Caller | undefined, handoff: Pick<Handoff, 'partner'>): boolean {
  const own = ownPartnerId(caller);
  if (own === undefined) return true;
  return own !== null && handoff.partner?.id === own;
}

export const handoffPolicies: Policies = {
  [POLICY.ownHandoff]: (handoff: Handoff, _args, context) => maySeeHandoff(context.caller, handoff),
  ...ownMunicipalityPolicy,
};
