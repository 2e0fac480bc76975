import { Migration } from '@mikro-orm/migrations';

/**
 * The stays' statistics index carries what the statistics read (admission, client, unit), so that a
 * municipality-year is counted from the index alone instead of one heap page per stay (issue 13:
 * statistics at 1M rows). Written by hand: MikroORM does not diff expression indexes.
 */
export class Migration20261207062500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "placements"."stay_municipality_code_discharged_on_index";`);
    this.addSql(
      `create index "stay_statistics_index" on "placements"."stay" ("municipality_code", "discharged_on") include ("admitted_on", "client_id", "unit_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "placements"."stay_statistics_index";`);
    this.addSql(`create index "stay_municipality_code_discharged_on_index" on "placements"."stay" ("municipality_code", "discharged_on");`);
  }
}
