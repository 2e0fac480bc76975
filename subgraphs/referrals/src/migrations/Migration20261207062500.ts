import { Migration } from '@mikro-orm/migrations';

/**
 * The statistics index carries the referral's id as well, so that counting distinct referrals (forms of
 * abuse, ambulatory clients) reads the index alone instead of one heap page per referral (issue 13:
 * statistics at 1M rows). Written by hand: MikroORM does not diff expression indexes.
 */
export class Migration20261207062500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "referrals"."referral_statistics_index";`);
    this.addSql(
      `create index "referral_statistics_index" on referrals.referral ("municipality_code", "received_at") include ("kind", "source_type", "status", "client_id", "forms_of_abuse", "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "referrals"."referral_statistics_index";`);
    this.addSql(
      `create index "referral_statistics_index" on referrals.referral ("municipality_code", "received_at") include ("kind", "source_type", "status", "client_id", "forms_of_abuse");`,
    );
  }
}
