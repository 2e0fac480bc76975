import { Migration } from '@mikro-orm/migrations';

export class Migration20261128101907 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "clients";`);
    this.addSql(`create type "clients"."risk_level" as enum ('RED', 'ORANGE', 'GREEN');`);
    this.addSql(
      `create table "clients"."client" ("id" uuid not null, "name" text not null, "date_of_birth" date not null, "municipality_code" varchar(6) not null, "confidential_address" text not null, "risk_level" "clients"."risk_level" not null, "forms_of_abuse" text[] not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "client_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "client_name_date_of_birth_index" on "clients"."client" ("name", "date_of_birth");`);
  }
}
