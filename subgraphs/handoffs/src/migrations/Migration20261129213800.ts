import { Migration } from '@mikro-orm/migrations';

/**
 * The handoffs subgraph's own statuses (HandoffStatus), sides, priorities, outcome reasons and partner types
 * move from native enum types to text with a check listing the values, so a value is added by one check in
 * this subgraph alone. Existing rows keep their values (`using col::text`); then the native types are dropped.
 */
export class Migration20261129213800 extends Migration {
  override async up(): Promise<void> {
    // Written by hand: the default is dropped and set again around the type change.
    this.addSql(`alter table "handoffs"."handoff" alter column "status" drop default;`);
    this.addSql(`alter table "handoffs"."partner_organisation" alter column "partner_type" type text using ("partner_type"::text);`);
    this.addSql(
      `alter table "handoffs"."partner_organisation" add constraint "partner_organisation_partner_type_check" check("partner_type" in ('GGZ', 'DEBT_ASSISTANCE', 'HOUSING', 'UWV', 'YOUTH_SERVICES', 'ADDICTION_CARE', 'CASA'));`,
    );

    this.addSql(`alter table "handoffs"."handoff" drop constraint handoff_closed_outcome_check;`);
    this.addSql(`alter table "handoffs"."handoff" drop constraint handoff_status_reason_check;`);

    this.addSql(`alter table "handoffs"."handoff" alter column "status" type text using ("status"::text);`);
    this.addSql(`alter table "handoffs"."handoff" alter column "priority" type text using ("priority"::text);`);
    this.addSql(`alter table "handoffs"."handoff" alter column "outcome_reason" type text using ("outcome_reason"::text);`);
    this.addSql(
      `alter table "handoffs"."handoff" add constraint "handoff_status_check" check("status" in ('REQUESTED', 'RECEIVED', 'ACCEPTED', 'REJECTED', 'ON_HOLD', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'FAILED', 'ENTERED_IN_ERROR'));`,
    );
    this.addSql(`alter table "handoffs"."handoff" add constraint "handoff_priority_check" check("priority" in ('URGENT', 'ROUTINE'));`);
    this.addSql(
      `alter table "handoffs"."handoff" add constraint "handoff_outcome_reason_check" check("outcome_reason" in ('GOAL_REACHED', 'CLIENT_DECLINED', 'NOT_ELIGIBLE', 'NO_CONTACT', 'REFERRED_ELSEWHERE', 'OTHER'));`,
    );
    this.addSql(
      `alter table "handoffs"."handoff" add constraint handoff_closed_outcome_check check((status <> 'COMPLETED' or outcome_successful) and (status <> 'FAILED' or not outcome_successful));`,
    );
    this.addSql(
      `alter table "handoffs"."handoff" add constraint handoff_status_reason_check check(status not in ('REJECTED', 'ON_HOLD', 'CANCELLED', 'FAILED', 'ENTERED_IN_ERROR') or length(btrim(status_reason)) > 0);`,
    );
    this.addSql(`alter table "handoffs"."handoff" alter column "status" set default 'REQUESTED';`);

    this.addSql(`alter table "handoffs"."handoff_status_change" alter column "from" type text using ("from"::text);`);
    this.addSql(`alter table "handoffs"."handoff_status_change" alter column "to" type text using ("to"::text);`);
    this.addSql(`alter table "handoffs"."handoff_status_change" alter column "side" type text using ("side"::text);`);
    this.addSql(
      `alter table "handoffs"."handoff_status_change" add constraint "handoff_status_change_from_check" check("from" in ('REQUESTED', 'RECEIVED', 'ACCEPTED', 'REJECTED', 'ON_HOLD', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'FAILED', 'ENTERED_IN_ERROR'));`,
    );
    this.addSql(
      `alter table "handoffs"."handoff_status_change" add constraint "handoff_status_change_to_check" check("to" in ('REQUESTED', 'RECEIVED', 'ACCEPTED', 'REJECTED', 'ON_HOLD', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'FAILED', 'ENTERED_IN_ERROR'));`,
    );
    this.addSql(`alter table "handoffs"."handoff_status_change" add constraint "handoff_status_change_side_check" check("side" in ('PARTNER', 'KADERA'));`);

    this.addSql(`drop type "handoffs"."outcome_reason";`);
    this.addSql(`drop type "handoffs"."partner_type";`);
    this.addSql(`drop type "handoffs"."priority";`);
    this.addSql(`drop type "handoffs"."task_status";`);
    this.addSql(`drop type "handoffs"."workflow_side";`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create type "handoffs"."outcome_reason" as enum ('GOAL_REACHED', 'CLIENT_DECLINED', 'NOT_ELIGIBLE', 'NO_CONTACT', 'REFERRED_ELSEWHERE', 'OTHER');`,
    );
    this.addSql(`create type "handoffs"."partner_type" as enum ('GGZ', 'DEBT_ASSISTANCE', 'HOUSING', 'UWV', 'YOUTH_SERVICES', 'ADDICTION_CARE', 'CASA');`);
    this.addSql(`create type "handoffs"."priority" as enum ('URGENT', 'ROUTINE');`);
    this.addSql(
      `create type "handoffs"."task_status" as enum ('REQUESTED', 'RECEIVED', 'ACCEPTED', 'REJECTED', 'ON_HOLD', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'FAILED', 'ENTERED_IN_ERROR');`,
    );
    this.addSql(`create type "handoffs"."workflow_side" as enum ('KADERA', 'PARTNER', 'REFERRER');`);
    this.addSql(`alter table "handoffs"."handoff" alter column "status" drop default;`);
    this.addSql(`alter table "handoffs"."handoff" drop constraint if exists "handoff_status_check";`);
    this.addSql(`alter table "handoffs"."handoff" drop constraint if exists "handoff_priority_check";`);
    this.addSql(`alter table "handoffs"."handoff" drop constraint if exists "handoff_outcome_reason_check";`);

    this.addSql(`alter table "handoffs"."handoff_status_change" drop constraint if exists "handoff_status_change_from_check";`);
    this.addSql(`alter table "handoffs"."handoff_status_change" drop constraint if exists "handoff_status_change_to_check";`);
    this.addSql(`alter table "handoffs"."handoff_status_change" drop constraint if exists "handoff_status_change_side_check";`);

    this.addSql(`alter table "handoffs"."partner_organisation" drop constraint if exists "partner_organisation_partner_type_check";`);

    this.addSql(`alter table "handoffs"."handoff" drop constraint handoff_status_reason_check;`);
    this.addSql(`alter table "handoffs"."handoff" drop constraint handoff_closed_outcome_check;`);

    this.addSql(`alter table "handoffs"."handoff" alter column "status" type "handoffs"."task_status" using ("status"::"handoffs"."task_status");`);
    this.addSql(`alter table "handoffs"."handoff" alter column "priority" type "handoffs"."priority" using ("priority"::"handoffs"."priority");`);
    this.addSql(
      `alter table "handoffs"."handoff" alter column "outcome_reason" type "handoffs"."outcome_reason" using ("outcome_reason"::"handoffs"."outcome_reason");`,
    );
    this.addSql(
      `alter table "handoffs"."handoff" add constraint handoff_status_reason_check check((status <> ALL (ARRAY['REJECTED'::handoffs.task_status, 'ON_HOLD'::handoffs.task_status, 'CANCELLED'::handoffs.task_status, 'FAILED'::handoffs.task_status, 'ENTERED_IN_ERROR'::handoffs.task_status])) OR (length(btrim(status_reason)) > 0));`,
    );
    this.addSql(
      `alter table "handoffs"."handoff" add constraint handoff_closed_outcome_check check(((status <> 'COMPLETED'::handoffs.task_status) OR outcome_successful) AND ((status <> 'FAILED'::handoffs.task_status) OR (NOT outcome_successful)));`,
    );

    this.addSql(`alter table "handoffs"."handoff_status_change" alter column "from" type "handoffs"."task_status" using ("from"::"handoffs"."task_status");`);
    this.addSql(`alter table "handoffs"."handoff_status_change" alter column "to" type "handoffs"."task_status" using ("to"::"handoffs"."task_status");`);
    this.addSql(
      `alter table "handoffs"."handoff_status_change" alter column "side" type "handoffs"."workflow_side" using ("side"::"handoffs"."workflow_side");`,
    );

    this.addSql(
      `alter table "handoffs"."partner_organisation" alter column "partner_type" type "handoffs"."partner_type" using ("partner_type"::"handoffs"."partner_type");`,
    );

    this.addSql(`alter table "handoffs"."handoff" alter column "status" set default 'REQUESTED';`);
  }
}
