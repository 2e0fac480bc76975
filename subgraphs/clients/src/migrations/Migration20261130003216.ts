import { Migration } from '@mikro-orm/migrations';

export class Migration20261130003216 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "clients"."safety_plan" ("id" uuid not null, "client_id" uuid not null, "risks" text[] not null, "agreements" text[] not null, "emergency_contacts" jsonb not null, "code_word" text null, "review_date" date not null, "version" int not null default 1, "updated_at" timestamptz not null, "updated_by_user_id" text not null, constraint "safety_plan_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "clients"."safety_plan" add constraint "safety_plan_client_id_unique" unique ("client_id");`);

    this.addSql(
      `alter table "clients"."safety_plan" add constraint "safety_plan_client_id_foreign" foreign key ("client_id") references "clients"."client" ("id") on update cascade;`,
    );

    this.addSql(`alter table "clients"."child" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "clients"."safety_plan" cascade;`);

    this.addSql(`alter table "clients"."child" drop column "version";`);
  }
}
