import { Migration } from '@mikro-orm/migrations';

/**
 * The rest of a NEN 7513 log line (docs/access-log.md, "What is logged"): who the user acted for, the
 * access point (application and source address), the objects touched (`Type:id`), the consents that
 * allowed a partner's read, and whether it was an emergency (break-glass) access. Entries written before
 * have the defaults, and their MAC covers what they held then (access-entry-mac.ts).
 */
export class Migration20261130030000_access_log_nen extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit"."access_log"
      add column "on_behalf_of" text,
      add column "application_id" text,
      add column "source_address" text,
      add column "objects" text[] not null default '{}',
      add column "consent_ids" uuid[] not null default '{}',
      add column "emergency" boolean not null default false;`);
    this.addSql(`create index "access_log_emergency_idx" on "audit"."access_log" ("seq") where "emergency";`);
  }
}
