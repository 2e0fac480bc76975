import { WEBHOOK_EVENTS, WebhookEventType, webhookEventTypesOf, WebhookOrganisationKind, webhookPayload } from './webhook-event';

describe('webhook event types', () => {
  it('each kind of organisation hears only of its own resources', () => {
    expect(webhookEventTypesOf(WebhookOrganisationKind.PARTNER_ORGANISATION)).toEqual([WebhookEventType.HANDOFF_STATUS_CHANGED]);
    expect(webhookEventTypesOf(WebhookOrganisationKind.REFERRER_ORGANISATION)).toEqual([WebhookEventType.REFERRAL_STATUS_CHANGED]);
    // Every event type belongs to exactly one kind.
    const all = Object.values(WebhookOrganisationKind).flatMap(webhookEventTypesOf);
    expect(all.sort()).toEqual(Object.values(WebhookEventType).sort());
  });

  it('the payload names the resource type of the table, with ids and the status only', () => {
    const occurredAt = new Date('2026-12-07T03:40:00.000Z');
    for (const type of Object.values(WebhookEventType)) {
      const payload = JSON.parse(webhookPayload({ id: 'e', type, resourceId: 'r', status: 'S', occurredAt })) as unknown;
      expect(payload).toEqual({ type, timestamp: '2026-12-07T03:40:00.000Z', data: { resourceType: WEBHOOK_EVENTS[type].resourceType, id: 'r', status: 'S' } });
    }
    expect(WEBHOOK_EVENTS[WebhookEventType.REFERRAL_STATUS_CHANGED].resourceType).toBe('Referral');
  });
});
