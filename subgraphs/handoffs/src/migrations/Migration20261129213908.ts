import { Migration } from '@mikro-orm/migrations';

// partner_type becomes text with a check constraint MikroORM derives from PartnerType (the partner
// table), so a new partner type needs a generated migration only. (Generated; the no-op rewrites of
// two handoff status checks that MikroORM's diff adds were left out.)
export class Migration20261129213908 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "handoffs"."partner_organisation" alter column "partner_type" type text using ("partner_type"::text);`);
    this.addSql(`alter table "handoffs"."partner_organisation" add constraint "partner_organisation_partner_type_check" check("partner_type" in ('GGZ', 'DEBT_ASSISTANCE', 'HOUSING', 'UWV', 'YOUTH_SERVICES', 'ADDICTION_CARE', 'CASA'));`);
    this.addSql(`drop type "handoffs"."partner_type";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create type "handoffs"."partner_type" as enum ('GGZ', 'DEBT_ASSISTANCE', 'HOUSING', 'UWV', 'YOUTH_SERVICES', 'ADDICTION_CARE', 'CASA');`);
    this.addSql(`alter table "handoffs"."partner_organisation" drop constraint if exists "partner_organisation_partner_type_check";`);
    this.addSql(`alter table "handoffs"."partner_organisation" alter column "partner_type" type "handoffs"."partner_type" using ("partner_type"::"handoffs"."partner_type");`);
  }

}
