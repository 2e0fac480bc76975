import { Migration } from '@mikro-orm/migrations';

export class Migration20261130004009 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "referral_referrer_reference_index" on referrals.referral (lower(referrer_reference));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "referrals"."referral_referrer_reference_index";`);
  }
}
