import { Migration } from '@mikro-orm/migrations';

export class Migration20261128104728 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "clients"."housing_urgency" as enum ('LOW', 'MEDIUM', 'HIGH', 'URGENT');`);
    this.addSql(
      `create table "clients"."child" ("id" uuid not null, "client_id" uuid not null, "first_name" text not null, "date_of_birth" date not null, "child_social_worker_name" text not null, constraint "child_pkey" primary key ("id"), constraint child_social_worker_check check (length(btrim(child_social_worker_name)) > 0), constraint child_first_name_check check (length(btrim(first_name)) > 0));`,
    );
    this.addSql(`create index "child_client_id_index" on "clients"."child" ("client_id");`);

    this.addSql(
      `alter table "clients"."child" add constraint "child_client_id_foreign" foreign key ("client_id") references "clients"."client" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "clients"."client" add column "health_screening_summary" text null, add column "financial_situation" text null, add column "housing_need" text null, add column "housing_urgency" "clients"."housing_urgency" null, add column "income_and_benefits" text null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "clients"."child" cascade;`);

    this.addSql(
      `alter table "clients"."client" drop column "health_screening_summary", drop column "financial_situation", drop column "housing_need", drop column "housing_urgency", drop column "income_and_benefits";`,
    );

    this.addSql(`drop type "clients"."housing_urgency";`);
  }
}
