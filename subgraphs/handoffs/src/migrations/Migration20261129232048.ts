import { Migration } from '@mikro-orm/migrations';

export class Migration20261129232048 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "handoffs"."handoff_note" ("id" uuid not null, "handoff_id" uuid not null, "author_user_id" text not null, "author_organisation_id" text null, "author_side" text check ("author_side" in ('PARTNER', 'KADERA')) not null, "created_at" timestamptz not null, "text" text not null, constraint "handoff_note_pkey" primary key ("id"), constraint handoff_note_text_check check (length(btrim(text)) between 1 and 4000));`,
    );
    this.addSql(`create index "handoff_note_handoff_id_created_at_index" on "handoffs"."handoff_note" ("handoff_id", "created_at");`);

    this.addSql(
      `alter table "handoffs"."handoff_note" add constraint "handoff_note_handoff_id_foreign" foreign key ("handoff_id") references "handoffs"."handoff" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "handoffs"."handoff" add column "kadera_contact_name" text null, add column "kadera_contact_phone" text null, add column "kadera_contact_email" text null;`,
    );
    this.addSql(
      `alter table "handoffs"."handoff" add constraint handoff_kadera_contact_check check((kadera_contact_name is null and kadera_contact_phone is null and kadera_contact_email is null) or (kadera_contact_name is not null and (kadera_contact_phone is not null or kadera_contact_email is not null)));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "handoffs"."handoff_note" cascade;`);

    this.addSql(`alter table "handoffs"."handoff" drop constraint handoff_kadera_contact_check;`);
    this.addSql(`alter table "handoffs"."handoff" drop column "kadera_contact_name", drop column "kadera_contact_phone", drop column "kadera_contact_email";`);
  }
}
