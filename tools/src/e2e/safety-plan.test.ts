import { randomUUID } from 'node:crypto';
import { addDays, DEMO_PARTNERS, PartnerType, today } from '@hub/common';
import { testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

const GGZ = testCallers.partnerOfType(PartnerType.GGZ);
const DEBT = testCallers.partnerOfType(PartnerType.DEBT_ASSISTANCE);
const YOUTH = testCallers.partnerOfType(PartnerType.YOUTH_SERVICES);
const organisation = (caller: { organisationId?: string }) => DEMO_PARTNERS.find((org) => org.id === caller.organisationId)!;

const CODE_WORD = 'paarse tulp';
const NOTE = 'Client sleeps at her sister’s this week; call after 18:00.';
const PLAN_FIELDS = 'version risks agreements emergencyContacts { name relation phone } codeWord reviewDate updatedByUserId';
const SAVE = `mutation ($input: SaveSafetyPlanInput!) { saveSafetyPlan(input: $input) { ${PLAN_FIELDS} } }`;
const CLIENT_PLAN = `query ($id: UUID!) { client(id: $id) { id safetyPlan { ${PLAN_FIELDS} } } }`;
const HANDOFF_PLAN = `query ($id: UUID!) { handoff(id: $id) { id client { id safetyPlan { codeWord emergencyContacts { name phone } } } } }`;
const HANDOFF_NOTES = `query ($id: UUID!) { handoff(id: $id) { id notes { text } } }`;
const HANDOFF_CHILDREN = `query ($id: UUID!) { handoff(id: $id) { client { id children { id firstName dateOfBirth childSocialWorkerName } } } }`;
const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { action outcome userId fields sourceService } }`;

/** The safety plan and a client's children through the gateway: who reads the plan, who sees a child added later, and what a debt partner never sees. */
describe('safety plan and children through the gateway', () => {
  let hub: TestStack;
  let clientId: string;
  let ggzHandoff: string;
  let debtHandoff: string;
  let youthHandoff: string;

  const handOff = async (caller: typeof GGZ, categories: string[], purpose: string) => {
    const partnerOrganisationId = organisation(caller).id;
    const consent = await hub.query(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { active } }`, {
      input: { clientId, partnerOrganisationId, categories, purpose, validUntil: '2099-12-31' },
    });
    expect(consent.errors).toBeUndefined();
    const created = await hub.query(`mutation ($input: CreateHandoffInput!) { createHandoff(input: $input) { id } }`, {
      input: { clientId, municipalityCode: 'GM0193', partnerOrganisationId, categories, purpose, priority: 'ROUTINE' },
    });
    expect(created.errors).toBeUndefined();
    return created.data.createHandoff.id as string;
  };

  beforeAll(async () => {
    hub = await startTestStack();
    const registered = await hub.query(`mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id } }`, {
      input: {
        name: `Veilig ${randomUUID().slice(0, 8)}`,
        dateOfBirth: '1990-05-14',
        municipalityCode: 'GM0193',
        confidentialAddress: 'Schuilweg 3, 8011 Zwolle',
        riskLevel: 'RED',
        formsOfAbuse: ['PARTNER_ABUSE'],
      },
    });
    expect(registered.errors).toBeUndefined();
    clientId = registered.data.registerClient.id;
    const saved = await hub.query(SAVE, {
      input: {
        clientId,
        risks: ['Ex-partner knows the school of the children'],
        agreements: ['Children are collected by the shelter worker'],
        emergencyContacts: [{ name: 'Mirjam', relation: 'sister', phone: '06 98765432' }],
        codeWord: CODE_WORD,
        reviewDate: addDays(today(), 28),
      },
    });
    expect(saved.errors).toBeUndefined();
    ggzHandoff = await handOff(GGZ, ['IDENTITY', 'HEALTH_SCREENING'], 'Trauma treatment');
    debtHandoff = await handOff(DEBT, ['IDENTITY', 'FINANCES'], 'Debt restructuring');
    youthHandoff = await handOff(YOUTH, ['IDENTITY', 'CHILDREN'], 'Support for the children');
    const note = await hub.query(`mutation ($input: AddHandoffNoteInput!) { addHandoffNote(input: $input) { id } }`, {
      input: { handoffId: ggzHandoff, text: NOTE },
    });
    expect(note.errors).toBeUndefined();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  it('shelter reads the whole safety plan; a partner with consent, and intake, are refused it and get nothing of it', async () => {
    const shelter = await hub.as(testCallers.shelter).query(CLIENT_PLAN, { id: clientId });
    expect(shelter.errors).toBeUndefined();
    expect(shelter.data.client.safetyPlan).toEqual({
      version: 1,
      risks: ['Ex-partner knows the school of the children'],
      agreements: ['Children are collected by the shelter worker'],
      emergencyContacts: [{ name: 'Mirjam', relation: 'sister', phone: '06 98765432' }],
      codeWord: CODE_WORD,
      reviewDate: addDays(today(), 28),
      updatedByUserId: testCallers.staff.userId,
    });

    const ggz = await hub.as(GGZ).query(HANDOFF_PLAN, { id: ggzHandoff });
    expect(ggz.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(ggz.data?.handoff?.client?.safetyPlan ?? null).toBeNull();
    const intake = await hub.as(testCallers.intake).query(CLIENT_PLAN, { id: clientId });
    expect(intake.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const response of [ggz, intake]) for (const secret of [CODE_WORD, 'Mirjam', '06 98765432']) expect(response.text).not.toContain(secret);
  });

  it('a debt partner (partner:debt) never sees the safety plan or the notes of a GGZ handoff', async () => {
    const debt = hub.as(DEBT);
    // Its own handoff for the same client: identity yes, the safety plan no.
    const own = await debt.query(`query ($id: UUID!) { handoff(id: $id) { id client { id name safetyPlan { codeWord } } } }`, { id: debtHandoff });
    expect(own.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(own.data?.handoff?.client?.safetyPlan ?? null).toBeNull();
    // The GGZ handoff: not there for it at all, notes and plan included.
    const ggzPlan = await debt.query(HANDOFF_PLAN, { id: ggzHandoff });
    expect(ggzPlan.data?.handoff ?? null).toBeNull();
    const ggzNotes = await debt.query(HANDOFF_NOTES, { id: ggzHandoff });
    expect(ggzNotes.data?.handoff ?? null).toBeNull();
    // Nor do the notes turn up on its own handoff or in its list.
    const ownNotes = await debt.query(HANDOFF_NOTES, { id: debtHandoff });
    expect(ownNotes.errors).toBeUndefined();
    expect(ownNotes.data.handoff.notes).toEqual([]);
    const list = await debt.query(`{ handoffs(first: 50) { edges { node { id notes { text } client { id } } } } }`);
    expect(list.errors).toBeUndefined();
    expect(list.data.handoffs.edges.map((e: any) => e.node.id)).not.toContain(ggzHandoff);
    for (const response of [own, ggzPlan, ggzNotes, ownNotes, list]) {
      for (const secret of [CODE_WORD, 'Mirjam', NOTE]) expect(response.text).not.toContain(secret);
    }
    // The GGZ partner itself reads its note (and still not the plan).
    const ggz = await hub.as(GGZ).query(HANDOFF_NOTES, { id: ggzHandoff });
    expect(ggz.data.handoff.notes).toEqual([{ text: NOTE }]);
  });

  it('a stale save gets CONFLICT with the current version through the gateway, and nothing is written', async () => {
    const current = await hub.query(CLIENT_PLAN, { id: clientId });
    const version = current.data.client.safetyPlan.version;
    const input = { clientId, risks: ['Updated'], agreements: [], emergencyContacts: [], codeWord: CODE_WORD, reviewDate: addDays(today(), 7) };
    const fresh = await hub.as(testCallers.shelter).query(SAVE, { input: { ...input, expectedVersion: version } });
    expect(fresh.errors).toBeUndefined();
    expect(fresh.data.saveSafetyPlan).toMatchObject({ version: version + 1, risks: ['Updated'], updatedByUserId: testCallers.shelter.userId });
    const stale = await hub.query(SAVE, { input: { ...input, expectedVersion: version, risks: ['Lost update'] } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version + 1 });
    const after = await hub.query(CLIENT_PLAN, { id: clientId });
    expect(after.data.client.safetyPlan).toMatchObject({ version: version + 1, risks: ['Updated'] });
    const partner = await hub.as(DEBT).query(SAVE, { input: { ...input, expectedVersion: version + 1 } });
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a youth partner with CHILDREN consent sees a child added after the handoff was created, its change, and its removal; a debt partner never sees children', async () => {
    const youth = hub.as(YOUTH);
    const before = await youth.query(HANDOFF_CHILDREN, { id: youthHandoff });
    expect(before.errors).toBeUndefined();
    expect(before.data.handoff.client.children).toEqual([]);

    const added = await hub.query(`mutation ($input: AddChildInput!) { addChild(input: $input) { id version } }`, {
      input: { clientId, firstName: 'Daan', dateOfBirth: '2018-09-30', childSocialWorkerName: 'Mw. P. de Boer', idempotencyKey: 'e2e-child-0001' },
    });
    expect(added.errors).toBeUndefined();
    const childId = added.data.addChild.id;
    const seen = await youth.query(HANDOFF_CHILDREN, { id: youthHandoff });
    expect(seen.data.handoff.client.children).toEqual([{ id: childId, firstName: 'Daan', dateOfBirth: '2018-09-30', childSocialWorkerName: 'Mw. P. de Boer' }]);

    const changed = await hub.query(`mutation ($input: UpdateChildInput!) { updateChild(input: $input) { version } }`, {
      input: { id: childId, expectedVersion: 1, childSocialWorkerName: 'Dhr. R. Smit' },
    });
    expect(changed.data.updateChild.version).toBe(2);
    const stale = await hub.query(`mutation ($input: UpdateChildInput!) { updateChild(input: $input) { version } }`, {
      input: { id: childId, expectedVersion: 1, firstName: 'Lost' },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const seenChanged = await youth.query(HANDOFF_CHILDREN, { id: youthHandoff });
    expect(seenChanged.data.handoff.client.children[0]).toMatchObject({ firstName: 'Daan', childSocialWorkerName: 'Dhr. R. Smit' });

    const debt = await hub.as(DEBT).query(HANDOFF_CHILDREN, { id: debtHandoff });
    expect(debt.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(debt.text).not.toContain('Daan');
    const youthWrite = await youth.query(`mutation ($input: RemoveChildInput!) { removeChild(input: $input) { id } }`, {
      input: { id: childId, expectedVersion: 2 },
    });
    expect(youthWrite.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const removed = await hub.query(`mutation ($input: RemoveChildInput!) { removeChild(input: $input) { id } }`, {
      input: { id: childId, expectedVersion: 2 },
    });
    expect(removed.errors).toBeUndefined();
    const after = await youth.query(HANDOFF_CHILDREN, { id: youthHandoff });
    expect(after.data.handoff.client.children).toEqual([]);
  });

  it('the access log holds the plan saves and reads by Kadera and the child writes, and no partner read of the plan', async () => {
    const { data, errors } = await hub.as(testCallers.auditor).query(LOG, { id: clientId });
    expect(errors).toBeUndefined();
    const clients = data.accessLog.filter((entry: any) => entry.sourceService === 'clients');
    expect(clients).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'UPDATE',
          outcome: 'ALLOWED',
          userId: testCallers.staff.userId,
          fields: expect.arrayContaining(['SafetyPlan.codeWord']),
        }),
        expect.objectContaining({
          action: 'READ',
          outcome: 'ALLOWED',
          userId: testCallers.shelter.userId,
          fields: expect.arrayContaining(['Client.safetyPlan', 'SafetyPlan.codeWord']),
        }),
        expect.objectContaining({ action: 'CREATE', outcome: 'ALLOWED', userId: testCallers.staff.userId, fields: expect.arrayContaining(['Child.id']) }),
        expect.objectContaining({
          action: 'READ',
          outcome: 'ALLOWED',
          userId: YOUTH.userId,
          fields: expect.arrayContaining(['Client.children', 'Child.firstName']),
        }),
      ]),
    );
    const partnerPlanReads = clients.filter(
      (entry: any) =>
        [GGZ.userId, DEBT.userId, YOUTH.userId].includes(entry.userId) && entry.outcome === 'ALLOWED' && entry.fields.some((f: string) => /SafetyPlan/.test(f)),
    );
    expect(partnerPlanReads).toEqual([]);
    expect(JSON.stringify(data)).not.toContain(CODE_WORD);
  });
});
