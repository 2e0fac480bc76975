import { Migration } from '@mikro-orm/migrations';

/**
 * Trusted documents (docs/security.md, "Trusted documents"): client applications, each owned by a role
 * (optionally one organisation), and the documents registered for them, keyed by the sha256 of their text.
 * The gateway reads both, read-only, to run a document by its id; only this subgraph (and its CLI) writes.
 */
export class Migration20261207060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "handoffs"."client_application" ("id" uuid not null, "name" text not null, "owner_role" text not null, "owner_organisation_id" text null, "created_at" timestamptz not null default now(), constraint "client_application_pkey" primary key ("id"), constraint "client_application_name_unique" unique ("name"));`,
    );
    this.addSql(
      `create table "handoffs"."trusted_document" ("application_id" uuid not null, "hash" text not null, "body" text not null, "registered_at" timestamptz not null default now(), constraint "trusted_document_pkey" primary key ("application_id", "hash"), constraint "trusted_document_hash_check" check ("hash" ~ '^[0-9a-f]{64}$'));`,
    );
    this.addSql(`create index "trusted_document_hash_index" on "handoffs"."trusted_document" ("hash");`);
    this.addSql(
      `alter table "handoffs"."trusted_document" add constraint "trusted_document_application_id_foreign" foreign key ("application_id") references "handoffs"."client_application" ("id") on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "handoffs"."trusted_document";`);
    this.addSql(`drop table if exists "handoffs"."client_application";`);
  }
}
