import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, recordStatusChange, Side, WebhookEventType, type Caller } from '@hub/common';
import { maySeeHandoff } from './access-policies';
import { HandoffStatusChange } from './handoff-status-change.entity';
import { Handoff } from './handoff.entity';
import type { TransitionHandoffInput } from './handoff.input';
import { checkHandoffTransition } from './handoff.workflow';

/**
 * Moves a handoff one step. The row is locked, so two moves of the same handoff
 * queue up and the second is checked against the first one's result.
 */
export async function transitionHandoff(em: EntityManager, caller: Caller, side: Side, input: TransitionHandoffInput): Promise<string> {
  const id = input.handoffId;
  return em.transactional(async (tx) => {
    const handoff = await tx.findOne(Handoff, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    // Another partner's handoff does not exist as far as this partner can tell.
    if (!handoff || (side === Side.PARTNER && !maySeeHandoff(caller, handoff))) {
      throw notFound('handoff');
    }
    const from = handoff.status;
    const { reason, outcome } = checkHandoffTransition(from, input.to, side, input.reason, input.outcome);
    const now = new Date();
    handoff.status = input.to;
    handoff.statusReason = reason;
    handoff.updatedAt = now;
    if (outcome) {
      handoff.outcomeSuccessful = outcome.successful;
      handoff.outcomeReason = outcome.reasonCode;
      handoff.outcomeNote = outcome.note ?? null;
    }
    tx.create(HandoffStatusChange, {
      handoff,
      from,
      to: input.to,
      changedAt: now,
      changedByUserId: caller.userId,
      changedByOrganisationId: caller.organisationId ?? null,
      side,
      reason,
    });
    await tx.flush();
    await recordHandoffStatus(tx, handoff, now);
    return handoff.id;
  });
}

/**
 * Tells the partner organisation's webhook endpoints that the handoff is now in its status (a new one: REQUESTED),
 * in the transaction of the change: the event commits or rolls back with it (docs/webhooks.md).
 */
export async function recordHandoffStatus(tx: EntityManager, handoff: Handoff, at: Date): Promise<void> {
  await recordStatusChange(tx, {
    type: WebhookEventType.HANDOFF_STATUS_CHANGED,
    organisationId: handoff.partner.id,
    resourceId: handoff.id,
    status: handoff.status,
    at,
  });
}
