import { randomUUID } from 'node:crypto';
import { DEMO_PARTNERS, type Caller } from '@hub/common';
import { testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

/**
 * Issue 3's rules end to end: Kadera staff and a partner through the gateway,
 * with real tokens, over real HTTP and PostgreSQL.
 */
describe('workflows through the gateway', () => {
  let hub: TestStack;

  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const count = async (subgraph: 'referrals' | 'placements' | 'handoffs' | 'clients', table: string) => {
    const rows = await hub.stack.subgraphs[subgraph]!.server.orm.em.getConnection().execute<Array<{ n: string }>>(`select count(*) as n from ${table}`);
    return Number(rows[0].n);
  };

  const ADMIT = `mutation ($input: AdmitClientInput!) {
    admitClient(input: $input) { outcome stay { id } waitlistEntry { id position } }
  }`;

  /** A newly registered client: admissions are for clients the clients subgraph knows. */
  const newClient = async (municipalityCode = 'GM0193') => {
    const { data, errors } = await hub.query(`mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id } }`, {
      input: {
        name: `Opname ${randomUUID().slice(0, 8)}`,
        dateOfBirth: '1993-07-21',
        municipalityCode,
        confidentialAddress: 'Testlaan 5, 8011 Zwolle',
        riskLevel: 'RED',
        formsOfAbuse: ['PARTNER_ABUSE'],
      },
    });
    expect(errors).toBeUndefined();
    return data.registerClient.id as string;
  };

  it('two parallel admissions for the last free place: one admitted, one waitlisted, never overbooked', async () => {
    const { data } = await hub.query(`{ occupancy { unitId location { id } type capacity occupied available } }`);
    const unit = [...data.occupancy].filter((u: any) => u.available > 0).sort((a: any, b: any) => a.available - b.available)[0];
    for (let i = 0; i < unit.available - 1; i += 1) {
      const filled = await hub.query(ADMIT, { input: { clientId: await newClient(), placementType: unit.type, locationId: unit.location.id } });
      expect(filled.data.admitClient.outcome).toBe('ADMITTED');
    }
    const contenders = [await newClient('GM0153'), await newClient('GM0153')];
    const [a, b] = await Promise.all(
      contenders.map((clientId) => hub.query(ADMIT, { input: { clientId, placementType: unit.type, locationId: unit.location.id } })),
    );
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    expect([a.data.admitClient.outcome, b.data.admitClient.outcome].sort()).toEqual(['ADMITTED', 'WAITLISTED']);

    const after = await hub.query(`{ occupancy { unitId capacity occupied available waiting } }`);
    const row = after.data.occupancy.find((u: any) => u.unitId === unit.unitId);
    expect(row).toMatchObject({ occupied: unit.capacity, available: 0, waiting: 1 });
  });

  it('admits only clients the clients subgraph knows', async () => {
    const { data } = await hub.query(`{ occupancy { location { id } type available } }`);
    const unit = data.occupancy.find((u: any) => u.available > 0);
    const unknown = await hub.query(ADMIT, { input: { clientId: randomUUID(), placementType: unit.type, locationId: unit.location.id } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('an illegal status move is INVALID_TRANSITION and changes nothing', async () => {
    const { data } = await hub.query(`{ referrals(first: 5, status: [COMPLETED]) { edges { node { id status history { to } } } } }`);
    const referral = data.referrals.edges[0].node;
    const moved = await hub.query(`mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { id status } }`, {
      input: { referralId: referral.id, to: 'IN_PROGRESS' },
    });
    expect(moved.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    const again = await hub.query(`query ($id: UUID!) { referral(id: $id) { status history { to } } }`, { id: referral.id });
    expect(again.data.referral).toEqual({ status: 'COMPLETED', history: referral.history });
  });

  it('a handoff without consent is CONSENT_REQUIRED; after consent is recorded it is created, and withdrawal stops the next one', async () => {
    const registered = await hub.query(`mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id } }`, {
      input: {
        name: `Test Persoon ${randomUUID().slice(0, 8)}`,
        dateOfBirth: '1990-04-12',
        municipalityCode: 'GM0153',
        confidentialAddress: 'Teststraat 1, 7511 Enschede',
        riskLevel: 'ORANGE',
        formsOfAbuse: ['PARTNER_ABUSE'],
      },
    });
    expect(registered.errors).toBeUndefined();
    const clientId = registered.data.registerClient.id;
    const partner = DEMO_PARTNERS[3]; // Schuldhulp Enschede
    const CREATE = `mutation ($input: CreateHandoffInput!) { createHandoff(input: $input) { id status client { id name } partner { name } } }`;
    const input = {
      clientId,
      municipalityCode: 'GM0153',
      partnerOrganisationId: partner.id,
      categories: ['IDENTITY', 'FINANCES'],
      purpose: 'Debt restructuring intake',
      priority: 'ROUTINE',
    };

    const before = await count('handoffs', 'handoffs.handoff');
    const refused = await hub.query(CREATE, { input });
    expect(refused.errors?.[0].extensions?.code).toBe('CONSENT_REQUIRED');
    expect(await count('handoffs', 'handoffs.handoff')).toBe(before);

    const consent = await hub.query(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id active } }`, {
      input: { clientId, partnerOrganisationId: partner.id, categories: ['IDENTITY', 'FINANCES'], purpose: 'Debt assistance', validUntil: '2099-12-31' },
    });
    expect(consent.data.recordConsent.active).toBe(true);

    const created = await hub.query(CREATE, { input });
    expect(created.errors).toBeUndefined();
    expect(created.data.createHandoff).toMatchObject({ status: 'REQUESTED', partner: { name: partner.name }, client: { id: clientId } });

    await hub.query(`mutation ($id: UUID!) { withdrawConsent(id: $id) { active } }`, { id: consent.data.recordConsent.id });
    const afterWithdrawal = await hub.query(CREATE, { input: { ...input, purpose: 'Second attempt' } });
    expect(afterWithdrawal.errors?.[0].extensions?.code).toBe('CONSENT_REQUIRED');
  });

  it('staff register a partner organisation, hand a client off to it, deactivate it, and then no new handoff or consent can name it, nor its people sign in', async () => {
    const intake = await hub
      .as(testCallers.intake)
      .query(`mutation ($input: RegisterPartnerOrganisationInput!) { registerPartnerOrganisation(input: $input) { id } }`, {
        input: { name: 'Woonstichting Hardenberg', partnerType: 'HOUSING', municipalityCode: 'GM0160' },
      });
    expect(intake.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const registered = await hub.query(
      `mutation ($input: RegisterPartnerOrganisationInput!) { registerPartnerOrganisation(input: $input) { id name partnerType municipalityCode contactEmail active } }`,
      { input: { name: 'Woonstichting Hardenberg', partnerType: 'HOUSING', municipalityCode: 'GM0160', contactName: 'Jan Smit', contactEmail: 'Jan@WSH.nl' } },
    );
    expect(registered.errors).toBeUndefined();
    const id = registered.data.registerPartnerOrganisation.id as string;
    expect(registered.data.registerPartnerOrganisation).toEqual({
      id,
      name: 'Woonstichting Hardenberg',
      partnerType: 'HOUSING',
      municipalityCode: 'GM0160',
      contactEmail: 'jan@wsh.nl',
      active: true,
    });

    const clientId = await newClient();
    const consent = await hub.query(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id active } }`, {
      input: { clientId, partnerOrganisationId: id, categories: ['IDENTITY', 'HOUSING'], purpose: 'Finding a home', validUntil: '2099-12-31' },
    });
    expect(consent.errors).toBeUndefined();
    const CREATE = `mutation ($input: CreateHandoffInput!) { createHandoff(input: $input) { id partner { id name } } }`;
    const input = { clientId, partnerOrganisationId: id, categories: ['IDENTITY', 'HOUSING'], purpose: 'Housing after the stay', priority: 'ROUTINE' };
    const created = await hub.query(CREATE, { input });
    expect(created.errors).toBeUndefined();
    expect(created.data.createHandoff.partner).toEqual({ id, name: 'Woonstichting Hardenberg' });

    const deactivated = await hub.query(`mutation ($id: UUID!) { deactivatePartnerOrganisation(id: $id) { id active } }`, { id });
    expect(deactivated.data.deactivatePartnerOrganisation).toEqual({ id, active: false });
    const refused = await hub.query(CREATE, { input: { ...input, purpose: 'A second handoff' } });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const noConsent = await hub.query(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
      input: { clientId, partnerOrganisationId: id, categories: ['HOUSING'], purpose: 'Finding a home', validUntil: '2099-12-31' },
    });
    expect(noConsent.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // The handoff made while it was active stays, with its organisation.
    const kept = await hub.query(`query ($id: UUID!) { handoff(id: $id) { partner { id active } } }`, { id: created.data.createHandoff.id });
    expect(kept.data.handoff.partner).toEqual({ id, active: false });
    // Its people can no longer sign in: the gateway refuses a token naming a deactivated organisation.
    const housingUser = { userId: 'wsh-housing-1', roles: ['partner:housing'], organisationId: id, purpose: 'handoff' } as Caller;
    const signedOut = await hub.as(housingUser).query(`{ me { roles } }`);
    expect(signedOut.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(hub.stack.tokenRefusals!.counts.inactive_organisation).toBe(1);
  });

  it('the partner side moves its own handoff through the gateway and reports the outcome; another partner cannot', async () => {
    const ggz = hub.as(testCallers.partner(0));
    const list = await ggz.query(`{ handoffs(first: 50, status: [REQUESTED]) { edges { node { id status } } } }`);
    const handoff = list.data.handoffs.edges[0].node;
    const MOVE = `mutation ($input: TransitionHandoffInput!) { transitionHandoff(input: $input) { status outcome { successful reasonCode } history { to side } } }`;
    const stranger = await hub.as(testCallers.partner(1)).query(MOVE, { input: { handoffId: handoff.id, to: 'ACCEPTED' } });
    expect(stranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    for (const to of ['ACCEPTED', 'IN_PROGRESS']) {
      const moved = await ggz.query(MOVE, { input: { handoffId: handoff.id, to } });
      expect(moved.data.transitionHandoff.status).toBe(to);
    }
    const unfinished = await ggz.query(MOVE, { input: { handoffId: handoff.id, to: 'COMPLETED' } });
    expect(unfinished.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const done = await ggz.query(MOVE, {
      input: { handoffId: handoff.id, to: 'COMPLETED', outcome: { successful: true, reasonCode: 'GOAL_REACHED' } },
    });
    expect(done.data.transitionHandoff).toMatchObject({ status: 'COMPLETED', outcome: { successful: true, reasonCode: 'GOAL_REACHED' } });
    expect(done.data.transitionHandoff.history.map((h: any) => h.to)).toEqual(['REQUESTED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED']);
  });

  it.each([
    ['partner:addiction', 10], // Verslavingszorg Oost
    ['partner:casa', 11], // CASA Zwolle
  ])(
    'a handoff to a %s organisation: its partner signs in, sees the handoff and the consented client data, and nothing of it reaches another',
    async (role, index) => {
      const registered = await hub.query(`mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id } }`, {
        input: {
          name: `Test Persoon ${randomUUID().slice(0, 8)}`,
          dateOfBirth: '1988-02-03',
          municipalityCode: 'GM0193',
          confidentialAddress: 'Geheimweg 9, 8011 Zwolle',
          riskLevel: 'ORANGE',
          formsOfAbuse: ['SEXUAL_ABUSE'],
        },
      });
      expect(registered.errors).toBeUndefined();
      const clientId = registered.data.registerClient.id;
      const partner = DEMO_PARTNERS[index];
      const categories = ['IDENTITY', 'HEALTH_SCREENING'];
      const consent = await hub.query(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { active } }`, {
        input: { clientId, partnerOrganisationId: partner.id, categories, purpose: 'Test consent', validUntil: '2099-12-31' },
      });
      expect(consent.data.recordConsent.active).toBe(true);
      const created = await hub.query(`mutation ($input: CreateHandoffInput!) { createHandoff(input: $input) { id status } }`, {
        input: { clientId, municipalityCode: 'GM0193', partnerOrganisationId: partner.id, categories, purpose: 'Test handoff', priority: 'URGENT' },
      });
      expect(created.errors).toBeUndefined();
      const id = created.data.createHandoff.id;

      const caller = testCallers.partner(index);
      expect(caller.roles).toEqual([role]);
      const READ = `query ($id: UUID!) { handoff(id: $id) { id status partner { name partnerType } client { id name dateOfBirth } } }`;
      const own = await hub.as(caller).query(READ, { id });
      expect(own.errors).toBeUndefined();
      expect(own.data.handoff).toEqual({
        id,
        status: 'REQUESTED',
        partner: { name: partner.name, partnerType: partner.partnerType },
        client: { id: clientId, name: expect.stringMatching(/^Test Persoon /), dateOfBirth: '1988-02-03' },
      });
      const list = await hub.as(caller).query(`{ handoffs(first: 50) { edges { node { id } } } }`);
      expect(list.data.handoffs.edges.map((e: any) => e.node.id)).toContain(id);
      const address = await hub.as(caller).query(`query ($id: UUID!) { handoff(id: $id) { client { confidentialAddress } } }`, { id });
      expect(address.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(address)).not.toContain('Geheimweg');

      const stranger = await hub.as(testCallers.partner(0)).query(READ, { id });
      expect(stranger.data?.handoff ?? null).toBeNull();
      expect(JSON.stringify(stranger)).not.toContain('Test Persoon');
    },
  );

  const SUBMIT = `mutation ($input: SubmitReferralInput!) {
    submitReferral(input: $input) { id status region serviceAvailability { waitingTimeWeeksMin waitingTimeWeeksMax } }
  }`;
  const ambulatory = (region: string) => ({
    kind: 'AMBULATORY',
    sourceType: 'GP',
    region,
    priority: 'ROUTINE',
    fundingStream: 'WMO',
    referrerOrganisationName: 'Huisartsenpraktijk De Esch',
    referrerContactName: 'Dr. A. Jansen',
    referrerContactPhone: '038-1234567',
    person: { name: 'Test Client', dateOfBirth: '1985-02-03', municipalityCode: region === 'TWENTE' ? 'GM0153' : 'GM0193' },
  });

  it('a retried mutation with the same idempotency key returns the first result and creates nothing twice', async () => {
    const before = await count('referrals', 'referrals.referral');
    const key = `retry-${randomUUID()}`;
    const first = await hub.query(SUBMIT, { input: { ...ambulatory('TWENTE'), idempotencyKey: key } });
    const second = await hub.query(SUBMIT, { input: { ...ambulatory('TWENTE'), idempotencyKey: key } });
    expect(first.errors).toBeUndefined();
    expect(second.data.submitReferral.id).toBe(first.data.submitReferral.id);
    expect(first.data.submitReferral.serviceAvailability).toEqual({ waitingTimeWeeksMin: 8, waitingTimeWeeksMax: 12 });
    expect(await count('referrals', 'referrals.referral')).toBe(before + 1);
  });

  it('an IJsselland ambulatory referral is refused with INTAKE_CLOSED while the intake stop holds, and nothing is stored', async () => {
    const before = await count('referrals', 'referrals.referral');
    const refused = await hub.query(SUBMIT, { input: ambulatory('IJSSELLAND') });
    expect(refused.errors?.[0].extensions?.code).toBe('INTAKE_CLOSED');
    expect(refused.errors?.[0].message).toMatch(/IJsselland/);
    expect(refused.data?.submitReferral ?? null).toBeNull();
    expect(await count('referrals', 'referrals.referral')).toBe(before);
  });

  it("a GP practice reads its own reference, the expected wait and Kadera's ON_HOLD message, never the internal reason", async () => {
    const gp = hub.as(testCallers.referrer(0));
    const intake = hub.as(testCallers.intake);
    const submitted = await gp.query(`mutation ($input: SubmitReferralInput!) { submitReferral(input: $input) { id status } }`, {
      input: { ...ambulatory('TWENTE'), referrerReference: 'HA-2026-0815' },
    });
    expect(submitted.errors).toBeUndefined();
    const { id } = submitted.data.submitReferral;

    const MOVE = `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { status } }`;
    expect((await intake.query(MOVE, { input: { referralId: id, to: 'RECEIVED' } })).errors).toBeUndefined();
    const held = await intake.query(MOVE, {
      input: {
        referralId: id,
        to: 'ON_HOLD',
        reason: 'Intern: dossier Veilig Thuis nog niet ontvangen',
        referrerMessage: 'Wij wachten op aanvullende gegevens en bellen u deze week.',
      },
    });
    expect(held.errors).toBeUndefined();

    const READ = `query ($id: UUID!) { referral(id: $id) { status referrerReference referrerMessage expectedWaitDays history { to referrerMessage } } }`;
    const seen = await gp.query(READ, { id });
    expect(seen.errors).toBeUndefined();
    // Ambulatory WMO care in Twente: 8 to 12 weeks in the demo availability, so at most 84 days.
    expect(seen.data.referral).toEqual({
      status: 'ON_HOLD',
      referrerReference: 'HA-2026-0815',
      referrerMessage: 'Wij wachten op aanvullende gegevens en bellen u deze week.',
      expectedWaitDays: 84,
      history: [
        { to: 'REQUESTED', referrerMessage: null },
        { to: 'RECEIVED', referrerMessage: null },
        { to: 'ON_HOLD', referrerMessage: 'Wij wachten op aanvullende gegevens en bellen u deze week.' },
      ],
    });
    const internal = await gp.query(`query ($id: UUID!) { referral(id: $id) { status history { reason } } }`, { id });
    expect(internal.errors?.length).toBeGreaterThan(0);
    expect(new Set(internal.errors?.map((error: any) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    expect(JSON.stringify(internal)).not.toContain('Intern:');

    // Kadera reads both; another referrer reads nothing of it.
    const kadera = await intake.query(`query ($id: UUID!) { referral(id: $id) { referrerReference history { reason } } }`, { id });
    expect(kadera.data.referral.referrerReference).toBe('HA-2026-0815');
    expect(kadera.data.referral.history.at(-1).reason).toBe('Intern: dossier Veilig Thuis nog niet ontvangen');
    const stranger = await hub.as(testCallers.referrer(3)).query(READ, { id });
    expect(stranger.errors).toBeUndefined();
    expect(stranger.data.referral).toBeNull();
  });
});
