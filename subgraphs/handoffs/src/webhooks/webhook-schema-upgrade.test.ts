import {
  createLogger,
  DEFAULT_WEBHOOK_SETTINGS,
  DEMO_PARTNERS,
  migrateWebhooks,
  openWebhookSecret,
  readWebhookSecretKeys,
  recordStatusChange,
  WebhookEventType,
} from '@hub/common';
import { signatureHeaders, startTestSubgraphs, startWebhookReceiver, until, type TestSubgraphs, type WebhookReceiver } from '@hub/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { handoffsSubgraph } from '../subgraph';

/** The webhooks schema as the first version created it (commit 74df299): the secret in the clear, partner organisations only. */
const FIRST_VERSION_DDL = `
create schema if not exists webhooks;
create table if not exists webhooks.endpoint (
  id uuid primary key,
  organisation_id uuid not null,
  url text not null,
  event_types text[] not null check (cardinality(event_types) > 0),
  secret text not null,
  created_at timestamptz not null default now(),
  failing_since timestamptz,
  disabled_at timestamptz,
  disabled_reason text
);
create index if not exists endpoint_organisation_idx on webhooks.endpoint (organisation_id) where disabled_at is null;
create table if not exists webhooks.event (id uuid primary key, type text not null, resource_id uuid not null, status text not null, occurred_at timestamptz not null);
create table if not exists webhooks.delivery (
  id bigserial primary key,
  endpoint_id uuid not null references webhooks.endpoint (id) on delete cascade,
  event_id uuid not null references webhooks.event (id) on delete cascade,
  attempt integer not null, attempted_at timestamptz not null, succeeded boolean not null,
  status_code integer, duration_ms integer not null, error_class text
);`;

describe('the webhooks schema on a database made by the first version', () => {
  const keys = readWebhookSecretKeys(randomBytes(32).toString('base64'));
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  const endpointId = randomUUID();
  let hub: TestSubgraphs;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    hub = await startTestSubgraphs([handoffsSubgraph], {
      webhooks: { ...DEFAULT_WEBHOOK_SETTINGS, allowLoopbackHttp: true },
      webhookSecretKeys: keys,
    });
  });
  afterAll(async () => {
    await hub?.stop();
    await receiver?.close();
  });

  it('keeps the endpoints, seals their secrets once the keys are there, and delivers signed with the same secret', async () => {
    const { orm } = hub.servers.handoffs!;
    const em = orm.em.fork();
    await em.execute('drop schema webhooks cascade');
    await em.execute(FIRST_VERSION_DDL);
    await em.execute(`insert into webhooks.endpoint (id, organisation_id, url, event_types, secret) values (?, ?, ?, '{handoff.status_changed}', ?)`, [
      endpointId,
      DEMO_PARTNERS[0].id,
      `${receiver.url}/old`,
      secret,
    ]);
    const context = { databaseUrl: hub.databaseUrl, orm, logger: createLogger('silent') };
    const endpoint = async () => (await em.execute<Record<string, unknown>[]>('select * from webhooks.endpoint where id = ?', [endpointId]))[0];

    // The referrals subgraph (no keys) may start first: it adds what it needs and leaves the secret for the handoffs subgraph.
    await migrateWebhooks(context);
    expect(await endpoint()).toMatchObject({ organisation_kind: 'PARTNER_ORGANISATION', secret, secret_sealed: null });

    await migrateWebhooks(context, keys);
    await migrateWebhooks(context, keys); // and again, as every later start does
    const row = await endpoint();
    expect(row).not.toHaveProperty('secret');
    expect(JSON.stringify(row)).not.toContain(secret.slice('whsec_'.length));
    expect(openWebhookSecret(keys, endpointId, { sealed: row.secret_sealed as Buffer, keyId: row.secret_key_id as string })).toBe(secret);
    const nullable = await em.execute<{ column_name: string; is_nullable: string }[]>(
      `select column_name, is_nullable from information_schema.columns where table_schema = 'webhooks' and table_name = 'endpoint'
       and column_name in ('organisation_kind', 'secret_sealed', 'secret_key_id') order by 1`,
    );
    expect(nullable.map((c) => c.is_nullable)).toEqual(['NO', 'NO', 'NO']);

    const handoffId = randomUUID();
    await em.transactional((tx) =>
      recordStatusChange(tx, {
        type: WebhookEventType.HANDOFF_STATUS_CHANGED,
        organisationId: DEMO_PARTNERS[0].id,
        resourceId: handoffId,
        status: 'RECEIVED',
        at: new Date(),
      }),
    );
    const [event] = await until('the event', () => (receiver.about('/old', handoffId).length ? receiver.about('/old', handoffId) : undefined), 5000);
    expect(new Webhook(secret).verify(event.body, signatureHeaders(event))).toMatchObject({ data: { id: handoffId, status: 'RECEIVED' } });
  });
});
