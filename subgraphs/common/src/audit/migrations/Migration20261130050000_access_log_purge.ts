import { Migration } from '@mikro-orm/migrations';

/**
 * Retention of the access log (docs/access-log.md, "Retention: purging old entries"). The log stays append-only for
 * everyone; the one way entries leave it is `audit.purge_entries`, created here by the owner and run with the owner's
 * rights (SECURITY DEFINER). It removes only the entries of whole checkpoint ranges, from the first entry up to a
 * checkpoint's `sealed_through`, only when every one of them is older than five years (NEN 7513's minimum, whatever
 * the caller asks) and only with a purge record, which it appends to `audit.purge` (append-only like the checkpoints).
 * The record is signed by the application with the access log key (the database never holds it), so a removal
 * without a signed record is still a gap for `audit:verify`.
 */
export class Migration20261130050000_access_log_purge extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit"."purge" (
      "number" bigint not null primary key,
      "through_checkpoint" bigint not null,
      "sealed_through" bigint not null,
      "purged_at" timestamptz not null default now(),
      "body" text not null
    );`);
    this.addSql(`create trigger "purge_append_only" before update or delete on "audit"."purge" for each row execute function "audit"."refuse_change"();`);
    this.addSql(`create trigger "purge_no_truncate" before truncate on "audit"."purge" for each statement execute function "audit"."refuse_change"();`);
    this.addSql(`revoke update, delete, truncate on "audit"."purge" from public;`);
    // Rows leave the log only inside purge_entries, which sets this transaction-local mark first.
    this.addSql(`create or replace function "audit"."refuse_change"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' and tg_table_name = 'access_log' then
          -- Nested: plpgsql does not promise to skip old.seq on another table.
          if old.seq <= coalesce(nullif(current_setting('audit.purge_through', true), ''), '0')::bigint then
            return old;
          end if;
        end if;
        raise exception 'the access log is append-only' using errcode = 'insufficient_privilege';
      end
    $$;`);
    this.addSql(`create function "audit"."purge_entries"(p_number bigint, p_through_checkpoint bigint, p_sealed_through bigint, p_body text)
      returns bigint language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
      declare
        v_sealed bigint;
        v_last record;
        v_newest timestamptz;
        v_removed bigint;
      begin
        -- One purge at a time.
        perform pg_advisory_xact_lock(75132);
        select sealed_through into v_sealed from "audit"."checkpoint" where number = p_through_checkpoint;
        if v_sealed is null or v_sealed <> p_sealed_through then
          raise exception 'a purge must end at a checkpoint: checkpoint % does not seal through %', p_through_checkpoint, p_sealed_through;
        end if;
        select * into v_last from "audit"."purge" order by number desc limit 1;
        if exists (select 1 from "audit"."purge" where number = p_number) then
          -- Already recorded (a retry): nothing more to do, unless the entries are still there.
          if exists (select 1 from "audit"."purge" where number = p_number and sealed_through = p_sealed_through and body = p_body) then
            perform set_config('audit.purge_through', p_sealed_through::text, true);
            delete from "audit"."access_log" where seq <= p_sealed_through;
            get diagnostics v_removed = row_count;
            perform set_config('audit.purge_through', '', true);
            return v_removed;
          end if;
          raise exception 'purge % is already recorded differently', p_number;
        end if;
        if p_number <> coalesce(v_last.number, 0) + 1 then
          raise exception 'purges are numbered without gaps: the next is %', coalesce(v_last.number, 0) + 1;
        end if;
        if v_last.number is not null and p_through_checkpoint <= v_last.through_checkpoint then
          raise exception 'a purge must go past the last one (checkpoint %)', v_last.through_checkpoint;
        end if;
        select max(occurred_at) into v_newest from "audit"."access_log" where seq <= p_sealed_through;
        if v_newest is not null and v_newest >= now() - interval '5 years' then
          raise exception 'the access log keeps every entry at least five years (NEN 7513): entries through % are not all older', p_sealed_through;
        end if;
        insert into "audit"."purge" (number, through_checkpoint, sealed_through, body) values (p_number, p_through_checkpoint, p_sealed_through, p_body);
        perform set_config('audit.purge_through', p_sealed_through::text, true);
        delete from "audit"."access_log" where seq <= p_sealed_through;
        get diagnostics v_removed = row_count;
        perform set_config('audit.purge_through', '', true);
        return v_removed;
      end
    $$;`);
    this.addSql(`revoke all on function "audit"."purge_entries"(bigint, bigint, bigint, text) from public;`);
  }
}
