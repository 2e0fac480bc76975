import { DEMO_CLIENTS, KADERA } from '@hub/common';
import { Client as Connection } from 'pg';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from './subgraph';

const VERSION = `query($id: UUID!) { client(id: $id) { version } }`;
const FILE = `query($id: UUID!) { client(id: $id) {
  version name dateOfBirth municipalityCode riskLevel healthScreeningSummary financialSituation housingNeed housingUrgency incomeAndBenefits
  contactDetails { safePhone safeEmail preferredChannel safeTimes instructions neverUse }
  changes { changedAt changedByUserId changedByOrganisationId fields version }
  riskLevelHistory { from to reason changedByUserId changedByOrganisationId changedAt version }
} }`;
const IDENTITY = `mutation($c: UUID!, $v: Int!, $name: String!, $dob: LocalDate!) {
  updateClientIdentity(clientId: $c, expectedVersion: $v, name: $name, dateOfBirth: $dob) { id version name dateOfBirth }
}`;
const CONTACT = `mutation($c: UUID!, $v: Int!, $d: ContactDetailsInput!) {
  updateClientContactDetails(clientId: $c, expectedVersion: $v, contactDetails: $d) { version contactDetails { safePhone safeEmail preferredChannel safeTimes instructions neverUse } }
}`;
const CARE = `mutation($c: UUID!, $v: Int!, $d: CareDetailsInput!) {
  updateClientCareDetails(clientId: $c, expectedVersion: $v, careDetails: $d) { version healthScreeningSummary financialSituation housingNeed housingUrgency incomeAndBenefits }
}`;
const MUNICIPALITY = `mutation($c: UUID!, $v: Int!, $m: String!) { updateClientMunicipality(clientId: $c, expectedVersion: $v, municipalityCode: $m) { version municipalityCode } }`;
const ADDRESS = `mutation($c: UUID!, $v: Int!, $a: String!) { updateConfidentialAddress(clientId: $c, expectedVersion: $v, confidentialAddress: $a) { version } }`;
const RISK = `mutation($c: UUID!, $v: Int!, $r: RiskLevel!, $why: String!) { changeRiskLevel(clientId: $c, expectedVersion: $v, riskLevel: $r, reason: $why) { version riskLevel } }`;
const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { action outcome userId fields } }`;

describe('client file maintenance: updates with optimistic concurrency and change history', () => {
  let hub: TestSubgraphs;
  const sql = (query: string, params: unknown[] = []) => hub.servers.clients!.orm.em.getConnection().execute(query, params);
  const file = async (id: string, caller = testCallers.staff) => {
    const { data, errors } = await hub.query('clients', FILE, { id }, caller);
    expect(errors).toBeUndefined();
    return data.client;
  };
  const versionOf = async (id: string) => (await hub.query('clients', VERSION, { id }, testCallers.staff)).data.client.version as number;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it('a client starts at version 1; an identity update makes version 2 and records who, when and which fields', async () => {
    const client = DEMO_CLIENTS[27];
    const before = await file(client.id);
    expect(before.version).toBe(1);
    expect(before.changes).toEqual([]);
    const started = Date.now();
    const r = await hub.query('clients', IDENTITY, { c: client.id, v: 1, name: '  Anna   de Vries ', dob: '1988-02-03' }, testCallers.intake);
    expect(r.errors).toBeUndefined();
    expect(r.data.updateClientIdentity).toEqual({ id: client.id, version: 2, name: 'Anna de Vries', dateOfBirth: '1988-02-03' });
    const after = await file(client.id);
    expect(after.changes).toEqual([
      {
        changedAt: expect.any(String),
        changedByUserId: testCallers.intake.userId,
        changedByOrganisationId: KADERA.id,
        fields: ['name', 'dateOfBirth'],
        version: 2,
      },
    ]);
    expect(new Date(after.changes[0].changedAt).getTime()).toBeGreaterThanOrEqual(started - 1000);
  });

  it('a stale expectedVersion is CONFLICT with the current version, and nothing is written', async () => {
    const client = DEMO_CLIENTS[28];
    await hub.query('clients', MUNICIPALITY, { c: client.id, v: 1, m: 'GM0153' }, testCallers.staff);
    const before = await file(client.id);
    expect(before.version).toBe(2);
    const stale = await hub.query('clients', IDENTITY, { c: client.id, v: 1, name: 'Someone Else', dob: '1970-01-01' }, testCallers.staff);
    expect(stale.data).toBeNull();
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, field: 'expectedVersion' });
    const ahead = await hub.query('clients', MUNICIPALITY, { c: client.id, v: 7, m: 'GM0193' }, testCallers.staff);
    expect(ahead.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await file(client.id)).toEqual(before);
  });

  it('of concurrent writers naming the same version exactly one wins; the others get CONFLICT and write nothing', async () => {
    const client = DEMO_CLIENTS[29];
    const names = ['Writer Een', 'Writer Twee', 'Writer Drie', 'Writer Vier', 'Writer Vijf'];
    const answers = await Promise.all(
      names.map((name) => hub.query('clients', IDENTITY, { c: client.id, v: 1, name, dob: client.dateOfBirth }, testCallers.staff)),
    );
    const won = answers.filter((a) => !a.errors);
    const lost = answers.filter((a) => a.errors);
    expect(won).toHaveLength(1);
    expect(lost.map((a) => a.errors?.[0].extensions)).toEqual(names.slice(1).map(() => expect.objectContaining({ code: 'CONFLICT', currentVersion: 2 })));
    const after = await file(client.id);
    expect(after).toMatchObject({ version: 2, name: won[0].data.updateClientIdentity.name });
    expect(after.changes).toHaveLength(1);
  });

  it('two writers that both read the version before either writes: the conditional update lets exactly one through', async () => {
    const client = DEMO_CLIENTS[26];
    // Another session holds the row, so both writers read version 1 and then queue at their UPDATE.
    const blocker = new Connection({ connectionString: hub.databaseUrl });
    await blocker.connect();
    let answers;
    try {
      await blocker.query('begin');
      await blocker.query('select id from clients.client where id = $1 for update', [client.id]);
      const pending = ['GM0150', 'GM0153'].map((m) => hub.query('clients', MUNICIPALITY, { c: client.id, v: 1, m }, testCallers.staff));
      await new Promise((resolve) => setTimeout(resolve, 500));
      await blocker.query('commit');
      answers = await Promise.all(pending);
    } finally {
      await blocker.end();
    }
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'CONFLICT', currentVersion: 2 })]);
    const after = await file(client.id);
    expect(after.version).toBe(2);
    expect(after.changes).toHaveLength(1);
  });

  it('invalid input is BAD_USER_INPUT naming the field; nothing is written', async () => {
    const client = DEMO_CLIENTS[30];
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [IDENTITY, { name: 'A', dob: '1990-01-01' }, 'name'],
      [IDENTITY, { name: 'Anna Jansen', dob: '2999-01-01' }, 'dateOfBirth'],
      [MUNICIPALITY, { m: 'gm0193' }, 'municipalityCode'],
      [ADDRESS, { a: ' x ' }, 'confidentialAddress'],
      [RISK, { r: 'RED', why: '   ' }, 'reason'],
      [RISK, { r: 'RED', why: 'x'.repeat(1001) }, 'reason'],
      [CONTACT, { d: { safePhone: 'call me' } }, 'contactDetails.safePhone'],
      [CONTACT, { d: { safeEmail: 'nobody' } }, 'contactDetails.safeEmail'],
      [CONTACT, { d: { safePhone: '06-12345678', preferredChannel: 'PHONE_CALL', neverUse: ['PHONE_CALL'] } }, 'contactDetails.preferredChannel'],
      [CONTACT, { d: { preferredChannel: 'EMAIL', safeEmail: '  ' } }, 'contactDetails.safeEmail'],
      [CONTACT, { d: { preferredChannel: 'TEXT_MESSAGE' } }, 'contactDetails.safePhone'],
      [CONTACT, { d: { safeTimes: 'x'.repeat(201) } }, 'contactDetails.safeTimes'],
      [CONTACT, { d: { instructions: 'x'.repeat(1001) } }, 'contactDetails.instructions'],
      [CARE, { d: {} }, 'careDetails.healthScreeningSummary'],
      [CARE, { d: { housingNeed: 'x'.repeat(2001) } }, 'careDetails.housingNeed'],
    ];
    for (const [mutation, variables, field] of cases) {
      const r = await hub.query('clients', mutation, { c: client.id, v: 1, ...variables }, testCallers.staff);
      expect({ field, extensions: r.errors?.[0].extensions }).toEqual({ field, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });
    }
    expect(await versionOf(client.id)).toBe(1);
    const unknown = await hub.query('clients', MUNICIPALITY, { c: '00000000-0000-4000-8000-000000000000', v: 1, m: 'GM0193' }, testCallers.staff);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('contact details: set as a whole, replaced as a whole; the history names the fields that changed', async () => {
    const client = DEMO_CLIENTS[31];
    const details = {
      safePhone: '06-12345678',
      safeEmail: 'anna@veilig.nl',
      preferredChannel: 'TEXT_MESSAGE',
      safeTimes: 'Weekdays 9-12',
      instructions: 'Ask for "Mila"; hang up if a man answers.',
      neverUse: ['LETTER_TO_HOME_ADDRESS', 'VOICEMAIL', 'VOICEMAIL'],
    };
    const set = await hub.query('clients', CONTACT, { c: client.id, v: 1, d: details }, testCallers.shelter);
    expect(set.errors).toBeUndefined();
    expect(set.data.updateClientContactDetails).toEqual({ version: 2, contactDetails: { ...details, neverUse: ['LETTER_TO_HOME_ADDRESS', 'VOICEMAIL'] } });
    const replaced = await hub.query(
      'clients',
      CONTACT,
      { c: client.id, v: 2, d: { safeEmail: 'anna@veilig.nl', preferredChannel: 'EMAIL' } },
      testCallers.staff,
    );
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data.updateClientContactDetails).toEqual({
      version: 3,
      contactDetails: { safePhone: null, safeEmail: 'anna@veilig.nl', preferredChannel: 'EMAIL', safeTimes: null, instructions: null, neverUse: [] },
    });
    const { changes } = await file(client.id);
    expect(changes.map((c: any) => [c.version, c.fields])).toEqual([
      [
        3,
        ['contactDetails.safePhone', 'contactDetails.preferredChannel', 'contactDetails.safeTimes', 'contactDetails.instructions', 'contactDetails.neverUse'],
      ],
      [
        2,
        [
          'contactDetails.safePhone',
          'contactDetails.safeEmail',
          'contactDetails.preferredChannel',
          'contactDetails.safeTimes',
          'contactDetails.instructions',
          'contactDetails.neverUse',
        ],
      ],
    ]);
    const newest = await hub.query('clients', `query($id: UUID!) { client(id: $id) { changes(last: 1) { version } } }`, { id: client.id }, testCallers.staff);
    expect(newest.data.client.changes).toEqual([{ version: 3 }]);
    const tooMany = await hub.query('clients', `query($id: UUID!) { client(id: $id) { changes(last: 51) { version } } }`, { id: client.id }, testCallers.staff);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
    // The same details again change nothing: no new version, no history entry.
    const again = await hub.query('clients', CONTACT, { c: client.id, v: 3, d: { safeEmail: 'anna@veilig.nl', preferredChannel: 'EMAIL' } }, testCallers.staff);
    expect(again.data.updateClientContactDetails.version).toBe(3);
  });

  it('care details: only the fields given change; null or blank clears; the history keeps names, never the text', async () => {
    const client = DEMO_CLIENTS[32];
    const before = await file(client.id);
    const r = await hub.query(
      'clients',
      CARE,
      { c: client.id, v: 1, d: { healthScreeningSummary: '  PTSS-screening positief; verwezen naar GGZ.  ', housingUrgency: null, financialSituation: ' ' } },
      testCallers.staff,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.updateClientCareDetails).toEqual({
      version: 2,
      healthScreeningSummary: 'PTSS-screening positief; verwezen naar GGZ.',
      financialSituation: null,
      housingNeed: before.housingNeed,
      housingUrgency: null,
      incomeAndBenefits: before.incomeAndBenefits,
    });
    const after = await file(client.id);
    expect(after.changes[0].fields).toEqual(['healthScreeningSummary', 'financialSituation', 'housingUrgency']);
  });

  it('the risk level changes only with a reason, kept in its own history; the same level again changes nothing', async () => {
    const client = DEMO_CLIENTS[33];
    const from = (await file(client.id)).riskLevel;
    const to = from === 'RED' ? 'ORANGE' : 'RED';
    const r = await hub.query('clients', RISK, { c: client.id, v: 1, r: to, why: ' Ex-partner released from custody. ' }, testCallers.shelter);
    expect(r.errors).toBeUndefined();
    expect(r.data.changeRiskLevel).toEqual({ version: 2, riskLevel: to });
    const back = await hub.query('clients', RISK, { c: client.id, v: 2, r: from, why: 'Restraining order granted.' }, testCallers.staff);
    expect(back.errors).toBeUndefined();
    const same = await hub.query('clients', RISK, { c: client.id, v: 3, r: from, why: 'Reassessed, unchanged.' }, testCallers.staff);
    expect(same.data.changeRiskLevel).toEqual({ version: 3, riskLevel: from });
    const after = await file(client.id);
    expect(after.riskLevelHistory).toEqual([
      expect.objectContaining({ from: to, to: from, reason: 'Restraining order granted.', changedByUserId: testCallers.staff.userId, version: 3 }),
      expect.objectContaining({
        from,
        to,
        reason: 'Ex-partner released from custody.',
        changedByUserId: testCallers.shelter.userId,
        changedByOrganisationId: KADERA.id,
        version: 2,
      }),
    ]);
    expect(after.changes.map((c: any) => c.fields)).toEqual([['riskLevel'], ['riskLevel']]);
  });

  it('the confidential address: changed by staff and shelter, refused to intake; the history never holds an address', async () => {
    const client = DEMO_CLIENTS[34];
    const refused = await hub.query('clients', ADDRESS, { c: client.id, v: 1, a: 'Geheimstraat 12, 8000 Zwolle' }, testCallers.intake);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await versionOf(client.id)).toBe(1);
    const moved = await hub.query('clients', ADDRESS, { c: client.id, v: 1, a: 'Geheimstraat 12, 8000 Zwolle' }, testCallers.shelter);
    expect(moved.errors).toBeUndefined();
    const read = await hub.query('clients', `query($id: UUID!) { client(id: $id) { confidentialAddress } }`, { id: client.id }, testCallers.staff);
    expect(read.data.client.confidentialAddress).toBe('Geheimstraat 12, 8000 Zwolle');
    expect((await file(client.id)).changes[0].fields).toEqual(['confidentialAddress']);
    const history = JSON.stringify([...(await sql(`select * from clients.client_change`)), ...(await sql(`select * from clients.risk_level_change`))]);
    for (const secret of ['Geheimstraat', client.confidentialAddress, 'PTSS', 'Anna de Vries', 'anna@veilig.nl', '06-12345678', 'Mila']) {
      expect(history).not.toContain(secret);
    }
  });

  it('an update and a history read are in the access log; partners cannot update or read the history', async () => {
    const client = DEMO_CLIENTS[35];
    const r = await hub.query('clients', MUNICIPALITY, { c: client.id, v: 1, m: 'GM0150' }, testCallers.staff);
    expect(r.errors).toBeUndefined();
    await file(client.id, testCallers.intake);
    const log = await hub.query('clients', LOG, { id: client.id }, testCallers.auditor);
    expect(log.data.accessLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'UPDATE',
          outcome: 'ALLOWED',
          userId: testCallers.staff.userId,
          fields: expect.arrayContaining(['Mutation.updateClientMunicipality', 'Client.municipalityCode']),
        }),
        expect.objectContaining({
          action: 'READ',
          outcome: 'ALLOWED',
          userId: testCallers.intake.userId,
          fields: expect.arrayContaining(['Client.changes', 'ClientChange.fields', 'Client.riskLevelHistory', 'Client.contactDetails']),
        }),
      ]),
    );
    const partner = await hub.query('clients', MUNICIPALITY, { c: client.id, v: 2, m: 'GM0193' }, testCallers.partner(0));
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await versionOf(client.id)).toBe(2);
  });
});
