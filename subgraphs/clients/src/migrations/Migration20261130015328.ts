import { Migration } from '@mikro-orm/migrations';

export class Migration20261130015328 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "clients"."client" add column "bsn_ciphertext" bytea null, add column "bsn_key_id" text null, add column "bsn_index" text null;`);
    this.addSql(`alter table "clients"."client" add constraint "client_bsn_index_unique" unique ("bsn_index");`);
    this.addSql(
      `alter table "clients"."client" add constraint client_bsn_check check((bsn_ciphertext is null) = (bsn_key_id is null) and (bsn_ciphertext is null) = (bsn_index is null));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "clients"."client" drop constraint "client_bsn_index_unique";`);
    this.addSql(`alter table "clients"."client" drop constraint client_bsn_check;`);
    this.addSql(`alter table "clients"."client" drop column "bsn_ciphertext", drop column "bsn_key_id", drop column "bsn_index";`);
  }
}
