import { Migration } from '@mikro-orm/migrations';

/**
 * Changed-since reading (`handoffs(updatedSince:)`): every insert and update of a handoff takes the next
 * `change_seq` from a trigger, in commit order. The trigger holds a transaction-level advisory lock from
 * the first change until commit, so a transaction can only draw a number after every transaction holding a
 * lower one has committed or rolled back: a reader who has seen number n can never later find a committed
 * row below n. See docs/architecture.md, "Changed-since reading". Updates also bump `updated_at` here,
 * so no write, ORM or SQL, can change a handoff without a reader of changes seeing it.
 */
export class Migration20261129232047 extends Migration {
  override async up(): Promise<void> {
    // Written by hand around the generated column: the sequence, the trigger and its function.
    this.addSql(`create sequence "handoffs"."handoff_change_seq" as bigint cache 1;`);
    // Existing rows each draw a number here.
    this.addSql(`alter table "handoffs"."handoff" add column "change_seq" bigint not null default nextval('handoffs.handoff_change_seq');`);
    this.addSql(`alter table "handoffs"."handoff" add constraint "handoff_change_seq_unique" unique ("change_seq");`);
    this.addSql(`create function "handoffs"."handoff_changed"() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and new is not distinct from old then
    return new;
  end if;
  -- Held until commit: change numbers are drawn in commit order.
  perform pg_advisory_xact_lock(hashtextextended('handoffs.handoff_change_seq', 0));
  new.change_seq := nextval('handoffs.handoff_change_seq');
  if tg_op = 'UPDATE' then
    new.updated_at := clock_timestamp();
  end if;
  return new;
end
$$;`);
    this.addSql(
      `create trigger "handoff_changed" before insert or update on "handoffs"."handoff" for each row execute function "handoffs"."handoff_changed"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "handoff_changed" on "handoffs"."handoff";`);
    this.addSql(`drop function "handoffs"."handoff_changed"();`);
    this.addSql(`alter table "handoffs"."handoff" drop constraint "handoff_change_seq_unique";`);
    this.addSql(`alter table "handoffs"."handoff" drop column "change_seq";`);
    this.addSql(`drop sequence "handoffs"."handoff_change_seq";`);
  }
}
