import { Migration } from '@mikro-orm/migrations';

export class Migration20261128102154 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "placements";`);
    this.addSql(`create type "placements"."region" as enum ('IJSSELLAND', 'TWENTE', 'HARDENBERG');`);
    this.addSql(
      `create type "placements"."placement_type" as enum ('CRISIS_RELIEF', 'INTENSIVE_CARE', 'SAFE_HOUSE', 'SHELTERED_ACCOMMODATION', 'SHELTERED_ACCOMMODATION_YOUNG_MOTHERS', 'SUPPORTED_LIVING_MEN', 'HUMAN_TRAFFICKING_VICTIMS');`,
    );
    this.addSql(
      `create table "placements"."shelter_location" ("id" uuid not null, "name" text not null, "city" text not null, "region" "placements"."region" not null, "address" text not null, "is_secret" boolean not null default false, constraint "shelter_location_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "placements"."placement_unit" ("id" uuid not null, "location_id" uuid not null, "type" "placements"."placement_type" not null, "capacity" int not null, constraint "placement_unit_pkey" primary key ("id"), constraint placement_unit_capacity_check check (capacity >= 0));`,
    );
    this.addSql(`alter table "placements"."placement_unit" add constraint "placement_unit_location_id_type_unique" unique ("location_id", "type");`);

    this.addSql(
      `create table "placements"."stay" ("id" uuid not null, "client_id" uuid not null, "unit_id" uuid not null, "admitted_on" date not null, "discharged_on" date null, "created_at" timestamptz not null, constraint "stay_pkey" primary key ("id"), constraint stay_discharged_on_check check (discharged_on is null or discharged_on >= admitted_on));`,
    );
    this.addSql(`create index "stay_client_id_index" on "placements"."stay" ("client_id");`);
    this.addSql(`create unique index "stay_one_active_per_client" on "placements"."stay" ("client_id") where "discharged_on" is null;`);

    this.addSql(
      `alter table "placements"."placement_unit" add constraint "placement_unit_location_id_foreign" foreign key ("location_id") references "placements"."shelter_location" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "placements"."stay" add constraint "stay_unit_id_foreign" foreign key ("unit_id") references "placements"."placement_unit" ("id") on update cascade;`,
    );
  }
}
