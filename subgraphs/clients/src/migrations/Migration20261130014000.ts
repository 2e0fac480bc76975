import { Migration } from '@mikro-orm/migrations';

/**
 * Client search and duplicate detection (client-search.ts, duplicates.ts): PostgreSQL's pg_trgm and a GIN
 * trigram index on the name key, which serves both the `%` (similarity) and `<%` (word similarity) operators.
 * pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it. Written by hand: MikroORM
 * cannot express an extension or an operator class. The extension stays on `down`: others may use it.
 */
export class Migration20261130014000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index "client_name_key_trgm_index" on "clients"."client" using gin ("name_key" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "clients"."client_name_key_trgm_index";`);
  }
}
