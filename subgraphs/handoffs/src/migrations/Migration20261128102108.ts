import { Migration } from '@mikro-orm/migrations';

export class Migration20261128102108 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "handoffs";`);
    this.addSql(`create type "handoffs"."partner_type" as enum ('GGZ', 'DEBT_ASSISTANCE', 'HOUSING', 'UWV', 'YOUTH_SERVICES', 'ADDICTION_CARE', 'CASA');`);
    this.addSql(
      `create type "handoffs"."task_status" as enum ('REQUESTED', 'RECEIVED', 'ACCEPTED', 'REJECTED', 'ON_HOLD', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'FAILED', 'ENTERED_IN_ERROR');`,
    );
    this.addSql(`create type "handoffs"."priority" as enum ('URGENT', 'ROUTINE');`);
    this.addSql(
      `create table "handoffs"."partner_organisation" ("id" uuid not null, "name" text not null, "partner_type" "handoffs"."partner_type" not null, "municipality_code" varchar(6) not null, "created_at" timestamptz not null, constraint "partner_organisation_pkey" primary key ("id"), constraint partner_organisation_name_check check (length(btrim(name)) > 0), constraint partner_organisation_municipality_code_check check (municipality_code ~ '^GM[0-9]{4}\$'));`,
    );

    this.addSql(
      `create table "handoffs"."handoff" ("id" uuid not null, "partner_id" uuid not null, "client_id" uuid not null, "status" "handoffs"."task_status" not null default 'REQUESTED', "purpose" text not null, "priority" "handoffs"."priority" not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "due_at" timestamptz not null, constraint "handoff_pkey" primary key ("id"), constraint handoff_due_at_check check (due_at >= created_at), constraint handoff_purpose_check check (length(btrim(purpose)) > 0));`,
    );
    this.addSql(`create index "handoff_partner_id_index" on "handoffs"."handoff" ("partner_id");`);
    this.addSql(`create index "handoff_client_id_index" on "handoffs"."handoff" ("client_id");`);
    this.addSql(`create index "handoff_created_at_id_index" on "handoffs"."handoff" ("created_at", "id");`);

    this.addSql(
      `alter table "handoffs"."handoff" add constraint "handoff_partner_id_foreign" foreign key ("partner_id") references "handoffs"."partner_organisation" ("id") on update cascade;`,
    );
  }
}
