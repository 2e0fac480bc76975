import { Migration } from '@mikro-orm/migrations';

/**
 * The waitlist's own status (WaitlistStatus) moves from a native enum type to text with a check listing the
 * values, as every workflow's status is stored. Existing rows keep their values; then the type is dropped.
 */
export class Migration20261129215119 extends Migration {
  override async up(): Promise<void> {
    // Written by hand: the default and the partial index name the enum type, so they are dropped and made again.
    this.addSql(`alter table "placements"."waitlist_entry" alter column "status" drop default;`);
    this.addSql(`drop index "placements"."waitlist_entry_one_waiting_per_client_unit";`);
    this.addSql(`alter table "placements"."waitlist_entry" alter column "status" type text using ("status"::text);`);
    this.addSql(
      `alter table "placements"."waitlist_entry" add constraint "waitlist_entry_status_check" check("status" in ('WAITING', 'ADMITTED', 'WITHDRAWN'));`,
    );
    this.addSql(`alter table "placements"."waitlist_entry" alter column "status" set default 'WAITING';`);
    this.addSql(
      `create unique index "waitlist_entry_one_waiting_per_client_unit" on "placements"."waitlist_entry" ("client_id", "unit_id") where "status" = 'WAITING';`,
    );

    this.addSql(`drop type "placements"."waitlist_status";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create type "placements"."waitlist_status" as enum ('WAITING', 'ADMITTED', 'WITHDRAWN');`);
    this.addSql(`alter table "placements"."waitlist_entry" alter column "status" drop default;`);
    this.addSql(`alter table "placements"."waitlist_entry" drop constraint if exists "waitlist_entry_status_check";`);
    this.addSql(`drop index "placements"."waitlist_entry_one_waiting_per_client_unit";`);

    this.addSql(
      `alter table "placements"."waitlist_entry" alter column "status" type "placements"."waitlist_status" using ("status"::"placements"."waitlist_status");`,
    );

    this.addSql(`alter table "placements"."waitlist_entry" alter column "status" set default 'WAITING';`);
    this.addSql(
      `create unique index "waitlist_entry_one_waiting_per_client_unit" on "placements"."waitlist_entry" ("client_id", "unit_id") where "status" = 'WAITING';`,
    );
  }
}
