import { registerEnumType } from 'type-graphql';

/** Whose endpoint it is: a partner organisation (handoffs subgraph) or a referring organisation (referrals subgraph). */
export enum WebhookOrganisationKind {
  PARTNER_ORGANISATION = 'PARTNER_ORGANISATION',
  REFERRER_ORGANISATION = 'REFERRER_ORGANISATION',
}
registerEnumType(WebhookOrganisationKind, {
  name: 'WebhookOrganisationKind',
  description: 'Whose endpoint it is: a partner organisation (its handoffs) or a referring organisation (its referrals).',
});

/** What a webhook tells: a resource's workflow status changed. */
export enum WebhookEventType {
  HANDOFF_STATUS_CHANGED = 'handoff.status_changed',
  REFERRAL_STATUS_CHANGED = 'referral.status_changed',
}
registerEnumType(WebhookEventType, { name: 'WebhookEventType', description: 'What an endpoint is told about: a status change of one kind of resource.' });

/**
 * The one table of event types: the resource type each names in its payload, and the kind of organisation
 * that may subscribe to it (the organisation the resource belongs to). Registration, the outbox and the docs derive from it.
 */
export const WEBHOOK_EVENTS: Readonly<Record<WebhookEventType, { resourceType: string; organisationKind: WebhookOrganisationKind }>> = {
  [WebhookEventType.HANDOFF_STATUS_CHANGED]: { resourceType: 'Handoff', organisationKind: WebhookOrganisationKind.PARTNER_ORGANISATION },
  [WebhookEventType.REFERRAL_STATUS_CHANGED]: { resourceType: 'Referral', organisationKind: WebhookOrganisationKind.REFERRER_ORGANISATION },
};

/** The event types an endpoint of this kind of organisation may subscribe to. */
export const webhookEventTypesOf = (kind: WebhookOrganisationKind): WebhookEventType[] =>
  Object.values(WebhookEventType).filter((type) => WEBHOOK_EVENTS[type].organisationKind === kind);

/** The GraphQL name of an event type (its enum key: REFERRAL_STATUS_CHANGED for referral.status_changed). */
export const webhookEventTypeName = (type: WebhookEventType): string =>
  Object.keys(WebhookEventType).find((name) => WebhookEventType[name as keyof typeof WebhookEventType] === type)!;

export interface WebhookEvent {
  id: string;
  type: WebhookEventType;
  resourceId: string;
  status: string;
  occurredAt: Date;
}

/**
 * The body an endpoint receives: ids and the new status only, never client data
 * (the organisation fetches what it may see through the gateway). docs/webhooks.md.
 */
export function webhookPayload(event: WebhookEvent): string {
  return JSON.stringify({
    type: event.type,
    timestamp: event.occurredAt.toISOString(),
    data: { resourceType: WEBHOOK_EVENTS[event.type].resourceType, id: event.resourceId, status: event.status },
  });
}
