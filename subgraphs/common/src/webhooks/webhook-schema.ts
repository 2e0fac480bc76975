import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Logger as WorkerLogger, LogLevel, runMigrations } from 'graphile-worker';
import type { AesKey } from '../crypto/aes-keys';
import type { Logger } from '../logger';
import { WebhookOrganisationKind } from './webhook-event';
import { sealWebhookSecret } from './webhook-secret-crypto';

/** Serialises replicas (and the two subgraphs) that create the webhooks schema at the same time. */
const WEBHOOK_SCHEMA_LOCK = 75140;

const KINDS = Object.values(WebhookOrganisationKind)
  .map((kind) => `'${kind}'`)
  .join(', ');

/**
 * The webhooks schema: endpoints (with the signing secret sealed by WEBHOOK_SECRET_KEY, never readable through
 * GraphQL), the outbox of events (written in the transaction of the status change) and every delivery attempt.
 * Every statement may run again on a database made by an earlier version: it only adds what is missing.
 */
const DDL = `
create schema if not exists webhooks;
create table if not exists webhooks.endpoint (
  id uuid primary key,
  organisation_kind text not null check (organisation_kind in (${KINDS})),
  organisation_id uuid not null,
  url text not null,
  event_types text[] not null check (cardinality(event_types) > 0),
  secret_sealed bytea,
  secret_key_id text,
  created_at timestamptz not null default now(),
  failing_since timestamptz,
  disabled_at timestamptz,
  disabled_reason text
);
-- Before referrer organisations, every endpoint was a partner organisation's.
alter table webhooks.endpoint add column if not exists organisation_kind text not null default '${WebhookOrganisationKind.PARTNER_ORGANISATION}'
  check (organisation_kind in (${KINDS}));
alter table webhooks.endpoint add column if not exists secret_sealed bytea;
alter table webhooks.endpoint add column if not exists secret_key_id text;
drop index if exists webhooks.endpoint_organisation_idx;
create index if not exists endpoint_owner_idx on webhooks.endpoint (organisation_kind, organisation_id) where disabled_at is null;
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

interface Column {
  column_name: string;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
}

async function endpointColumns(tx: EntityManager): Promise<Map<string, Column>> {
  const rows = await tx.execute<Column[]>(
    `select column_name, is_nullable, column_default from information_schema.columns where table_schema = 'webhooks' and table_name = 'endpoint'`,
  );
  return new Map(rows.map((row) => [row.column_name, row]));
}

const hasPlaintextColumn = async (tx: EntityManager) => (await endpointColumns(tx)).has('secret');

/**
 * Endpoints registered before secrets were sealed kept theirs in the clear (column `secret`; development
 * databases only, none in production): each is sealed with the current key, then the column is dropped.
 * Without the keys (the referrals subgraph) this waits for the handoffs subgraph, which holds them.
 */
async function sealPlaintextSecrets(tx: EntityManager, keys: readonly AesKey[] | undefined): Promise<number> {
  if (!(await hasPlaintextColumn(tx))) return 0;
  if (!keys?.length) return 0;
  const rows = await tx.execute<{ id: string; secret: string }[]>('select id, secret from webhooks.endpoint where secret is not null');
  for (const row of rows) {
    const { sealed, keyId } = sealWebhookSecret(keys, row.id, row.secret);
    await tx.execute('update webhooks.endpoint set secret_sealed = ?, secret_key_id = ? where id = ?', [sealed, keyId, row.id]);
  }
  await tx.execute('alter table webhooks.endpoint drop column secret');
  return rows.length;
}

/** The queue's log lines (ids and task names only) through the subgraph's logger. */
export function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger(() => (level, message) => {
    const write = { [LogLevel.ERROR]: logger.error, [LogLevel.WARNING]: logger.warn, [LogLevel.INFO]: logger.info, [LogLevel.DEBUG]: logger.debug }[level];
    write.call(logger, message);
  });
}

export interface WebhookSchemaContext {
  databaseUrl: string;
  orm: MikroORM;
  logger: Logger;
}

/**
 * Creates (or brings up to date) the webhooks schema and the queue's (graphile-worker's own migrations),
 * whichever subgraph or replica starts first: both subgraphs that write the outbox call this before serving.
 * `keys`: the handoffs subgraph's WEBHOOK_SECRET_KEY, to seal secrets an earlier version kept in the clear.
 */
export async function migrateWebhooks({ databaseUrl, orm, logger }: WebhookSchemaContext, keys?: readonly AesKey[]): Promise<void> {
  const sealed = await orm.em.fork().transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(${WEBHOOK_SCHEMA_LOCK})`);
    // The queue's schema first (its own connection; under this lock, so two subgraphs starting at once do not race to create it).
    await runMigrations({ connectionString: databaseUrl, logger: workerLogger(logger.child({ worker: 'webhooks' })) });
    await tx.execute(DDL);
    const count = await sealPlaintextSecrets(tx, keys);
    // Only what is not so yet: an ALTER locks the table against the outbox writers of running replicas.
    const columns = await endpointColumns(tx);
    if (columns.get('organisation_kind')?.column_default != null) await tx.execute('alter table webhooks.endpoint alter column organisation_kind drop default');
    if (!columns.has('secret') && columns.get('secret_sealed')?.is_nullable === 'YES') {
      await tx.execute('alter table webhooks.endpoint alter column secret_sealed set not null, alter column secret_key_id set not null');
    }
    return count;
  });
  if (sealed) logger.info({ endpoints: sealed }, 'sealed webhook secrets kept in the clear');
}

/**
 * The background of a subgraph that writes the outbox but does not deliver (referrals): the schemas its
 * status changes write to, and no work beside its requests. The handoffs subgraph runs the one delivery worker.
 */
export async function prepareWebhookOutbox(context: WebhookSchemaContext): Promise<{ stop(): Promise<void> }> {
  await migrateWebhooks(context);
  return { stop: () => Promise.resolve() };
}
