import { Migration } from '@mikro-orm/migrations';

export class Migration20261130040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "clients"."emergency_review_state" as enum ('OPEN', 'CLOSED');`);
    this.addSql(`create type "clients"."emergency_finding" as enum ('JUSTIFIED', 'NOT_JUSTIFIED');`);
    this.addSql(
      `create table "clients"."emergency_access" ("id" uuid not null, "client_id" uuid not null, "opened_at" timestamptz not null, "opened_by_user_id" text not null, "opened_by_organisation_id" text null, "opened_by_roles" text[] not null, "reason" text not null, "request_id" text not null, "review_state" "clients"."emergency_review_state" not null default 'OPEN', "finding" "clients"."emergency_finding" null, "review_note" text null, "reviewed_by_user_id" text null, "reviewed_at" timestamptz null, constraint "emergency_access_pkey" primary key ("id"), constraint emergency_access_review_check check ((review_state = 'OPEN') = (reviewed_at is null) and (review_state = 'OPEN') = (finding is null) and (review_state = 'OPEN') = (reviewed_by_user_id is null)), constraint emergency_access_reason_check check (length(btrim(reason)) > 0));`,
    );
    this.addSql(`create index "emergency_access_opened_by_user_id_opened_at_index" on "clients"."emergency_access" ("opened_by_user_id", "opened_at");`);
    this.addSql(`create index "emergency_access_client_id_opened_at_index" on "clients"."emergency_access" ("client_id", "opened_at");`);
    this.addSql(`create index "emergency_access_review_state_opened_at_index" on "clients"."emergency_access" ("review_state", "opened_at");`);

    this.addSql(
      `alter table "clients"."emergency_access" add constraint "emergency_access_client_id_foreign" foreign key ("client_id") references "clients"."client" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "clients"."emergency_access" cascade;`);

    this.addSql(`drop type "clients"."emergency_review_state";`);
    this.addSql(`drop type "clients"."emergency_finding";`);
  }
}
