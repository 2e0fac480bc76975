import { Migration } from '@mikro-orm/migrations';

export class Migration20261128114135 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "client_statistics_index" on "clients"."client" ("municipality_code", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "clients"."client_statistics_index";`);
  }
}
