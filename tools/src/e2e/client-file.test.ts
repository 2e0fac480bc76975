import { randomUUID } from 'node:crypto';
import { PartnerType } from '@hub/common';
import { testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

const GGZ = testCallers.partnerOfType(PartnerType.GGZ);

const CARE = `mutation ($c: UUID!, $v: Int!, $d: CareDetailsInput!) {
  updateClientCareDetails(clientId: $c, expectedVersion: $v, careDetails: $d) { version healthScreeningSummary }
}`;
const AS_PARTNER = `query ($id: UUID!) { handoff(id: $id) { id client { id name healthScreeningSummary } } }`;
const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { action outcome userId fields sourceService } }`;
const SCREENING = 'PTSS-screening positief; intake bij GGZ gewenst.';

/** Client file maintenance through the gateway: consented sharing carries what staff record after the handoff, and a stale update is refused. */
describe('the client file through the gateway', () => {
  let hub: TestStack;

  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const register = async () => {
    const { data, errors } = await hub.query(`mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id version } }`, {
      input: {
        name: `Dossier ${randomUUID().slice(0, 8)}`,
        dateOfBirth: '1991-03-14',
        municipalityCode: 'GM0193',
        confidentialAddress: 'Schuilstraat 3, 8011 Zwolle',
        riskLevel: 'ORANGE',
        formsOfAbuse: ['PARTNER_ABUSE'],
      },
    });
    expect(errors).toBeUndefined();
    expect(data.registerClient.version).toBe(1);
    return data.registerClient.id as string;
  };

  it('a GGZ partner sees a health screening recorded after the handoff was created, with consent, and loses it after the consent is withdrawn', async () => {
    const clientId = await register();
    const consent = await hub.query(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id active } }`, {
      input: {
        clientId,
        partnerOrganisationId: GGZ.organisationId,
        categories: ['IDENTITY', 'HEALTH_SCREENING'],
        purpose: 'Trauma treatment',
        validUntil: '2099-12-31',
      },
    });
    expect(consent.errors).toBeUndefined();
    const created = await hub.query(`mutation ($input: CreateHandoffInput!) { createHandoff(input: $input) { id } }`, {
      input: {
        clientId,
        partnerOrganisationId: GGZ.organisationId,
        categories: ['IDENTITY', 'HEALTH_SCREENING'],
        purpose: 'Trauma treatment',
        priority: 'ROUTINE',
      },
    });
    expect(created.errors).toBeUndefined();
    const handoffId = created.data.createHandoff.id as string;
    const ggz = hub.as(GGZ);

    const before = await ggz.query(AS_PARTNER, { id: handoffId });
    expect(before.errors).toBeUndefined();
    expect(before.data.handoff.client).toMatchObject({ id: clientId, healthScreeningSummary: null });

    const recorded = await hub.query(CARE, { c: clientId, v: 1, d: { healthScreeningSummary: SCREENING } });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.updateClientCareDetails).toEqual({ version: 2, healthScreeningSummary: SCREENING });

    const seen = await ggz.query(AS_PARTNER, { id: handoffId });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.handoff.client).toMatchObject({ id: clientId, name: expect.any(String), healthScreeningSummary: SCREENING });

    const withdrawn = await hub.query(`mutation ($id: UUID!) { withdrawConsent(id: $id) { active } }`, { id: consent.data.recordConsent.id });
    expect(withdrawn.data.withdrawConsent.active).toBe(false);
    const after = await ggz.query(AS_PARTNER, { id: handoffId });
    expect(after.data?.handoff?.client?.healthScreeningSummary ?? null).toBeNull();
    expect(after.data?.handoff?.client?.name ?? null).toBeNull();
    expect(after.text).not.toContain(SCREENING);

    // The update and the partner's consented read are both in the access log of the clients subgraph.
    const log = await hub.as(testCallers.auditor).query(LOG, { id: clientId });
    expect(log.errors).toBeUndefined();
    const entries = log.data.accessLog.filter((entry: any) => entry.sourceService === 'clients');
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'UPDATE',
          outcome: 'ALLOWED',
          userId: testCallers.staff.userId,
          fields: expect.arrayContaining(['Mutation.updateClientCareDetails']),
        }),
        expect.objectContaining({ outcome: 'ALLOWED', userId: GGZ.userId, fields: expect.arrayContaining(['Client.healthScreeningSummary']) }),
        expect.objectContaining({ outcome: 'DENIED', userId: GGZ.userId, fields: expect.arrayContaining(['Client.healthScreeningSummary']) }),
      ]),
    );
  });

  it('staff change the risk level with a reason and read the histories; a stale update gets CONFLICT through the gateway and writes nothing', async () => {
    const clientId = await register();
    const changed = await hub.query(
      `mutation ($c: UUID!, $v: Int!) { changeRiskLevel(clientId: $c, expectedVersion: $v, riskLevel: RED, reason: "Ex-partner found the shelter address") { version riskLevel } }`,
      { c: clientId, v: 1 },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data.changeRiskLevel).toEqual({ version: 2, riskLevel: 'RED' });

    const stale = await hub.query(
      `mutation ($c: UUID!, $v: Int!) { updateClientIdentity(clientId: $c, expectedVersion: $v, name: "Iemand Anders", dateOfBirth: "1980-01-01") { version } }`,
      { c: clientId, v: 1 },
    );
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(stale.data?.updateClientIdentity ?? null).toBeNull();

    const file = await hub.query(
      `query ($id: UUID!) { client(id: $id) { version name riskLevel changes { fields version changedByUserId } riskLevelHistory { from to reason } } }`,
      { id: clientId },
    );
    expect(file.errors).toBeUndefined();
    expect(file.data.client).toMatchObject({
      version: 2,
      riskLevel: 'RED',
      changes: [{ fields: ['riskLevel'], version: 2, changedByUserId: testCallers.staff.userId }],
      riskLevelHistory: [{ from: 'ORANGE', to: 'RED', reason: 'Ex-partner found the shelter address' }],
    });
    expect(file.data.client.name).toMatch(/^Dossier /);

    // A partner cannot ask for the history, not even through a handoff it may see.
    const partner = await hub.as(GGZ).query(`{ handoffs(first: 1) { edges { node { client { changes { fields } } } } } }`);
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
