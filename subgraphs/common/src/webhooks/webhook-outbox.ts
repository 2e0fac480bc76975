import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { WEBHOOK_EVENTS, type WebhookEventType } from './webhook-event';

/** The queue's task that delivers one event to one endpoint (webhook-delivery.ts). */
export const DELIVER_WEBHOOK_TASK = 'deliver_webhook';

/** Endpoints `e` of an organisation that want an event type (three parameters: organisation kind, organisation id, event type). */
const SUBSCRIBED = 'e.organisation_kind = ? and e.organisation_id = ? and e.disabled_at is null and ? = any (e.event_types)';

/**
 * Attempts per event and endpoint. The queue waits exp(n) seconds after the n-th failure (at most
 * exp(10), about 6 h), so 25 attempts span about 4 days: well past the failure window that disables an endpoint.
 */
const MAX_ATTEMPTS = 25;

export interface StatusChange {
  type: WebhookEventType;
  /** The organisation the resource belongs to, of the kind the event type names (WEBHOOK_EVENTS). */
  organisationId: string;
  resourceId: string;
  status: string;
  at: Date;
}

/**
 * Writes the event and one queue job per subscribed endpoint of the organisation, in the
 * caller's transaction: a rolled-back change sends nothing, a committed one is delivered
 * even if this process dies. Without a subscribed endpoint nothing is written. Both the
 * handoffs and the referrals subgraph write through this; the handoffs subgraph delivers.
 */
export async function recordStatusChange(tx: EntityManager, change: StatusChange): Promise<void> {
  const subscribed = [WEBHOOK_EVENTS[change.type].organisationKind, change.organisationId, change.type];
  await tx.execute(
    `with event as (
       insert into webhooks.event (id, type, resource_id, status, occurred_at)
       select ?, ?, ?, ?, ? where exists (select 1 from webhooks.endpoint e where ${SUBSCRIBED})
       returning id
     )
     select graphile_worker.add_job(?, json_build_object('eventId', event.id, 'endpointId', e.id), max_attempts := ?)
     from event, webhooks.endpoint e where ${SUBSCRIBED}`,
    [randomUUID(), change.type, change.resourceId, change.status, change.at, ...subscribed, DELIVER_WEBHOOK_TASK, MAX_ATTEMPTS, ...subscribed],
  );
}

/** Removes webhook events that happened before `cutoff`, their delivery attempts with them (ids only; RETENTION_WEBHOOK_DELIVERIES). */
export async function purgeWebhookEvents(em: EntityManager, cutoff: Date): Promise<number> {
  const rows = await em.execute<{ id: string }[]>('delete from webhooks.event where occurred_at < ? returning id', [cutoff]);
  return rows.length;
}
