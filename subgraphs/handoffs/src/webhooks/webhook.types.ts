import { Access, DateTime, NonEmptyList, Uuid, WebhookEventType, webhookEventTypeName, webhookEventTypesOf, WebhookOrganisationKind } from '@hub/common';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/** Which event types each kind of organisation may have, as the schema tells it (from WEBHOOK_EVENTS). */
const EVENTS_PER_KIND = Object.values(WebhookOrganisationKind)
  .map((kind) => `${kind}: ${webhookEventTypesOf(kind).map(webhookEventTypeName).join(', ')}`)
  .join('; ');

/** Who manages webhook endpoints and reads their deliveries. */
export const WEBHOOK_ADMINS = ['staff'] as const;

@ObjectType({ description: 'Where the hub sends signed, id-only status-change events of one organisation. Kadera staff only.' })
export class WebhookEndpoint {
  @Access(...WEBHOOK_ADMINS)
  @Field(() => ID)
  id!: string;

  @Access(...WEBHOOK_ADMINS)
  @Field(() => WebhookOrganisationKind)
  organisationKind!: WebhookOrganisationKind;

  @Access(...WEBHOOK_ADMINS)
  @Field(() => ID, { description: 'The partner organisation whose handoffs, or the referring organisation whose referrals, this endpoint hears about.' })
  organisationId!: string;

  @Access(...WEBHOOK_ADMINS)
  @Field(() => String)
  url!: string;

  @Access(...WEBHOOK_ADMINS)
  @Field(() => [WebhookEventType])
  eventTypes!: WebhookEventType[];

  @Access(...WEBHOOK_ADMINS)
  @Field(() => DateTime)
  createdAt!: Date;

  @Access(...WEBHOOK_ADMINS)
  @Field(() => DateTime, { nullable: true, description: 'Since when every delivery has failed; null while deliveries succeed.' })
  failingSince!: Date | null;

  @Access(...WEBHOOK_ADMINS)
  @Field(() => DateTime, { nullable: true, description: 'When it was disabled after failing for the whole failure window (24 h); null: enabled.' })
  disabledAt!: Date | null;

  @Access(...WEBHOOK_ADMINS)
  @Field(() => String, { nullable: true })
  disabledReason!: string | null;
}

@ObjectType({ description: 'A newly registered endpoint and its signing secret, which is shown this once.' })
export class RegisteredWebhookEndpoint {
  @Access(...WEBHOOK_ADMINS)
  @Field(() => WebhookEndpoint)
  endpoint!: WebhookEndpoint;

  @Access(...WEBHOOK_ADMINS)
  @Field(() => String, { description: 'The Standard Webhooks secret (whsec_...): give it to the organisation; it cannot be read again.' })
  secret!: string;
}

@ObjectType({ description: 'One attempt to deliver one event to an endpoint (never the response body).' })
export class WebhookDelivery {
  @Access(...WEBHOOK_ADMINS)
  @Field(() => ID)
  id!: string;

  @Access(...WEBHOOK_ADMINS)
  @Field(() => ID, { description: 'The event, sent as the webhook-id header.' })
  eventId!: string;

  @Access(...WEBHOOK_ADMINS)
  @Field(() => Int, { description: '1 for the first attempt of this event, then counting up with each retry.' })
  attempt!: number;

  @Access(...WEBHOOK_ADMINS)
  @Field(() => DateTime)
  attemptedAt!: Date;

  @Access(...WEBHOOK_ADMINS)
  @Field(() => Boolean)
  succeeded!: boolean;

  @Access(...WEBHOOK_ADMINS)
  @Field(() => Int, { nullable: true, description: 'The HTTP status the endpoint answered; null when it did not answer.' })
  statusCode!: number | null;

  @Access(...WEBHOOK_ADMINS)
  @Field(() => Int)
  durationMs!: number;

  @Access(...WEBHOOK_ADMINS)
  @Field(() => String, { nullable: true, description: 'Why it failed: http_status, timeout or network; null on success.' })
  errorClass!: string | null;
}

@InputType()
export class RegisterWebhookEndpointInput {
  @Field(() => WebhookOrganisationKind, { description: 'Which kind of organisation organisationId names.' })
  organisationKind!: WebhookOrganisationKind;

  @Field(() => Uuid, {
    description: 'A registered partner organisation, or a referring organisation that has submitted at least one referral (its id from its tokens).',
  })
  organisationId!: string;

  @Field(() => String, { description: 'https URL (http on 127.0.0.1 only in development); no user or password.' })
  url!: string;

  @Field(() => [WebhookEventType], { description: `Those of its kind only (${EVENTS_PER_KIND}).` })
  @NonEmptyList()
  eventTypes!: WebhookEventType[];
}
