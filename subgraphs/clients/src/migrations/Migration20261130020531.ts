import { Migration } from '@mikro-orm/migrations';

export class Migration20261130020531 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "clients"."data_export" ("id" uuid not null, "client_id" uuid not null, "exported_at" timestamptz not null, "exported_by_user_id" text not null, "exported_by_organisation_id" text null, "reason" text not null, "request_id" text not null, constraint "data_export_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "data_export_client_id_exported_at_index" on "clients"."data_export" ("client_id", "exported_at");`);

    this.addSql(
      `alter table "clients"."data_export" add constraint "data_export_client_id_foreign" foreign key ("client_id") references "clients"."client" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "clients"."data_export" cascade;`);
  }
}
