import { Migration } from '@mikro-orm/migrations';

export class Migration20261130050100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "clients"."erasure_request" ("id" uuid not null, "client_id" uuid not null, "status" text check ("status" in ('PENDING', 'ERASED')) not null default 'PENDING', "requested_at" timestamptz not null, "requested_by_user_id" text not null, "requested_by_organisation_id" text null, "reason" text not null, "request_id" text not null, "erased_at" timestamptz null, "removed" jsonb null, constraint "erasure_request_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "erasure_request_client_id_index" on "clients"."erasure_request" ("client_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "clients"."erasure_request" cascade;`);
  }
}
