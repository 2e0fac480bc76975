import { Migration } from '@mikro-orm/migrations';

export class Migration20261129220000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "clients"."client" add constraint client_municipality_code_check check(municipality_code ~ '^GM[0-9]{4}$');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "clients"."client" drop constraint client_municipality_code_check;`);
  }
}
