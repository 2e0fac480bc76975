import { Migration } from '@mikro-orm/migrations';

export class Migration20261128103039 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "placements"."waitlist_status" as enum ('WAITING', 'ADMITTED', 'WITHDRAWN');`);
    this.addSql(
      `create table "placements"."aftercare_programme" ("id" uuid not null, "client_id" uuid not null, "coordinator_user_id" text not null, "started_on" date not null, "ended_on" date null, "home_visits_planned" int not null, "created_at" timestamptz not null, constraint "aftercare_programme_pkey" primary key ("id"), constraint aftercare_programme_ended_on_check check (ended_on is null or ended_on >= started_on), constraint aftercare_programme_home_visits_check check (home_visits_planned >= 0));`,
    );
    this.addSql(`create index "aftercare_programme_client_id_index" on "placements"."aftercare_programme" ("client_id");`);
    this.addSql(
      `create unique index "aftercare_programme_one_active_per_client" on "placements"."aftercare_programme" ("client_id") where "ended_on" is null;`,
    );

    this.addSql(
      `create table "placements"."alarm_deployment" ("id" uuid not null, "client_id" uuid not null, "device_serial" text not null, "deployed_on" date not null, "returned_on" date null, "deployed_by_user_id" text null, "created_at" timestamptz not null, constraint "alarm_deployment_pkey" primary key ("id"), constraint alarm_deployment_device_serial_check check (device_serial ~ '^[A-Z0-9-]{4,40}\$'), constraint alarm_deployment_returned_on_check check (returned_on is null or returned_on >= deployed_on));`,
    );
    this.addSql(`create index "alarm_deployment_client_id_index" on "placements"."alarm_deployment" ("client_id");`);
    this.addSql(
      `create unique index "alarm_deployment_one_active_per_device" on "placements"."alarm_deployment" ("device_serial") where "returned_on" is null;`,
    );

    this.addSql(
      `create table "placements"."idempotency_record" ("id" text not null, "request_hash" text not null, "result_id" uuid not null, "created_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "placements"."waitlist_entry" ("id" uuid not null, "client_id" uuid not null, "unit_id" uuid not null, "requested_at" timestamptz not null, "status" "placements"."waitlist_status" not null default 'WAITING', "requested_by_user_id" text not null, "status_changed_at" timestamptz null, "status_changed_by_user_id" text null, constraint "waitlist_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "waitlist_entry_client_id_index" on "placements"."waitlist_entry" ("client_id");`);
    this.addSql(`create index "waitlist_entry_unit_id_status_requested_at_index" on "placements"."waitlist_entry" ("unit_id", "status", "requested_at");`);
    this.addSql(
      `create unique index "waitlist_entry_one_waiting_per_client_unit" on "placements"."waitlist_entry" ("client_id", "unit_id") where "status" = 'WAITING';`,
    );

    this.addSql(
      `alter table "placements"."waitlist_entry" add constraint "waitlist_entry_unit_id_foreign" foreign key ("unit_id") references "placements"."placement_unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "placements"."stay" add column "discharge_reason" text null, add column "admitted_by_user_id" text null, add column "discharged_by_user_id" text null;`,
    );
    this.addSql(`alter table "placements"."stay" add constraint stay_discharge_reason_length_check check(char_length(discharge_reason) <= 200);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "placements"."aftercare_programme" cascade;`);

    this.addSql(`drop table if exists "placements"."alarm_deployment" cascade;`);

    this.addSql(`drop table if exists "placements"."idempotency_record" cascade;`);

    this.addSql(`drop table if exists "placements"."waitlist_entry" cascade;`);

    this.addSql(`alter table "placements"."stay" drop constraint stay_discharge_reason_length_check;`);
    this.addSql(`alter table "placements"."stay" drop column "discharge_reason", drop column "admitted_by_user_id", drop column "discharged_by_user_id";`);

    this.addSql(`drop type "placements"."waitlist_status";`);
  }
}
