import { Migration } from '@mikro-orm/migrations';

export class Migration20261130003409 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "clients"."contact_channel" as enum ('PHONE_CALL', 'TEXT_MESSAGE', 'VOICEMAIL', 'EMAIL', 'LETTER_TO_HOME_ADDRESS', 'HOME_VISIT', 'VIA_KADERA');`,
    );
    this.addSql(
      `create table "clients"."client_change" ("id" uuid not null, "client_id" uuid not null, "changed_at" timestamptz not null, "changed_by_user_id" text not null, "changed_by_organisation_id" text null, "fields" text[] not null, "version" int not null, constraint "client_change_pkey" primary key ("id"), constraint client_change_fields_check check (cardinality(fields) > 0));`,
    );
    this.addSql(`create index "client_change_client_id_changed_at_index" on "clients"."client_change" ("client_id", "changed_at");`);

    this.addSql(
      `create table "clients"."risk_level_change" ("id" uuid not null, "client_id" uuid not null, "from" "clients"."risk_level" not null, "to" "clients"."risk_level" not null, "reason" text not null, "changed_at" timestamptz not null, "changed_by_user_id" text not null, "changed_by_organisation_id" text null, "version" int not null, constraint "risk_level_change_pkey" primary key ("id"), constraint risk_level_change_reason_check check (length(btrim(reason)) > 0));`,
    );
    this.addSql(`create index "risk_level_change_client_id_changed_at_index" on "clients"."risk_level_change" ("client_id", "changed_at");`);

    this.addSql(
      `alter table "clients"."client_change" add constraint "client_change_client_id_foreign" foreign key ("client_id") references "clients"."client" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "clients"."risk_level_change" add constraint "risk_level_change_client_id_foreign" foreign key ("client_id") references "clients"."client" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "clients"."client" add column "version" int not null default 1, add column "contact_safe_phone" text null, add column "contact_safe_email" text null, add column "contact_preferred_channel" "clients"."contact_channel" null, add column "contact_safe_times" text null, add column "contact_instructions" text null, add column "contact_never_use" text[] not null default '{}';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "clients"."client_change" cascade;`);

    this.addSql(`drop table if exists "clients"."risk_level_change" cascade;`);

    this.addSql(
      `alter table "clients"."client" drop column "version", drop column "contact_safe_phone", drop column "contact_safe_email", drop column "contact_preferred_channel", drop column "contact_safe_times", drop column "contact_instructions", drop column "contact_never_use";`,
    );

    this.addSql(`drop type "clients"."contact_channel";`);
  }
}
