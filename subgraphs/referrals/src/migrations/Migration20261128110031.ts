import { Migration } from '@mikro-orm/migrations';

export class Migration20261128110031 extends Migration {
  override async up(): Promise<void> {
    // By hand: source_type starts nullable so existing rows can be back-filled before it becomes required.
    this.addSql(
      `alter table "referrals"."referral" add column "source_type" text check ("source_type" in ('GP', 'POLICE', 'VEILIG_THUIS', 'SCHOOL', 'OTHER_PROFESSIONAL')) null, add column "forms_of_abuse" text[] not null default '{}', add column "municipality_code" varchar(6) null;`,
    );
    // By hand: back-fill. The source type follows from the referrer's name as the demo referrers spell it.
    this.addSql(`update "referrals"."referral" set "source_type" = case
      when referrer_organisation_name ilike '%huisarts%' then 'GP'
      when referrer_organisation_name ilike '%veilig thuis%' then 'VEILIG_THUIS'
      when referrer_organisation_name ilike '%politie%' then 'POLICE'
      when referrer_organisation_name ilike '%school%' then 'SCHOOL'
      else 'OTHER_PROFESSIONAL' end;`);
    // The municipality is the referred person's, else the linked demo client's, else Zwolle's; a consultation
    // named none before this column existed, so it stays unattributed. Forms of abuse come from the demo client.
    this.addSql(`update "referrals"."referral" r set
      "municipality_code" = case when r.kind = 'CONSULTATION' then null
        else coalesce(r.referred_person_municipality_code, demo.municipality_code, 'GM0193') end,
      "forms_of_abuse" = coalesce(demo.forms_of_abuse::text[], '{}')
    from "referrals"."referral" r2 left join (values
      ('f5d0a876-34f2-5566-b065-9d7c6e14057c', 'GM0193', '{PARTNER_ABUSE}'),
      ('529ad24b-6f90-578a-8127-3651403201c7', 'GM0153', '{PARTNER_ABUSE,CHILD_ABUSE}'),
      ('0369d6e1-f993-5f8d-8078-95ab7bb6086f', 'GM0160', '{HONOUR_BASED_VIOLENCE,FAMILY_VIOLENCE}'),
      ('e5f564ef-fc0d-5487-8acb-0bce1a6455be', 'GM0150', '{SEXUAL_ABUSE}'),
      ('c4e140c9-3896-5b5c-b18c-f79cba73f85a', 'GM0164', '{HUMAN_TRAFFICKING}'),
      ('5ea56005-9f6c-5865-b90b-6bb389331598', 'GM0141', '{ELDER_ABUSE}'),
      ('eaa35790-e4a8-5bf8-88f6-0147b4cc4f4f', 'GM0166', '{PARTNER_ABUSE,SEXUAL_ABUSE}'),
      ('461ad947-1a00-5bba-a8e8-c608da1f17f0', 'GM0193', '{PARTNER_ABUSE}'),
      ('7f2a0f04-e994-5fe9-9644-1defbbc0f2a5', 'GM0153', '{PARTNER_ABUSE,CHILD_ABUSE}'),
      ('6ae14e77-0369-5505-a839-2610a72f0baf', 'GM0160', '{HONOUR_BASED_VIOLENCE,FAMILY_VIOLENCE}'),
      ('4003c9ae-86d8-5611-bde8-78704f6342da', 'GM0150', '{SEXUAL_ABUSE}'),
      ('189dcde2-5392-5e36-adb6-d709096484a0', 'GM0164', '{HUMAN_TRAFFICKING}'),
      ('05f09a70-361e-5646-a93e-668ef9139db0', 'GM0141', '{ELDER_ABUSE}'),
      ('25638c25-7102-51f9-b8bd-e6b8a7540334', 'GM0166', '{PARTNER_ABUSE,SEXUAL_ABUSE}'),
      ('4fd77ed1-c6ba-5abd-82c1-238cdad3ad8e', 'GM0193', '{PARTNER_ABUSE}'),
      ('c0db428a-3d7d-59df-9634-390bf19c4a99', 'GM0153', '{PARTNER_ABUSE,CHILD_ABUSE}'),
      ('7ff6945d-499f-52ea-8348-d21fbba20c74', 'GM0160', '{HONOUR_BASED_VIOLENCE,FAMILY_VIOLENCE}'),
      ('7b043f9b-bff1-5809-8ed2-ceea5fec3c7e', 'GM0150', '{SEXUAL_ABUSE}'),
      ('fe3f7161-387e-5d4b-bf98-29a62a7adf73', 'GM0164', '{HUMAN_TRAFFICKING}'),
      ('6f4a93aa-84b0-5be5-8200-167bd7f10fa0', 'GM0141', '{ELDER_ABUSE}'),
      ('d5702187-e254-51c4-97b7-9aa86ce7e701', 'GM0166', '{PARTNER_ABUSE,SEXUAL_ABUSE}'),
      ('978e6559-9c4e-56b2-a70e-26fb722dd846', 'GM0193', '{PARTNER_ABUSE}'),
      ('70a6e48d-67ae-5314-ab72-a36443684663', 'GM0153', '{PARTNER_ABUSE,CHILD_ABUSE}'),
      ('652de6e2-5de6-51fe-980e-040e25e59351', 'GM0160', '{HONOUR_BASED_VIOLENCE,FAMILY_VIOLENCE}'),
      ('b04a5940-ecbb-55c7-a53a-6561e45b5702', 'GM0150', '{SEXUAL_ABUSE}'),
      ('026fa00f-528b-51e6-aa07-0fd382aa6935', 'GM0164', '{HUMAN_TRAFFICKING}'),
      ('b360b0c4-ac56-5e7d-9fa6-0764899d1202', 'GM0141', '{ELDER_ABUSE}'),
      ('0e340e88-dc0d-5170-b320-3831a30e083d', 'GM0166', '{PARTNER_ABUSE,SEXUAL_ABUSE}'),
      ('4bc0c86f-17fc-53e4-aa99-2c45915caecc', 'GM0193', '{PARTNER_ABUSE}'),
      ('1071c5db-b935-5a6c-87a2-1b98b6ef3916', 'GM0153', '{PARTNER_ABUSE,CHILD_ABUSE}'),
      ('8d133d7f-bf07-58c2-ae2c-dd879d8600a5', 'GM0160', '{HONOUR_BASED_VIOLENCE,FAMILY_VIOLENCE}'),
      ('0f809e60-705b-5de0-beaf-8f5ba67f4fc1', 'GM0150', '{SEXUAL_ABUSE}'),
      ('b516f4d4-4aa4-5524-bc48-ab216292875a', 'GM0164', '{HUMAN_TRAFFICKING}'),
      ('9543e92b-a53d-530a-afab-391a8ffb89ae', 'GM0141', '{ELDER_ABUSE}'),
      ('019e8402-f5ab-5e94-87c3-e11c4fa95f0b', 'GM0166', '{PARTNER_ABUSE,SEXUAL_ABUSE}'),
      ('bbf1e153-133d-5609-b7f5-596fcb30a3da', 'GM0193', '{PARTNER_ABUSE}')
    ) as demo (client_id, municipality_code, forms_of_abuse) on demo.client_id::uuid = r2.client_id
    where r2.id = r.id;`);
    this.addSql(`alter table "referrals"."referral" alter column "source_type" set not null;`);
    this.addSql(
      `create index "referral_statistics_index" on referrals.referral ("municipality_code", "received_at") include ("kind", "source_type", "status", "client_id", "forms_of_abuse");`,
    );
    this.addSql(
      `alter table "referrals"."referral" add constraint referral_forms_of_abuse_check check(forms_of_abuse <@ array['PARTNER_ABUSE', 'CHILD_ABUSE', 'ELDER_ABUSE', 'SEXUAL_ABUSE', 'HONOUR_BASED_VIOLENCE', 'FAMILY_VIOLENCE', 'HUMAN_TRAFFICKING']::text[]);`,
    );
    this.addSql(
      `alter table "referrals"."referral" add constraint referral_municipality_person_check check(referred_person_municipality_code is null or municipality_code = referred_person_municipality_code);`,
    );
    this.addSql(
      `alter table "referrals"."referral" add constraint referral_municipality_attributed_check check(kind = 'CONSULTATION' or municipality_code is not null);`,
    );
    this.addSql(`alter table "referrals"."referral" add constraint referral_municipality_check check(municipality_code ~ '^GM[0-9]{4}\$');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "referrals"."referral_statistics_index";`);
    this.addSql(`alter table "referrals"."referral" drop constraint referral_forms_of_abuse_check;`);
    this.addSql(`alter table "referrals"."referral" drop constraint referral_municipality_person_check;`);
    this.addSql(`alter table "referrals"."referral" drop constraint referral_municipality_attributed_check;`);
    this.addSql(`alter table "referrals"."referral" drop constraint referral_municipality_check;`);
    this.addSql(`alter table "referrals"."referral" drop column "source_type", drop column "forms_of_abuse", drop column "municipality_code";`);
  }
}
