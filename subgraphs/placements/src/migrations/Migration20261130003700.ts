import { Migration } from '@mikro-orm/migrations';

/**
 * Waitlist offers (an entry OFFERED a freed place holds it until offer_expires_at; queued_at orders the queue)
 * and the next review of aftercare programmes and alarm deployments. Generated, then: the new columns of existing
 * rows are filled before they become not null (queue order = request time; the next review one interval after the
 * start, at the defaults of the time: 42 days for aftercare, 91 for alarms, DEFAULT_PLACEMENT_SETTINGS), and the
 * partial unique index of a client's place in a unit's queue now covers OFFERED too (MikroORM does not diff it).
 */
export class Migration20261130003700 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "placements"."waitlist_entry" drop constraint if exists "waitlist_entry_status_check";`);

    this.addSql(
      `alter table "placements"."aftercare_programme" add column "next_review_on" date null, add column "last_reviewed_on" date null, add column "last_reviewed_by_user_id" text null;`,
    );
    this.addSql(`update "placements"."aftercare_programme" set "next_review_on" = "started_on" + 42;`);
    this.addSql(`alter table "placements"."aftercare_programme" alter column "next_review_on" set not null;`);

    this.addSql(
      `alter table "placements"."alarm_deployment" add column "next_review_on" date null, add column "last_reviewed_on" date null, add column "last_reviewed_by_user_id" text null;`,
    );
    this.addSql(`update "placements"."alarm_deployment" set "next_review_on" = "deployed_on" + 91;`);
    this.addSql(`alter table "placements"."alarm_deployment" alter column "next_review_on" set not null;`);

    this.addSql(`drop index "placements"."waitlist_entry_unit_id_status_requested_at_index";`);

    this.addSql(
      `alter table "placements"."waitlist_entry" add column "queued_at" timestamptz null, add column "offered_at" timestamptz null, add column "offer_expires_at" timestamptz null, add column "offers_passed" int not null default 0, add column "offer_passed_at" timestamptz null;`,
    );
    this.addSql(`update "placements"."waitlist_entry" set "queued_at" = "requested_at";`);
    this.addSql(`alter table "placements"."waitlist_entry" alter column "queued_at" set not null;`);
    this.addSql(
      `alter table "placements"."waitlist_entry" add constraint "waitlist_entry_status_check" check("status" in ('WAITING', 'OFFERED', 'ADMITTED', 'WITHDRAWN'));`,
    );
    this.addSql(`create index "waitlist_entry_status_offer_expires_at_index" on "placements"."waitlist_entry" ("status", "offer_expires_at");`);
    this.addSql(`create index "waitlist_entry_unit_id_status_queued_at_index" on "placements"."waitlist_entry" ("unit_id", "status", "queued_at");`);
    this.addSql(
      `alter table "placements"."waitlist_entry" add constraint waitlist_entry_offer_check check(status <> 'OFFERED' or (offered_at is not null and offer_expires_at > offered_at));`,
    );
    this.addSql(`drop index "placements"."waitlist_entry_one_waiting_per_client_unit";`);
    this.addSql(
      `create unique index "waitlist_entry_one_waiting_per_client_unit" on "placements"."waitlist_entry" ("client_id", "unit_id") where "status" in ('WAITING', 'OFFERED');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "placements"."waitlist_entry_one_waiting_per_client_unit";`);
    this.addSql(`update "placements"."waitlist_entry" set "status" = 'WAITING' where "status" = 'OFFERED';`);
    this.addSql(
      `create unique index "waitlist_entry_one_waiting_per_client_unit" on "placements"."waitlist_entry" ("client_id", "unit_id") where "status" = 'WAITING';`,
    );
    this.addSql(`alter table "placements"."waitlist_entry" drop constraint if exists "waitlist_entry_status_check";`);

    this.addSql(
      `alter table "placements"."aftercare_programme" drop column "next_review_on", drop column "last_reviewed_on", drop column "last_reviewed_by_user_id";`,
    );

    this.addSql(
      `alter table "placements"."alarm_deployment" drop column "next_review_on", drop column "last_reviewed_on", drop column "last_reviewed_by_user_id";`,
    );

    this.addSql(`drop index "placements"."waitlist_entry_status_offer_expires_at_index";`);
    this.addSql(`drop index "placements"."waitlist_entry_unit_id_status_queued_at_index";`);
    this.addSql(`alter table "placements"."waitlist_entry" drop constraint waitlist_entry_offer_check;`);
    this.addSql(
      `alter table "placements"."waitlist_entry" drop column "queued_at", drop column "offered_at", drop column "offer_expires_at", drop column "offers_passed", drop column "offer_passed_at";`,
    );

    this.addSql(
      `alter table "placements"."waitlist_entry" add constraint "waitlist_entry_status_check" check("status" in ('WAITING', 'ADMITTED', 'WITHDRAWN'));`,
    );
    this.addSql(`create index "waitlist_entry_unit_id_status_requested_at_index" on "placements"."waitlist_entry" ("unit_id", "status", "requested_at");`);
  }
}
