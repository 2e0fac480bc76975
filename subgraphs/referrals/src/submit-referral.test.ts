import { addCalendarDays, DEMO_REFERRERS, Region } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { CareService } from './care-service';
import { FundingStream } from './funding-stream';
import { referralsSubgraph } from './subgraph';
import { codeOf, consultationInput, referralInput, submitOk, SUBMIT, withKey } from './referral-test-support';

const SET_AVAILABILITY = `mutation ($input: SetServiceAvailabilityInput!) {
  setServiceAvailability(input: $input) { region service acceptingNewClients waitingTimeWeeksMin waitingTimeWeeksMax note contact }
}`;

describe('submitReferral and setServiceAvailability', () => {
  let hub: TestSubgraphs;
  const referrer = testCallers.referrer(2);

  beforeAll(async () => {
    hub = await startTestSubgraphs([referralsSubgraph]);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  const rowCounts = async () => {
    const connection = hub.servers.referrals!.orm.em.fork().getConnection();
    const count = async (table: string) => Number((await connection.execute(`select count(*) as n from referrals.${table}`))[0].n);
    return {
      referrals: await count('referral'),
      history: await count('referral_status_change'),
      keys: await count('idempotency_record'),
      availability: await count('service_availability'),
    };
  };

  /** Runs a submission that must fail with `code`, and proves it stored nothing. */
  const refused = async (input: unknown, code: string, caller = referrer, key?: string) => {
    const before = await rowCounts();
    const response = await hub.query('referrals', SUBMIT, { input: withKey(input, key) }, caller);
    expect(codeOf(response)).toBe(code);
    expect(response.data?.submitReferral ?? null).toBeNull();
    expect(await rowCounts()).toEqual(before);
    return response.errors![0];
  };

  it('a referrer submits an urgent shelter referral: REQUESTED, as its own organisation, contact due the next day, creation in history', async () => {
    const started = Date.now();
    const referral = await submitOk(hub, referrer);
    expect(referral).toMatchObject({
      kind: 'SHELTER',
      region: 'TWENTE',
      priority: 'URGENT',
      fundingStream: 'WMO',
      sourceType: 'VEILIG_THUIS',
      formsOfAbuse: [],
      municipalityCode: 'GM0153',
      status: 'REQUESTED',
      referrerOrganisationId: DEMO_REFERRERS[2].id,
      referrerOrganisationName: 'Veilig Thuis Twente',
      referrerContactName: 'M. Jansen',
      referrerContactPhone: '053 - 123 45 67',
      referrerContactEmail: null,
      referredPerson: { name: 'Test Persoon', dateOfBirth: '1990-04-01', municipalityCode: 'GM0153' },
      overdue: false,
      service: 'SHELTER',
      client: null,
      serviceAvailability: { region: 'TWENTE', service: 'SHELTER', acceptingNewClients: true },
    });
    const receivedAt = new Date(referral.receivedAt).getTime();
    expect(receivedAt).toBeGreaterThanOrEqual(started - 1000);
    // URGENT: contact the next day on the office clock (CONTACT_DUE_DEFAULTS; 23 or 25 hours across a clock change).
    expect(referral.contactDueAt).toBe(addCalendarDays(new Date(referral.receivedAt), 1).toISOString());
    expect(referral.history).toEqual([
      expect.objectContaining({
        from: null,
        to: 'REQUESTED',
        side: 'REFERRER',
        changedByUserId: referrer.userId,
        changedByOrganisationId: DEMO_REFERRERS[2].id,
        reason: null,
      }),
    ]);
    const stored = await hub.servers
      .referrals!.orm.em.fork()
      .getConnection()
      .execute('select referred_person_name, funding_stream, status from referrals.referral where id = ?', [referral.id]);
    expect(stored[0]).toMatchObject({ referred_person_name: 'Test Persoon', funding_stream: 'WMO', status: 'REQUESTED' });
  });

  it('Kadera intake registers a phone referral, for a known organisation or one the hub does not know', async () => {
    const known = await submitOk(
      hub,
      testCallers.intake,
      referralInput({ referrerOrganisationId: DEMO_REFERRERS[3].id, referrerOrganisationName: 'Politie Oost-Nederland' }),
    );
    expect(known.referrerOrganisationId).toBe(DEMO_REFERRERS[3].id);
    expect(known.history[0]).toMatchObject({ side: 'KADERA', changedByUserId: 'intake-1' });
    const unknown = await submitOk(
      hub,
      testCallers.staff,
      referralInput({ referrerOrganisationName: 'Huisarts Van Dam', referrerContactEmail: 'dam@example.org', referrerContactPhone: undefined }),
    );
    expect(unknown).toMatchObject({ referrerOrganisationId: null, referrerContactEmail: 'dam@example.org', status: 'REQUESTED' });
  });

  it("a referrer cannot refer in another organisation's name; partners, auditors and anonymous callers cannot submit", async () => {
    const other = await refused(referralInput({ referrerOrganisationId: DEMO_REFERRERS[0].id }), 'BAD_USER_INPUT');
    expect(other.extensions).toMatchObject({ field: 'referrerOrganisationId' });
    await refused(referralInput(), 'FORBIDDEN', testCallers.partner(0));
    await refused(referralInput(), 'FORBIDDEN', testCallers.auditor);
    const before = await rowCounts();
    const anonymous = await hub.query('referrals', SUBMIT, { input: referralInput() });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(await rowCounts()).toEqual(before);
  });

  it('an anonymous consultation carries no client data, and nothing needs an open intake', async () => {
    const consultation = await submitOk(hub, referrer, consultationInput({ region: Region.IJSSELLAND }));
    expect(consultation).toMatchObject({ kind: 'CONSULTATION', referredPerson: null, client: null, service: null, serviceAvailability: null });
    const error = await refused(consultationInput({ person: { name: 'Ann', dateOfBirth: '1990-01-01', municipalityCode: 'GM0153' } }), 'BAD_USER_INPUT');
    expect(error.extensions).toMatchObject({ argument: 'input', field: 'person' });
    expect(error.message).toMatch(/anonymous consultation/);
  });

  it("statistics attribution: the person's municipality, or the one a consultation names; forms of abuse stored once each", async () => {
    const referral = await submitOk(hub, referrer, referralInput({ formsOfAbuse: ['SEXUAL_ABUSE', 'PARTNER_ABUSE', 'SEXUAL_ABUSE'] }));
    expect(referral).toMatchObject({ municipalityCode: 'GM0153', formsOfAbuse: ['PARTNER_ABUSE', 'SEXUAL_ABUSE'] });
    const named = await submitOk(hub, referrer, consultationInput({ municipalityCode: 'GM0164', sourceType: 'SCHOOL' }));
    expect(named).toMatchObject({ municipalityCode: 'GM0164', sourceType: 'SCHOOL', referredPerson: null });
    const unnamed = await submitOk(hub, referrer, consultationInput());
    expect(unnamed.municipalityCode).toBeNull();
    const bad = await refused(consultationInput({ municipalityCode: 'Enschede' }), 'BAD_USER_INPUT');
    expect(bad.extensions).toMatchObject({ argument: 'input', field: 'municipalityCode' });
    const twice = await refused(referralInput({ municipalityCode: 'GM0164' }), 'BAD_USER_INPUT');
    expect(twice.extensions).toMatchObject({ argument: 'input', field: 'municipalityCode' });
    const { sourceType: _left, ...withoutSource } = referralInput();
    await refused(withoutSource, 'BAD_USER_INPUT');
  });

  it("the database keeps a referral's municipality equal to the person's, and requires one unless it is a consultation", async () => {
    const connection = hub.servers.referrals!.orm.em.fork().getConnection();
    const [person] = await connection.execute(`select id from referrals.referral where referred_person_name is not null limit 1`);
    await expect(connection.execute(`update referrals.referral set municipality_code = 'GM0001' where id = ?`, [person.id])).rejects.toThrow(
      /referral_municipality_person_check/,
    );
    await expect(connection.execute(`update referrals.referral set municipality_code = 'Zwolle' where id = ?`, [person.id])).rejects.toThrow(
      /referral_municipality_check/,
    );
    const [shelter] = await connection.execute(`select id from referrals.referral where kind = 'SHELTER' limit 1`);
    await expect(
      connection.execute(
        `update referrals.referral set municipality_code = null, referred_person_name = null, referred_person_date_of_birth = null, referred_person_municipality_code = null where id = ?`,
        [shelter.id],
      ),
    ).rejects.toThrow(/referral_municipality_attributed_check/);
    await expect(connection.execute(`update referrals.referral set forms_of_abuse = '{BURGLARY}' where id = ?`, [person.id])).rejects.toThrow(
      /referral_forms_of_abuse_check/,
    );
  });

  it('the database itself refuses client data on a consultation', async () => {
    const connection = hub.servers.referrals!.orm.em.fork().getConnection();
    const [row] = await connection.execute(`select id from referrals.referral where kind = 'CONSULTATION' limit 1`);
    await expect(
      connection.execute(
        `update referrals.referral set referred_person_name = 'X', referred_person_date_of_birth = '1990-01-01', referred_person_municipality_code = 'GM0153' where id = ?`,
        [row.id],
      ),
    ).rejects.toThrow(/referral_consultation_no_person_check/);
    await expect(connection.execute(`update referrals.referral set client_id = gen_random_uuid() where id = ?`, [row.id])).rejects.toThrow(
      /referral_consultation_anonymous_check/,
    );
  });

  it.each([
    ['a care referral without the person', { person: undefined }, 'person'],
    ['a malformed municipality code', { person: { name: 'Pia', dateOfBirth: '1990-01-01', municipalityCode: 'Zwolle' } }, 'person.municipalityCode'],
    ['a short municipality code', { person: { name: 'Pia', dateOfBirth: '1990-01-01', municipalityCode: 'GM193' } }, 'person.municipalityCode'],
    ['a date of birth in the future', { person: { name: 'Pia', dateOfBirth: '2999-01-01', municipalityCode: 'GM0193' } }, 'person.dateOfBirth'],
    ['a date of birth before 1900', { person: { name: 'Pia', dateOfBirth: '1899-12-31', municipalityCode: 'GM0193' } }, 'person.dateOfBirth'],
    ['a blank person name', { person: { name: '   ', dateOfBirth: '1990-01-01', municipalityCode: 'GM0193' } }, 'person.name'],
    ['a person name over 200 characters', { person: { name: 'x'.repeat(201), dateOfBirth: '1990-01-01', municipalityCode: 'GM0193' } }, 'person.name'],
    ['no phone and no email', { referrerContactPhone: undefined }, 'referrerContactPhone'],
    ['a phone number that is not one', { referrerContactPhone: 'call me' }, 'referrerContactPhone'],
    ['an email address that is not one', { referrerContactEmail: 'nobody' }, 'referrerContactEmail'],
    ['a blank contact name', { referrerContactName: '' }, 'referrerContactName'],
    ['an organisation name over 200 characters', { referrerOrganisationName: 'o'.repeat(201) }, 'referrerOrganisationName'],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_what, overrides, field) => {
    const error = await refused(referralInput(overrides), 'BAD_USER_INPUT');
    expect(error.extensions).toMatchObject({ argument: 'input', field });
  });

  it('an IJsselland ambulatory referral during the intake stop is INTAKE_CLOSED, names the region and whom to call, and stores nothing', async () => {
    for (const fundingStream of [FundingStream.WMO, FundingStream.JEUGDWET, FundingStream.WLZ]) {
      const input = referralInput({
        kind: 'AMBULATORY',
        region: Region.IJSSELLAND,
        priority: 'ROUTINE',
        fundingStream,
        person: { name: 'Pia', dateOfBirth: '2012-02-02', municipalityCode: 'GM0193' },
      });
      const error = await refused(input, 'INTAKE_CLOSED', referrer, `intake-stop-${fundingStream}`);
      expect(error.message).toMatch(/IJsselland/);
      expect(error.message).toMatch(/Team Toegang en Trajecten, 088 - 00 00 000/);
      expect(error.extensions).toMatchObject({
        region: 'IJSSELLAND',
        service: fundingStream === FundingStream.JEUGDWET ? CareService.AMBULATORY_YOUTH : CareService.AMBULATORY_WMO,
        contact: 'Team Toegang en Trajecten, 088 - 00 00 000 (demo number)',
      });
    }
    // Kadera's own intake cannot bypass the stop either.
    await refused(referralInput({ kind: 'AMBULATORY', region: Region.IJSSELLAND }), 'INTAKE_CLOSED', testCallers.intake);
  });

  it('a Twente ambulatory referral is accepted and shows the 8-12 week waiting time of its service', async () => {
    const wmo = await submitOk(hub, referrer, referralInput({ kind: 'AMBULATORY', priority: 'ROUTINE' }));
    expect(wmo).toMatchObject({ status: 'REQUESTED', service: 'AMBULATORY_WMO' });
    expect(wmo.serviceAvailability).toMatchObject({
      region: 'TWENTE',
      service: 'AMBULATORY_WMO',
      acceptingNewClients: true,
      waitingTimeWeeksMin: 8,
      waitingTimeWeeksMax: 12,
    });
    const youth = await submitOk(hub, referrer, referralInput({ kind: 'AMBULATORY', fundingStream: 'JEUGDWET', region: 'HARDENBERG' }));
    expect(youth).toMatchObject({
      service: 'AMBULATORY_YOUTH',
      serviceAvailability: { region: 'HARDENBERG', service: 'AMBULATORY_YOUTH', waitingTimeWeeksMin: 8 },
    });
  });

  it('a retried submission with the same idempotency key returns the first referral and stores one row; other input under that key is CONFLICT', async () => {
    const input = referralInput({ referrerContactName: 'Retry Tester' });
    const first = await submitOk(hub, referrer, input, 'retry-key-0001');
    const before = await rowCounts();
    const again = await submitOk(hub, referrer, input, 'retry-key-0001');
    expect(again.id).toBe(first.id);
    expect(await rowCounts()).toEqual(before);
    const stored = await hub.servers
      .referrals!.orm.em.fork()
      .getConnection()
      .execute(`select count(*) as n from referrals.referral where referrer_contact_name = 'Retry Tester'`);
    expect(Number(stored[0].n)).toBe(1);
    const conflict = await refused(referralInput({ referrerContactName: 'Someone Else' }), 'CONFLICT', referrer, 'retry-key-0001');
    expect(conflict.extensions).toMatchObject({ argument: 'idempotencyKey' });
    // Keys belong to the caller's organisation: another organisation's same key is its own.
    const otherOrg = await submitOk(hub, testCallers.referrer(3), referralInput({ referrerOrganisationName: 'Politie Oost-Nederland' }), 'retry-key-0001');
    expect(otherOrg.id).not.toBe(first.id);
    await refused(referralInput(), 'BAD_USER_INPUT', referrer, 'short');
  });

  it('staff lift the IJsselland intake stop, after which the same referral is accepted; only Kadera may set availability', async () => {
    const input = referralInput({ kind: 'AMBULATORY', region: Region.IJSSELLAND, priority: 'ROUTINE' });
    await refused(input, 'INTAKE_CLOSED', referrer, 'ijsselland-after-lift');
    const availability = {
      region: 'IJSSELLAND',
      service: 'AMBULATORY_WMO',
      acceptingNewClients: true,
      waitingTimeWeeksMin: 10,
      waitingTimeWeeksMax: 16,
      note: 'Intake open again',
      contact: 'Team Toegang en Trajecten',
    };
    const forbidden = await hub.query('referrals', SET_AVAILABILITY, { input: availability }, referrer);
    expect(codeOf(forbidden)).toBe('FORBIDDEN');
    const before = await rowCounts();
    const set = await hub.query('referrals', SET_AVAILABILITY, { input: availability }, testCallers.staff);
    expect(set.errors).toBeUndefined();
    expect(set.data.setServiceAvailability).toEqual(availability);
    expect(await rowCounts()).toEqual(before); // an update of the one row, not a second row
    // Same key as the refused attempt: a refusal recorded nothing, so the retry now creates.
    const referral = await submitOk(hub, referrer, input, 'ijsselland-after-lift');
    expect(referral.serviceAvailability).toMatchObject({ acceptingNewClients: true, waitingTimeWeeksMin: 10, waitingTimeWeeksMax: 16 });
    // Closing again with no contact: the refusal still tells the referrer whom to call.
    const closed = await hub.query(
      'referrals',
      SET_AVAILABILITY,
      { input: { region: 'IJSSELLAND', service: 'AMBULATORY_WMO', acceptingNewClients: false } },
      testCallers.intake,
    );
    expect(closed.data.setServiceAvailability).toMatchObject({ acceptingNewClients: false, waitingTimeWeeksMin: null, note: null, contact: null });
    const error = await refused(input, 'INTAKE_CLOSED');
    expect(error.message).toMatch(/IJsselland.*Team Toegang en Trajecten/);
  });

  it.each([
    ['min above max', { waitingTimeWeeksMin: 12, waitingTimeWeeksMax: 8 }, 'waitingTimeWeeksMin'],
    ['more than 104 weeks', { waitingTimeWeeksMin: 0, waitingTimeWeeksMax: 105 }, 'waitingTimeWeeksMax'],
    ['a negative wait', { waitingTimeWeeksMin: -1, waitingTimeWeeksMax: 4 }, 'waitingTimeWeeksMin'],
    ['only a minimum', { waitingTimeWeeksMin: 4 }, 'waitingTimeWeeksMax'],
    ['a note over 500 characters', { note: 'n'.repeat(501) }, 'note'],
    ['a contact over 200 characters', { contact: 'c'.repeat(201) }, 'contact'],
  ])('setServiceAvailability refuses %s with BAD_USER_INPUT and changes nothing', async (_what, overrides, field) => {
    const em = hub.servers.referrals!.orm.em.fork();
    const before = await em.getConnection().execute(`select * from referrals.service_availability where region = 'TWENTE' and service = 'SHELTER'`);
    const response = await hub.query(
      'referrals',
      SET_AVAILABILITY,
      { input: { region: 'TWENTE', service: 'SHELTER', acceptingNewClients: false, ...overrides } },
      testCallers.staff,
    );
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions).toMatchObject({ argument: 'input', field });
    const after = await em.getConnection().execute(`select * from referrals.service_availability where region = 'TWENTE' and service = 'SHELTER'`);
    expect(after).toEqual(before);
  });
});
