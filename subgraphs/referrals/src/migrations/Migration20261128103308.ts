import { Migration } from '@mikro-orm/migrations';

export class Migration20261128103308 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "referrals"."idempotency_record" ("id" text not null, "request_hash" text not null, "result_id" uuid not null, "created_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "referrals"."referral_status_change" ("id" uuid not null, "referral_id" uuid not null, "from_status" text check ("from_status" in ('REQUESTED', 'RECEIVED', 'ACCEPTED', 'REJECTED', 'ON_HOLD', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'FAILED', 'ENTERED_IN_ERROR')) null, "to_status" text check ("to_status" in ('REQUESTED', 'RECEIVED', 'ACCEPTED', 'REJECTED', 'ON_HOLD', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'FAILED', 'ENTERED_IN_ERROR')) not null, "changed_at" timestamptz not null, "changed_by_user_id" text not null, "changed_by_organisation_id" uuid null, "side" text check ("side" in ('KADERA', 'REFERRER')) not null, "reason" text null, constraint "referral_status_change_pkey" primary key ("id"), constraint referral_status_change_reason_check check (char_length(reason) >= 1 and char_length(reason) <= 1000), constraint referral_status_change_move_check check (from_status is null or from_status <> to_status));`,
    );
    this.addSql(`create index "referral_status_change_referral_id_changed_at_index" on "referrals"."referral_status_change" ("referral_id", "changed_at");`);

    this.addSql(
      `alter table "referrals"."referral_status_change" add constraint "referral_status_change_referral_id_foreign" foreign key ("referral_id") references "referrals"."referral" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "referrals"."referral" add column "funding_stream" text check ("funding_stream" in ('WMO', 'JEUGDWET', 'WLZ')) not null default 'WMO', add column "referrer_contact_name" text not null default '(not recorded)', add column "referrer_contact_phone" text null, add column "referrer_contact_email" text null, add column "referred_person_name" text null, add column "referred_person_date_of_birth" date null, add column "referred_person_municipality_code" varchar(6) null;`,
    );
    // By hand: the defaults above only fill rows that existed before this migration; new rows must say.
    this.addSql(`alter table "referrals"."referral" alter column "funding_stream" drop default, alter column "referrer_contact_name" drop default;`);
    this.addSql(`alter table "referrals"."referral" alter column "referrer_organisation_id" drop default;`);
    this.addSql(`alter table "referrals"."referral" alter column "referrer_organisation_id" type uuid using ("referrer_organisation_id"::text::uuid);`);
    this.addSql(`alter table "referrals"."referral" alter column "referrer_organisation_id" drop not null;`);
    this.addSql(`create index "referral_contact_due_at_index" on "referrals"."referral" ("contact_due_at");`);
    this.addSql(
      `alter table "referrals"."referral" add constraint referral_contact_email_check check(char_length(referrer_contact_email) >= 3 and char_length(referrer_contact_email) <= 254);`,
    );
    this.addSql(
      `alter table "referrals"."referral" add constraint referral_contact_phone_check check(char_length(referrer_contact_phone) >= 6 and char_length(referrer_contact_phone) <= 30);`,
    );
    this.addSql(
      `alter table "referrals"."referral" add constraint referral_contact_name_check check(char_length(btrim(referrer_contact_name)) >= 1 and char_length(btrim(referrer_contact_name)) <= 200);`,
    );
    this.addSql(
      `alter table "referrals"."referral" add constraint referral_referrer_name_check check(char_length(btrim(referrer_organisation_name)) >= 1 and char_length(btrim(referrer_organisation_name)) <= 200);`,
    );
    this.addSql(
      `alter table "referrals"."referral" add constraint referral_person_name_check check(char_length(btrim(referred_person_name)) >= 1 and char_length(btrim(referred_person_name)) <= 200);`,
    );
    this.addSql(
      `alter table "referrals"."referral" add constraint referral_person_municipality_check check(referred_person_municipality_code ~ '^GM[0-9]{4}\$');`,
    );
    this.addSql(
      `alter table "referrals"."referral" add constraint referral_person_complete_check check((referred_person_name is null and referred_person_date_of_birth is null and referred_person_municipality_code is null) or (referred_person_name is not null and referred_person_date_of_birth is not null and referred_person_municipality_code is not null));`,
    );
    this.addSql(
      `alter table "referrals"."referral" add constraint referral_consultation_no_person_check check(kind <> 'CONSULTATION' or (referred_person_name is null and referred_person_date_of_birth is null and referred_person_municipality_code is null));`,
    );

    this.addSql(`alter table "referrals"."service_availability" add column "contact" text null;`);
    this.addSql(`alter table "referrals"."service_availability" add constraint service_availability_contact_check check(char_length(contact) <= 200);`);
    this.addSql(`alter table "referrals"."service_availability" add constraint service_availability_note_check check(char_length(note) <= 500);`);
    this.addSql(`alter table "referrals"."service_availability" add constraint service_availability_waiting_limit_check check(waiting_time_weeks_max <= 104);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "referrals"."idempotency_record" cascade;`);

    this.addSql(`drop table if exists "referrals"."referral_status_change" cascade;`);

    this.addSql(`drop index "referrals"."referral_contact_due_at_index";`);
    this.addSql(`alter table "referrals"."referral" drop constraint referral_contact_email_check;`);
    this.addSql(`alter table "referrals"."referral" drop constraint referral_contact_phone_check;`);
    this.addSql(`alter table "referrals"."referral" drop constraint referral_contact_name_check;`);
    this.addSql(`alter table "referrals"."referral" drop constraint referral_referrer_name_check;`);
    this.addSql(`alter table "referrals"."referral" drop constraint referral_person_name_check;`);
    this.addSql(`alter table "referrals"."referral" drop constraint referral_person_municipality_check;`);
    this.addSql(`alter table "referrals"."referral" drop constraint referral_person_complete_check;`);
    this.addSql(`alter table "referrals"."referral" drop constraint referral_consultation_no_person_check;`);
    this.addSql(
      `alter table "referrals"."referral" drop column "funding_stream", drop column "referrer_contact_name", drop column "referrer_contact_phone", drop column "referrer_contact_email", drop column "referred_person_name", drop column "referred_person_date_of_birth", drop column "referred_person_municipality_code";`,
    );

    this.addSql(`alter table "referrals"."referral" alter column "referrer_organisation_id" drop default;`);
    this.addSql(`alter table "referrals"."referral" alter column "referrer_organisation_id" type uuid using ("referrer_organisation_id"::text::uuid);`);
    this.addSql(`alter table "referrals"."referral" alter column "referrer_organisation_id" set not null;`);

    this.addSql(`alter table "referrals"."service_availability" drop constraint service_availability_contact_check;`);
    this.addSql(`alter table "referrals"."service_availability" drop constraint service_availability_note_check;`);
    this.addSql(`alter table "referrals"."service_availability" drop constraint service_availability_waiting_limit_check;`);
    this.addSql(`alter table "referrals"."service_availability" drop column "contact";`);
  }
}
