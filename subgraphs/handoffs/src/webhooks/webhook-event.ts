import { registerEnumType } from 'type-graphql';

/** What a webhook tells: a resource's workflow status changed. Each workflow resource of this subgraph gives one event type. */
export enum WebhookEventType {
  HANDOFF_STATUS_CHANGED = 'handoff.status_changed',
}
registerEnumType(WebhookEventType, { name: 'WebhookEventType', description: 'What an endpoint is told about: a status change of one kind of resource.' });

/** The resource type each event type names in its payload. */
const RESOURCE_OF: Record<WebhookEventType, string> = { [WebhookEventType.HANDOFF_STATUS_CHANGED]: 'Handoff' };

export interface WebhookEvent {
  id: string;
  type: WebhookEventType;
  resourceId: string;
  status: string;
  occurredAt: Date;
}

/**
 * The body an endpoint receives: ids and the new status only, never client data
 * (the partner fetches what it may see through the gateway). docs/webhooks.md.
 */
export function webhookPayload(event: WebhookEvent): string {
  return JSON.stringify({
    type: event.type,
    timestamp: event.occurredAt.toISOString(),
    data: { resourceType: RESOURCE_OF[event.type], id: event.resourceId, status: event.status },
  });
}
