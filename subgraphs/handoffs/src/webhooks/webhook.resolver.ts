import {
  Access,
  badInput,
  connectionTypes,
  decodeCursor,
  encodeCursor,
  ListSize,
  notFound,
  PageArgs,
  Paged,
  pageSize,
  requireSide,
  sealWebhookSecret,
  Side,
  Uuid,
  type Connection,
  type RequestContext,
} from '@hub/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { checkWebhookOrganisation } from './webhook-organisation';
import { checkWebhookUrl } from './webhook-url';
import { RegisteredWebhookEndpoint, RegisterWebhookEndpointInput, WEBHOOK_ADMINS, WebhookDelivery, WebhookEndpoint } from './webhook.types';

/** A page of delivery attempts (pagination.ts: the hub's one page shape and size limits). */
const WebhookDeliveryConnection = connectionTypes(WebhookDelivery, 'WebhookDelivery', [...WEBHOOK_ADMINS]);

const ENDPOINT_COLUMNS = 'id, organisation_kind, organisation_id, url, event_types, created_at, failing_since, disabled_at, disabled_reason';

type Row = Record<string, unknown>;
const date = (value: unknown) => (value == null ? null : new Date(value as string));

function endpointOf(row: Row): WebhookEndpoint {
  return Object.assign(new WebhookEndpoint(), {
    id: row.id,
    organisationKind: row.organisation_kind,
    organisationId: row.organisation_id,
    url: row.url,
    eventTypes: row.event_types,
    createdAt: date(row.created_at),
    failingSince: date(row.failing_since),
    disabledAt: date(row.disabled_at),
    disabledReason: row.disabled_reason ?? null,
  });
}

function deliveryOf(row: Row): WebhookDelivery {
  return Object.assign(new WebhookDelivery(), {
    id: String(row.id),
    eventId: row.event_id,
    attempt: row.attempt,
    attemptedAt: date(row.attempted_at),
    succeeded: row.succeeded,
    statusCode: row.status_code ?? null,
    durationMs: row.duration_ms,
    errorClass: row.error_class ?? null,
  });
}

/** A Standard Webhooks secret: 24 random bytes, base64, with the whsec_ prefix. */
const newSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

@Resolver()
export class WebhookResolver {
  @Access(...WEBHOOK_ADMINS)
  @Mutation(() => RegisteredWebhookEndpoint, {
    description:
      "Registers a webhook endpoint for a partner organisation's handoff or a referring organisation's referral status changes; the secret is shown only in this answer. Kadera staff only.",
  })
  async registerWebhookEndpoint(
    @Arg('input', () => RegisterWebhookEndpointInput) input: RegisterWebhookEndpointInput,
    @Ctx() context: RequestContext,
  ): Promise<RegisteredWebhookEndpoint> {
    requireSide(context.caller, Side.KADERA);
    const url = checkWebhookUrl(input.url, context.settings.webhooks.allowLoopbackHttp);
    await checkWebhookOrganisation(context, input.organisationKind, input.organisationId, input.eventTypes);
    const keys = context.settings.webhookSecretKeys;
    if (!keys?.length) throw new Error('no WEBHOOK_SECRET_KEY: this service cannot keep a signing secret');
    const id = randomUUID();
    const secret = newSecret();
    // Kept sealed (WEBHOOK_SECRET_KEY, bound to this endpoint's id): the database never holds the secret in the clear.
    const { sealed, keyId } = sealWebhookSecret(keys, id, secret);
    const [row] = await context.em.execute<Row[]>(
      `insert into webhooks.endpoint (id, organisation_kind, organisation_id, url, event_types, secret_sealed, secret_key_id)
       values (?, ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)), ?, ?) returning ${ENDPOINT_COLUMNS}`,
      [id, input.organisationKind, input.organisationId, url, JSON.stringify([...new Set(input.eventTypes)]), sealed, keyId],
    );
    return Object.assign(new RegisteredWebhookEndpoint(), { endpoint: endpointOf(row), secret });
  }

  @Access(...WEBHOOK_ADMINS)
  @ListSize(50)
  @Query(() => [WebhookEndpoint], { description: 'Webhook endpoints, of one organisation or all, oldest first. Kadera staff only.' })
  async webhookEndpoints(
    @Arg('organisationId', () => Uuid, { nullable: true }) organisationId: string | undefined,
    @Ctx() context: RequestContext,
  ): Promise<WebhookEndpoint[]> {
    requireSide(context.caller, Side.KADERA);
    const rows = await context.em.execute<Row[]>(
      `select ${ENDPOINT_COLUMNS} from webhooks.endpoint where (?::uuid is null or organisation_id = ?) order by created_at, id`,
      [organisationId ?? null, organisationId ?? null],
    );
    return rows.map(endpointOf);
  }

  @Access(...WEBHOOK_ADMINS)
  @ListSize(50)
  @Query(() => [WebhookEndpoint], {
    description:
      'Endpoints disabled after failing for the whole failure window (24 h), most recent first: tell the organisation, then enable. Kadera staff only.',
  })
  async disabledWebhookEndpoints(@Ctx() context: RequestContext): Promise<WebhookEndpoint[]> {
    requireSide(context.caller, Side.KADERA);
    const rows = await context.em.execute<Row[]>(
      `select ${ENDPOINT_COLUMNS} from webhooks.endpoint where disabled_at is not null order by disabled_at desc, id`,
    );
    return rows.map(endpointOf);
  }

  @Access(...WEBHOOK_ADMINS)
  @Mutation(() => WebhookEndpoint, { description: 'Enables a disabled endpoint again; events from now on are delivered. Kadera staff only.' })
  async enableWebhookEndpoint(@Arg('id', () => Uuid) id: string, @Ctx() context: RequestContext): Promise<WebhookEndpoint> {
    requireSide(context.caller, Side.KADERA);
    const [row] = await context.em.execute<Row[]>(
      `update webhooks.endpoint set disabled_at = null, disabled_reason = null, failing_since = null where id = ? returning ${ENDPOINT_COLUMNS}`,
      [id],
    );
    if (!row) throw notFound('webhook endpoint');
    return endpointOf(row);
  }

  @Access(...WEBHOOK_ADMINS)
  @Paged()
  @Query(() => WebhookDeliveryConnection, { description: "An endpoint's delivery attempts, newest first, paged. Kadera staff only." })
  async webhookDeliveries(
    @Arg('endpointId', () => Uuid) endpointId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<WebhookDelivery>> {
    requireSide(context.caller, Side.KADERA);
    const [after] = decodeCursor(page.after ?? undefined, 1) ?? [];
    if (after !== undefined && !Number.isSafeInteger(after)) throw badInput('after is not a cursor returned by this list', { argument: 'after' });
    const size = pageSize(page);
    const rows = await context.em.execute<Row[]>(
      `select id, event_id, attempt, attempted_at, succeeded, status_code, duration_ms, error_class from webhooks.delivery
       where endpoint_id = ? and (?::bigint is null or id < ?::bigint) order by id desc limit ?`,
      [endpointId, after ?? null, after ?? null, size + 1],
    );
    const edges = rows.slice(0, size).map((row) => ({ cursor: encodeCursor([Number(row.id)]), node: deliveryOf(row) }));
    return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
