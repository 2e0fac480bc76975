import { Migration } from '@mikro-orm/migrations';

/**
 * The NEN 7513 access log: append-only and hash-chained. Each row's hash
 * covers its content and the previous row's hash; sequence numbers are given
 * under a lock, so they have no gaps and a removed row breaks the chain.
 */
export class Migration20261128120000_access_log extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "audit";`);
    this.addSql(`create table "audit"."access_log" (
      "seq" bigint not null primary key,
      "event_id" uuid not null unique,
      "occurred_at" timestamptz not null,
      "action" text not null check ("action" in ('READ', 'SEARCH', 'CREATE', 'UPDATE', 'EXPORT')),
      "outcome" text not null check ("outcome" in ('ALLOWED', 'DENIED')),
      "client_ids" uuid[] not null,
      "user_id" text not null,
      "organisation_id" text,
      "roles" text[] not null,
      "purpose" text,
      "fields" text[] not null,
      "source_service" text not null,
      "request_id" text,
      "prev_hash" text not null,
      "hash" text not null
    );`);
    this.addSql(`create index "access_log_client_ids_index" on "audit"."access_log" using gin ("client_ids");`);
    this.addSql(`create index "access_log_occurred_at_index" on "audit"."access_log" ("occurred_at");`);
    this.addSql(`create function "audit"."entry_hash"(e "audit"."access_log") returns text language sql immutable as $$
      select encode(sha256(convert_to(concat_ws('|',
        e.seq::text, e.event_id::text, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        e.action, e.outcome, array_to_string(e.client_ids, ','), e.user_id, coalesce(e.organisation_id, ''),
        array_to_string(e.roles, ','), coalesce(e.purpose, ''), array_to_string(e.fields, ','),
        e.source_service, coalesce(e.request_id, ''), e.prev_hash), 'UTF8')), 'hex')
    $$;`);
    this.addSql(`create function "audit"."chain_entry"() returns trigger language plpgsql as $$
      declare last record;
      begin
        -- One writer at a time, until commit: the chain has one order and no gaps.
        perform pg_advisory_xact_lock(7513);
        select seq, hash into last from "audit"."access_log" order by seq desc limit 1;
        new.seq := coalesce(last.seq, 0) + 1;
        new.prev_hash := coalesce(last.hash, repeat('0', 64));
        new.hash := "audit"."entry_hash"(new);
        return new;
      end
    $$;`);
    this.addSql(`create trigger "access_log_chain" before insert on "audit"."access_log" for each row execute function "audit"."chain_entry"();`);
    this.addSql(`create function "audit"."refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'the access log is append-only' using errcode = 'insufficient_privilege';
      end
    $$;`);
    this.addSql(
      `create trigger "access_log_append_only" before update or delete on "audit"."access_log" for each row execute function "audit"."refuse_change"();`,
    );
    this.addSql(
      `create trigger "access_log_no_truncate" before truncate on "audit"."access_log" for each statement execute function "audit"."refuse_change"();`,
    );
    this.addSql(`revoke update, delete, truncate on "audit"."access_log" from public;`);
  }
}
