import { Migration } from '@mikro-orm/migrations';

/**
 * The demo clients' municipalities, frozen here so that existing rows are
 * attributed as the seed would attribute them today; any other row falls back
 * to Zwolle (GM0193), the region's central municipality.
 */
const DEMO_CLIENT_MUNICIPALITIES = `
  ('f5d0a876-34f2-5566-b065-9d7c6e14057c'::uuid, 'GM0193'),
  ('529ad24b-6f90-578a-8127-3651403201c7'::uuid, 'GM0153'),
  ('0369d6e1-f993-5f8d-8078-95ab7bb6086f'::uuid, 'GM0160'),
  ('e5f564ef-fc0d-5487-8acb-0bce1a6455be'::uuid, 'GM0150'),
  ('c4e140c9-3896-5b5c-b18c-f79cba73f85a'::uuid, 'GM0164'),
  ('5ea56005-9f6c-5865-b90b-6bb389331598'::uuid, 'GM0141'),
  ('eaa35790-e4a8-5bf8-88f6-0147b4cc4f4f'::uuid, 'GM0166'),
  ('461ad947-1a00-5bba-a8e8-c608da1f17f0'::uuid, 'GM0193'),
  ('7f2a0f04-e994-5fe9-9644-1defbbc0f2a5'::uuid, 'GM0153'),
  ('6ae14e77-0369-5505-a839-2610a72f0baf'::uuid, 'GM0160'),
  ('4003c9ae-86d8-5611-bde8-78704f6342da'::uuid, 'GM0150'),
  ('189dcde2-5392-5e36-adb6-d709096484a0'::uuid, 'GM0164'),
  ('05f09a70-361e-5646-a93e-668ef9139db0'::uuid, 'GM0141'),
  ('25638c25-7102-51f9-b8bd-e6b8a7540334'::uuid, 'GM0166'),
  ('4fd77ed1-c6ba-5abd-82c1-238cdad3ad8e'::uuid, 'GM0193'),
  ('c0db428a-3d7d-59df-9634-390bf19c4a99'::uuid, 'GM0153'),
  ('7ff6945d-499f-52ea-8348-d21fbba20c74'::uuid, 'GM0160'),
  ('7b043f9b-bff1-5809-8ed2-ceea5fec3c7e'::uuid, 'GM0150'),
  ('fe3f7161-387e-5d4b-bf98-29a62a7adf73'::uuid, 'GM0164'),
  ('6f4a93aa-84b0-5be5-8200-167bd7f10fa0'::uuid, 'GM0141'),
  ('d5702187-e254-51c4-97b7-9aa86ce7e701'::uuid, 'GM0166'),
  ('978e6559-9c4e-56b2-a70e-26fb722dd846'::uuid, 'GM0193'),
  ('70a6e48d-67ae-5314-ab72-a36443684663'::uuid, 'GM0153'),
  ('652de6e2-5de6-51fe-980e-040e25e59351'::uuid, 'GM0160'),
  ('b04a5940-ecbb-55c7-a53a-6561e45b5702'::uuid, 'GM0150'),
  ('026fa00f-528b-51e6-aa07-0fd382aa6935'::uuid, 'GM0164'),
  ('b360b0c4-ac56-5e7d-9fa6-0764899d1202'::uuid, 'GM0141'),
  ('0e340e88-dc0d-5170-b320-3831a30e083d'::uuid, 'GM0166'),
  ('4bc0c86f-17fc-53e4-aa99-2c45915caecc'::uuid, 'GM0193'),
  ('1071c5db-b935-5a6c-87a2-1b98b6ef3916'::uuid, 'GM0153'),
  ('8d133d7f-bf07-58c2-ae2c-dd879d8600a5'::uuid, 'GM0160'),
  ('0f809e60-705b-5de0-beaf-8f5ba67f4fc1'::uuid, 'GM0150'),
  ('b516f4d4-4aa4-5524-bc48-ab216292875a'::uuid, 'GM0164'),
  ('9543e92b-a53d-530a-afab-391a8ffb89ae'::uuid, 'GM0141'),
  ('019e8402-f5ab-5e94-87c3-e11c4fa95f0b'::uuid, 'GM0166'),
  ('bbf1e153-133d-5609-b7f5-596fcb30a3da'::uuid, 'GM0193')`;

const FALLBACK_MUNICIPALITY = 'GM0193';

export class Migration20261128105954 extends Migration {
  /** Added nullable, back-filled, then made required: the generated "not null" alone fails on existing rows. */
  private addMunicipalityCode(table: string): void {
    this.addSql(`alter table "placements"."${table}" add column "municipality_code" varchar(6) null;`);
    this.addSql(
      `update "placements"."${table}" t set "municipality_code" = coalesce(` +
        `(select d.code from (values ${DEMO_CLIENT_MUNICIPALITIES}) as d(client_id, code) where d.client_id = t.client_id), ` +
        `'${FALLBACK_MUNICIPALITY}');`,
    );
    this.addSql(`alter table "placements"."${table}" alter column "municipality_code" set not null;`);
  }

  override async up(): Promise<void> {
    this.addMunicipalityCode('aftercare_programme');
    this.addSql(
      `create index "aftercare_programme_municipality_code_started_on_index" on "placements"."aftercare_programme" ("municipality_code", "started_on");`,
    );
    this.addSql(
      `alter table "placements"."aftercare_programme" add constraint aftercare_programme_municipality_code_check check(municipality_code ~ '^GM[0-9]{4}\$');`,
    );

    this.addMunicipalityCode('alarm_deployment');
    this.addSql(`create index "alarm_deployment_municipality_code_deployed_on_index" on "placements"."alarm_deployment" ("municipality_code", "deployed_on");`);
    this.addSql(
      `alter table "placements"."alarm_deployment" add constraint alarm_deployment_municipality_code_check check(municipality_code ~ '^GM[0-9]{4}\$');`,
    );

    this.addMunicipalityCode('stay');
    this.addSql(`create index "stay_municipality_code_discharged_on_index" on "placements"."stay" ("municipality_code", "discharged_on");`);
    this.addSql(`alter table "placements"."stay" add constraint stay_municipality_code_check check(municipality_code ~ '^GM[0-9]{4}\$');`);

    this.addMunicipalityCode('waitlist_entry');
    this.addSql(`alter table "placements"."waitlist_entry" add constraint waitlist_entry_municipality_code_check check(municipality_code ~ '^GM[0-9]{4}\$');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "placements"."aftercare_programme_municipality_code_started_on_index";`);
    this.addSql(`alter table "placements"."aftercare_programme" drop constraint aftercare_programme_municipality_code_check;`);
    this.addSql(`alter table "placements"."aftercare_programme" drop column "municipality_code";`);

    this.addSql(`drop index "placements"."alarm_deployment_municipality_code_deployed_on_index";`);
    this.addSql(`alter table "placements"."alarm_deployment" drop constraint alarm_deployment_municipality_code_check;`);
    this.addSql(`alter table "placements"."alarm_deployment" drop column "municipality_code";`);

    this.addSql(`drop index "placements"."stay_municipality_code_discharged_on_index";`);
    this.addSql(`alter table "placements"."stay" drop constraint stay_municipality_code_check;`);
    this.addSql(`alter table "placements"."stay" drop column "municipality_code";`);

    this.addSql(`alter table "placements"."waitlist_entry" drop constraint waitlist_entry_municipality_code_check;`);
    this.addSql(`alter table "placements"."waitlist_entry" drop column "municipality_code";`);
  }
}
