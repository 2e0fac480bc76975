import { checkTransition, notFound, optionalText, recordStatusChange, Side, WebhookEventType, type Caller } from '@hub/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Referral } from './referral.entity';
import type { TransitionReferralInput } from './referral.input';
import { ReferralStatusChange } from './referral-status-change.entity';
import { REFERRAL_TRANSITIONS, referralSideOf } from './referral.workflow';
import { referrerMessageFor } from './referrer-feedback';

/**
 * The event of a referral's new status for its referring organisation's webhook endpoints, in the
 * transaction of the change (docs/webhooks.md): it commits or rolls back with it. Ids only.
 */
export async function recordReferralStatus(tx: EntityManager, referral: Referral, at: Date): Promise<void> {
  if (!referral.referrerOrganisationId) return; // no referring organisation, so nobody to tell
  await recordStatusChange(tx, {
    type: WebhookEventType.REFERRAL_STATUS_CHANGED,
    organisationId: referral.referrerOrganisationId,
    resourceId: referral.id,
    status: referral.status,
    at,
  });
}

/**
 * Moves a referral one step. The row is locked, so two moves of the same referral queue up and the
 * second is checked against the first one's result.
 */
export async function transitionReferral(em: EntityManager, caller: Caller, side: Side, input: TransitionReferralInput): Promise<string> {
  const reason = optionalText(input.reason);
  const message = optionalText(input.referrerMessage);
  return em.transactional(async (tx) => {
    const referral = await tx.findOne(Referral, { id: input.referralId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    // A referrer never learns whether another organisation's referral exists.
    if (!referral || (side === Side.REFERRER && referral.referrerOrganisationId !== caller.organisationId)) {
      throw notFound('referral');
    }
    const from = referral.status;
    checkTransition(REFERRAL_TRANSITIONS, from, input.to, side, reason);
    const now = new Date();
    referral.status = input.to;
    tx.create(ReferralStatusChange, {
      referral,
      from,
      to: input.to,
      changedAt: now,
      changedByUserId: caller.userId,
      changedByOrganisationId: caller.organisationId ?? null,
      side: referralSideOf(side),
      reason,
      referrerMessage: referrerMessageFor(input.to, message),
    });
    await tx.flush();
    await recordReferralStatus(tx, referral, now);
    return referral.id;
  });
}
