import { Migration } from '@mikro-orm/migrations';

export class Migration20261128102945 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "clients"."consent" ("id" uuid not null, "client_id" uuid not null, "partner_organisation_id" uuid not null, "categories" text[] not null, "purpose" text not null, "valid_from" date not null, "valid_until" date not null, "recorded_by_user_id" text not null, "recorded_at" timestamptz not null, "withdrawn_at" timestamptz null, "withdrawn_by_user_id" text null, constraint "consent_pkey" primary key ("id"), constraint consent_withdrawal_check check ((withdrawn_at is null) = (withdrawn_by_user_id is null)), constraint consent_purpose_check check (length(btrim(purpose)) > 0), constraint consent_validity_check check (valid_until > valid_from), constraint consent_categories_check check (cardinality(categories) > 0));`,
    );
    this.addSql(`create index "consent_client_id_partner_organisation_id_index" on "clients"."consent" ("client_id", "partner_organisation_id");`);

    this.addSql(
      `create table "clients"."idempotency_record" ("id" text not null, "request_hash" text not null, "result_id" uuid not null, "created_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`,
    );

    this.addSql(
      `alter table "clients"."consent" add constraint "consent_client_id_foreign" foreign key ("client_id") references "clients"."client" ("id") on update cascade;`,
    );

    this.addSql(`drop index "clients"."client_name_date_of_birth_index";`);

    this.addSql(
      `alter table "clients"."client" add column "name_key" text generated always as (lower(btrim(regexp_replace(name, '\\s+', ' ', 'g')))) stored not null;`,
    );
    this.addSql(`create index "client_name_key_date_of_birth_index" on "clients"."client" ("name_key", "date_of_birth");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "clients"."consent" cascade;`);

    this.addSql(`drop table if exists "clients"."idempotency_record" cascade;`);

    this.addSql(`drop index "clients"."client_name_key_date_of_birth_index";`);
    this.addSql(`alter table "clients"."client" drop column "name_key";`);

    this.addSql(`create index "client_name_date_of_birth_index" on "clients"."client" ("name", "date_of_birth");`);
  }
}
