import { addDays, DEMO_PARTNERS, PartnerType, today } from '@hub/common';
import type { Client } from 'pg';
import type { TestStack } from './test-stack';

const GGZ = DEMO_PARTNERS.find((partner) => partner.partnerType === PartnerType.GGZ)!;

export interface Seeded {
  clientId: string;
  /** Her open care, by id: a stay or waitlist entry (whichever the unit had room for), aftercare, an alarm, a referral, a handoff. */
  records: { stayId: string | null; waitlistEntryId: string | null; aftercareId: string; alarmId: string; referralId: string; handoffId: string };
  /** Every id and text of this client the hub now holds in some subgraph. */
  marks: string[];
}

/** A client with data in every subgraph, each text marked with `tag` so it can be looked for; her care left open. */
export async function seedClientEverywhere(hub: TestStack, tag: string, serial: string): Promise<Seeded> {
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const answer = await hub.query(query, variables);
    if (answer.errors) throw new Error(`seeding failed: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };
  const name = `${tag} Exportmarker`;
  const address = `${tag}straat 12, Zwolle`;
  const { registerClient } = await ok(`mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id } }`, {
    input: { name, dateOfBirth: '1988-03-04', municipalityCode: 'GM0193', confidentialAddress: address, riskLevel: 'ORANGE', confirmNotDuplicate: true },
  });
  const clientId: string = registerClient.id;
  const child = `${tag}kind`;
  const { addChild } = await ok(`mutation ($input: AddChildInput!) { addChild(input: $input) { id } }`, {
    input: { clientId, firstName: child, dateOfBirth: '2018-05-06', childSocialWorkerName: `Mw. ${tag}werker` },
  });
  const purpose = `${tag} health screening for the GGZ intake`;
  const { recordConsent } = await ok(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
    input: { clientId, partnerOrganisationId: GGZ.id, categories: ['IDENTITY', 'HEALTH_SCREENING'], purpose, validUntil: addDays(today(), 90) },
  });
  const codeWord = `${tag}code`;
  await ok(`mutation ($input: SaveSafetyPlanInput!) { saveSafetyPlan(input: $input) { version } }`, {
    input: {
      clientId,
      risks: [`${tag} risk at the school gate`],
      agreements: ['Calls every evening'],
      emergencyContacts: [{ name: `${tag}vriendin`, relation: 'friend', phone: '0612345678' }],
      codeWord,
      reviewDate: addDays(today(), 14),
    },
  });
  const riskReason = `${tag} threats by phone`;
  await ok(`mutation ($id: UUID!, $reason: String!) { changeRiskLevel(clientId: $id, expectedVersion: 1, riskLevel: RED, reason: $reason) { id } }`, {
    id: clientId,
    reason: riskReason,
  });
  const { occupancy } = await ok(`{ occupancy { type location { id } } }`, {});
  const place = occupancy.find((row: any) => row.type === 'CRISIS_RELIEF');
  const { admitClient } = await ok(`mutation ($input: AdmitClientInput!) { admitClient(input: $input) { outcome stay { id } waitlistEntry { id } } }`, {
    input: { clientId, placementType: place.type, locationId: place.location.id },
  });
  const { startAftercare } = await ok(`mutation ($input: StartAftercareInput!) { startAftercare(input: $input) { id } }`, {
    input: { clientId, homeVisitsPlanned: 4 },
  });
  const { deployAlarm } = await ok(`mutation ($input: DeployAlarmInput!) { deployAlarm(input: $input) { id } }`, {
    input: { clientId, deviceSerial: serial },
  });
  const reference = `${tag}-REF-1`;
  const { submitReferral } = await ok(`mutation ($input: SubmitReferralInput!) { submitReferral(input: $input) { id } }`, {
    input: {
      kind: 'AMBULATORY',
      sourceType: 'GP',
      region: 'TWENTE',
      priority: 'ROUTINE',
      fundingStream: 'WMO',
      referrerReference: reference,
      referrerOrganisationName: 'Huisartsenpraktijk De Esch',
      referrerContactName: 'Dr. A. Jansen',
      referrerContactPhone: '038-1234567',
      person: { name, dateOfBirth: '1988-03-04', municipalityCode: 'GM0153' },
    },
  });
  await ok(`mutation ($input: LinkReferralClientInput!) { linkReferralClient(input: $input) { id } }`, {
    input: { referralId: submitReferral.id, clientId },
  });
  const handoffPurpose = `${tag} screening after the stay`;
  const { createHandoff } = await ok(`mutation ($input: CreateHandoffInput!) { createHandoff(input: $input) { id } }`, {
    input: { clientId, partnerOrganisationId: GGZ.id, categories: ['IDENTITY', 'HEALTH_SCREENING'], purpose: handoffPurpose, priority: 'ROUTINE' },
  });
  const note = `${tag} prefers appointments in the morning`;
  const { addHandoffNote } = await ok(`mutation ($input: AddHandoffNoteInput!) { addHandoffNote(input: $input) { id } }`, {
    input: { handoffId: createHandoff.id, text: note },
  });
  const placed = admitClient.stay?.id ?? admitClient.waitlistEntry?.id;
  return {
    clientId,
    records: {
      stayId: admitClient.stay?.id ?? null,
      waitlistEntryId: admitClient.waitlistEntry?.id ?? null,
      aftercareId: startAftercare.id,
      alarmId: deployAlarm.id,
      referralId: submitReferral.id,
      handoffId: createHandoff.id,
    },
    marks: [
      ...[clientId, addChild.id, recordConsent.id, placed, startAftercare.id, deployAlarm.id, submitReferral.id, createHandoff.id, addHandoffNote.id],
      ...[tag, name, address, child, purpose, codeWord, riskReason, serial, reference, handoffPurpose, note],
    ],
  };
}

/** Answers the query as staff, or throws. */
async function staffDo(hub: TestStack, query: string, variables: Record<string, unknown>): Promise<void> {
  const answer = await hub.query(query, variables);
  if (answer.errors) throw new Error(`closing care failed: ${JSON.stringify(answer.errors)}`);
}

/** Closes all her care: discharged (or off the waitlist), aftercare ended, alarm back, referral and handoff closed. */
export async function closeCare(hub: TestStack, { records }: Seeded): Promise<void> {
  if (records.stayId) await staffDo(hub, `mutation ($id: UUID!) { dischargeClient(input: { stayId: $id }) { id } }`, { id: records.stayId });
  if (records.waitlistEntryId) await staffDo(hub, `mutation ($id: UUID!) { withdrawFromWaitlist(id: $id) { id } }`, { id: records.waitlistEntryId });
  await staffDo(hub, `mutation ($id: UUID!) { endAftercare(input: { id: $id }) { id } }`, { id: records.aftercareId });
  await staffDo(hub, `mutation ($id: UUID!) { returnAlarm(input: { id: $id }) { id } }`, { id: records.alarmId });
  await staffDo(
    hub,
    `mutation ($id: UUID!) { transitionReferral(input: { referralId: $id, to: ENTERED_IN_ERROR, reason: "Linked to the wrong person" }) { id } }`,
    {
      id: records.referralId,
    },
  );
  await staffDo(hub, `mutation ($id: UUID!) { transitionHandoff(input: { handoffId: $id, to: CANCELLED, reason: "The client moved away" }) { id } }`, {
    id: records.handoffId,
  });
}

/** The schemas of the four subgraphs. */
export const SUBGRAPH_SCHEMAS = ['clients', 'placements', 'referrals', 'handoffs'];

/** Every row of every table of the four subgraphs, as JSON text, by table (the access log is in `audit`, not here). */
export async function snapshotTables(db: Client): Promise<Record<string, string[]>> {
  const { rows: tables } = await db.query<{ name: string }>(
    `select table_schema || '.' || table_name as name from information_schema.tables
      where table_schema = any($1) and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations' order by 1`,
    [SUBGRAPH_SCHEMAS],
  );
  const result: Record<string, string[]> = {};
  for (const { name } of tables)
    result[name] = (await db.query<{ row: string }>(`select row_to_json(t)::text as row from ${name} t order by 1`)).rows.map((r) => r.row);
  return result;
}

/** Whether a row (as JSON text) is one of her records, or hangs from one (a note, a status change). */
export function isHers(row: string, client: Seeded): boolean {
  return Object.values({ clientId: client.clientId, ...client.records }).some((id) => id && row.includes(id));
}
