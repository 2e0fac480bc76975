import { Migration } from '@mikro-orm/migrations';

export class Migration20261129232021 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "referrals"."referral" add column "referrer_reference" text null;`);
    this.addSql(
      `alter table "referrals"."referral" add constraint referral_referrer_reference_check check(referrer_reference is null or (char_length(btrim(referrer_reference)) >= 1 and char_length(btrim(referrer_reference)) <= 100));`,
    );

    this.addSql(`alter table "referrals"."referral_status_change" add column "referrer_message" text null;`);
    this.addSql(
      `alter table "referrals"."referral_status_change" add constraint referral_status_change_referrer_message_check check(referrer_message is null or (char_length(referrer_message) >= 1 and char_length(referrer_message) <= 1000));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "referrals"."referral" drop constraint referral_referrer_reference_check;`);
    this.addSql(`alter table "referrals"."referral" drop column "referrer_reference";`);

    this.addSql(`alter table "referrals"."referral_status_change" drop constraint referral_status_change_referrer_message_check;`);
    this.addSql(`alter table "referrals"."referral_status_change" drop column "referrer_message";`);
  }
}
