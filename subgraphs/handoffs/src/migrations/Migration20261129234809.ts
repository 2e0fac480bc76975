import { Migration } from '@mikro-orm/migrations';

/** Partner organisations as data: a contact and an `active` flag (deactivated organisations take no new handoffs). */
export class Migration20261129234809 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "handoffs"."partner_organisation" add column "contact_name" text null, add column "contact_phone" text null, add column "contact_email" text null, add column "active" boolean not null default true;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "handoffs"."partner_organisation" drop column "contact_name", drop column "contact_phone", drop column "contact_email", drop column "active";`,
    );
  }
}
