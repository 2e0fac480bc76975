import { Migration } from '@mikro-orm/migrations';

/**
 * Keyed entries and checkpoints instead of a chain the database computes
 * (docs/access-log.md). The database no longer hashes or locks: each entry
 * arrives with an HMAC the application computes with a key the database never
 * holds; a trigger only numbers it (a sequence, gaps allowed) and notes the
 * writing transaction. Checkpoints, signed with the same key, go to a file
 * outside the database and to `audit.checkpoint`.
 *
 * Entries written before this migration keep their old `prev_hash`/`hash` and
 * have no MAC: the first checkpoint seals them as they stand (its `legacyThrough`).
 */
export class Migration20261130000000_access_log_keyed extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger "access_log_chain" on "audit"."access_log";`);
    this.addSql(`drop function "audit"."chain_entry"();`);
    this.addSql(`drop function "audit"."entry_hash"("audit"."access_log");`);
    this.addSql(`alter table "audit"."access_log" alter column "prev_hash" drop not null, alter column "hash" drop not null;`);
    this.addSql(`alter table "audit"."access_log" add column "txid" xid8, add column "mac" text;`);
    this.addSql(`create sequence "audit"."access_log_seq" as bigint owned by "audit"."access_log"."seq";`);
    this.addSql(`select setval('"audit"."access_log_seq"', coalesce((select max("seq") from "audit"."access_log"), 0) + 1, false);`);
    this.addSql(`create function "audit"."number_entry"() returns trigger language plpgsql as $$
      begin
        -- The transaction's id first, then the number: whoever holds a number had its id before taking it.
        -- Sealing relies on this to know when every number up to a point is final (checkpointer.ts).
        new.txid := pg_current_xact_id();
        new.seq := nextval('"audit"."access_log_seq"');
        new.prev_hash := null;
        new.hash := null;
        return new;
      end
    $$;`);
    this.addSql(`create trigger "access_log_number" before insert on "audit"."access_log" for each row execute function "audit"."number_entry"();`);
    this.addSql(`create table "audit"."checkpoint" (
      "number" bigint not null primary key,
      "sealed_through" bigint not null,
      "sealed_at" timestamptz not null,
      "body" text not null
    );`);
    this.addSql(
      `create trigger "checkpoint_append_only" before update or delete on "audit"."checkpoint" for each row execute function "audit"."refuse_change"();`,
    );
    this.addSql(
      `create trigger "checkpoint_no_truncate" before truncate on "audit"."checkpoint" for each statement execute function "audit"."refuse_change"();`,
    );
    this.addSql(`revoke update, delete, truncate on "audit"."checkpoint" from public;`);
    this.addSql(`revoke update, delete, truncate on "audit"."access_log" from public;`);
  }
}
