import { Migration } from '@mikro-orm/migrations';

export class Migration20261128102205 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "referrals";`);
    this.addSql(
      `create table "referrals"."referral" ("id" uuid not null, "kind" text check ("kind" in ('AMBULATORY', 'SHELTER', 'CONSULTATION')) not null, "region" text check ("region" in ('IJSSELLAND', 'TWENTE', 'HARDENBERG')) not null, "priority" text check ("priority" in ('URGENT', 'ROUTINE')) not null, "status" text check ("status" in ('REQUESTED', 'RECEIVED', 'ACCEPTED', 'REJECTED', 'ON_HOLD', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'FAILED', 'ENTERED_IN_ERROR')) not null default 'REQUESTED', "referrer_organisation_id" uuid not null, "referrer_organisation_name" text not null, "received_at" timestamptz not null, "contact_due_at" timestamptz not null, "client_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "referral_pkey" primary key ("id"), constraint referral_consultation_anonymous_check check (kind <> 'CONSULTATION' or client_id is null));`,
    );
    this.addSql(`create index "referral_referrer_organisation_id_index" on "referrals"."referral" ("referrer_organisation_id");`);
    this.addSql(`create index "referral_client_id_index" on "referrals"."referral" ("client_id");`);
    this.addSql(`create index "referral_received_at_id_index" on "referrals"."referral" ("received_at", "id");`);

    this.addSql(
      `create table "referrals"."service_availability" ("id" uuid not null, "region" text check ("region" in ('IJSSELLAND', 'TWENTE', 'HARDENBERG')) not null, "service" text check ("service" in ('AMBULATORY_WMO', 'AMBULATORY_YOUTH', 'SHELTER', 'AFTERCARE')) not null, "accepting_new_clients" boolean not null, "waiting_time_weeks_min" int null, "waiting_time_weeks_max" int null, "note" text null, "updated_at" timestamptz not null, constraint "service_availability_pkey" primary key ("id"), constraint service_availability_waiting_range_check check (waiting_time_weeks_min <= waiting_time_weeks_max), constraint service_availability_waiting_max_check check (waiting_time_weeks_max >= 0), constraint service_availability_waiting_min_check check (waiting_time_weeks_min >= 0));`,
    );
    this.addSql(`alter table "referrals"."service_availability" add constraint "service_availability_region_service_unique" unique ("region", "service");`);
  }
}
