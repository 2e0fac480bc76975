import type { MikroORM } from '@mikro-orm/postgresql';

/** Serialises replicas that create the webhooks schema at the same time. */
const WEBHOOK_SCHEMA_LOCK = 75140;

/**
 * The webhooks schema: endpoints (with the signing secret, never readable through GraphQL),
 * the outbox of events (written in the transaction of the status change) and every delivery attempt.
 */
const DDL = `
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
create table if not exists webhooks.event (
  id uuid primary key,
  type text not null,
  resource_id uuid not null,
  status text not null,
  occurred_at timestamptz not null
);
create table if not exists webhooks.delivery (
  id bigserial primary key,
  endpoint_id uuid not null references webhooks.endpoint (id) on delete cascade,
  event_id uuid not null references webhooks.event (id) on delete cascade,
  attempt integer not null,
  attempted_at timestamptz not null,
  succeeded boolean not null,
  status_code integer,
  duration_ms integer not null,
  error_class text
);
create index if not exists delivery_endpoint_idx on webhooks.delivery (endpoint_id, id desc);
create index if not exists delivery_attempted_idx on webhooks.delivery (attempted_at);
`;

/** Creates the webhooks schema once, whichever replica starts first. */
export async function migrateWebhooks(orm: MikroORM): Promise<void> {
  await orm.em.fork().transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(${WEBHOOK_SCHEMA_LOCK})`);
    await tx.execute(DDL);
  });
}
