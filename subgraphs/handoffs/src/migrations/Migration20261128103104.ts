import { Migration } from '@mikro-orm/migrations';

export class Migration20261128103104 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "handoffs"."outcome_reason" as enum ('GOAL_REACHED', 'CLIENT_DECLINED', 'NOT_ELIGIBLE', 'NO_CONTACT', 'REFERRED_ELSEWHERE', 'OTHER');`,
    );
    this.addSql(`create type "handoffs"."workflow_side" as enum ('KADERA', 'PARTNER', 'REFERRER');`);
    this.addSql(
      `create table "handoffs"."idempotency_record" ("id" text not null, "request_hash" text not null, "result_id" uuid not null, "created_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "handoffs"."handoff_status_change" ("id" uuid not null, "handoff_id" uuid not null, "from" "handoffs"."task_status" null, "to" "handoffs"."task_status" not null, "changed_at" timestamptz not null, "changed_by_user_id" text not null, "changed_by_organisation_id" text null, "side" "handoffs"."workflow_side" not null, "reason" text null, constraint "handoff_status_change_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "handoff_status_change_handoff_id_changed_at_index" on "handoffs"."handoff_status_change" ("handoff_id", "changed_at");`);

    this.addSql(
      `alter table "handoffs"."handoff_status_change" add constraint "handoff_status_change_handoff_id_foreign" foreign key ("handoff_id") references "handoffs"."handoff" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "handoffs"."handoff" add column "status_reason" text null, add column "categories" text[] not null default '{IDENTITY}', add column "outcome_successful" boolean null, add column "outcome_reason" "handoffs"."outcome_reason" null, add column "outcome_note" text null;`,
    );
    // Written by hand: handoffs recorded before this migration get what the new rules demand, marked as such.
    this.addSql(`alter table "handoffs"."handoff" alter column "categories" drop default;`);
    this.addSql(
      `update "handoffs"."handoff" set "outcome_successful" = ("status" = 'COMPLETED'), "outcome_reason" = case when "status" = 'COMPLETED' then 'GOAL_REACHED'::"handoffs"."outcome_reason" else 'OTHER'::"handoffs"."outcome_reason" end where "status" in ('COMPLETED', 'FAILED');`,
    );
    this.addSql(
      `update "handoffs"."handoff" set "status_reason" = 'Recorded before reasons were kept' where "status" in ('REJECTED', 'ON_HOLD', 'CANCELLED', 'FAILED', 'ENTERED_IN_ERROR');`,
    );
    this.addSql(
      `insert into "handoffs"."handoff_status_change" ("id", "handoff_id", "from", "to", "changed_at", "changed_by_user_id", "side") select gen_random_uuid(), "id", null, 'REQUESTED', "created_at", 'migration', 'KADERA' from "handoffs"."handoff";`,
    );
    this.addSql(
      `insert into "handoffs"."handoff_status_change" ("id", "handoff_id", "from", "to", "changed_at", "changed_by_user_id", "side", "reason") select gen_random_uuid(), "id", 'REQUESTED', "status", "updated_at", 'migration', case when "status" in ('CANCELLED', 'ENTERED_IN_ERROR') then 'KADERA'::"handoffs"."workflow_side" else 'PARTNER'::"handoffs"."workflow_side" end, 'Status recorded before history was kept' from "handoffs"."handoff" where "status" <> 'REQUESTED';`,
    );
    this.addSql(`create index "handoff_status_due_at_index" on "handoffs"."handoff" ("status", "due_at");`);
    this.addSql(
      `alter table "handoffs"."handoff" add constraint handoff_status_reason_check check(status not in ('REJECTED', 'ON_HOLD', 'CANCELLED', 'FAILED', 'ENTERED_IN_ERROR') or length(btrim(status_reason)) > 0);`,
    );
    this.addSql(
      `alter table "handoffs"."handoff" add constraint handoff_closed_outcome_check check((status <> 'COMPLETED' or outcome_successful) and (status <> 'FAILED' or not outcome_successful));`,
    );
    this.addSql(`alter table "handoffs"."handoff" add constraint handoff_outcome_check check((outcome_successful is null) = (outcome_reason is null));`);
    this.addSql(`alter table "handoffs"."handoff" add constraint handoff_categories_check check(cardinality(categories) > 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "handoffs"."idempotency_record" cascade;`);

    this.addSql(`drop table if exists "handoffs"."handoff_status_change" cascade;`);

    this.addSql(`drop index "handoffs"."handoff_status_due_at_index";`);
    this.addSql(`alter table "handoffs"."handoff" drop constraint handoff_status_reason_check;`);
    this.addSql(`alter table "handoffs"."handoff" drop constraint handoff_closed_outcome_check;`);
    this.addSql(`alter table "handoffs"."handoff" drop constraint handoff_outcome_check;`);
    this.addSql(`alter table "handoffs"."handoff" drop constraint handoff_categories_check;`);
    this.addSql(
      `alter table "handoffs"."handoff" drop column "status_reason", drop column "categories", drop column "outcome_successful", drop column "outcome_reason", drop column "outcome_note";`,
    );

    this.addSql(`drop type "handoffs"."outcome_reason";`);
    this.addSql(`drop type "handoffs"."workflow_side";`);
  }
}
