import { DEMO_CLIENTS, DEMO_PARTNERS } from '@hub/common';
import { peerSubgraph, startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { Consent } from './consent.entity';
import { addDays, today } from '@hub/common';
import { clientsSubgraph } from './subgraph';

const RECORD = `mutation($input: RecordConsentInput!) {
  recordConsent(input: $input) { id partnerOrganisationId categories purpose validFrom validUntil recordedByUserId active withdrawnAt clientId }
}`;
const WITHDRAW = `mutation($id: UUID!) { withdrawConsent(id: $id) { id active withdrawnAt withdrawnByUserId } }`;
const COVERAGE = `query($c: UUID!, $p: UUID!, $cat: [DataCategory!]!) {
  consentCoverage(clientId: $c, partnerOrganisationId: $p, categories: $cat) { covered missing }
}`;

const client = DEMO_CLIENTS[30].id;
const partner = DEMO_PARTNERS[2].id; // debt assistance

describe('consent: record, withdraw, expiry and coverage', () => {
  let hub: TestSubgraphs;
  const count = () => hub.servers.clients!.orm.em.fork().count(Consent);
  const record = (input: Record<string, unknown>, caller = testCallers.staff) => hub.query('clients', RECORD, { input }, caller);
  const coverage = async (categories: string[], c = client, p = partner) => {
    const { data, errors } = await hub.query('clients', COVERAGE, { c, p, cat: categories }, testCallers.staff);
    expect(errors).toBeUndefined();
    return data.consentCoverage;
  };
  const consentInput = (extra: Record<string, unknown> = {}) => ({
    clientId: client,
    partnerOrganisationId: partner,
    categories: ['IDENTITY', 'FINANCES', 'IDENTITY'],
    purpose: 'Debt assistance',
    validUntil: addDays(today(), 180),
    ...extra,
  });

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, peerSubgraph('handoffs')]);
  });
  afterAll(() => hub?.stop());

  it('nothing is covered before a consent is recorded', async () => {
    expect(await coverage(['IDENTITY', 'FINANCES'])).toEqual({ covered: false, missing: ['IDENTITY', 'FINANCES'] });
  });

  it('records a consent that is active from today and covers its categories', async () => {
    const { data, errors } = await record(consentInput());
    expect(errors).toBeUndefined();
    expect(data.recordConsent).toMatchObject({
      partnerOrganisationId: partner,
      categories: ['IDENTITY', 'FINANCES'],
      validFrom: today(),
      recordedByUserId: testCallers.staff.userId,
      active: true,
      withdrawnAt: null,
      clientId: client,
    });
    expect(await coverage(['FINANCES'])).toEqual({ covered: true, missing: [] });
    expect(await coverage(['FINANCES', 'HOUSING'])).toEqual({ covered: false, missing: ['HOUSING'] });
    // Consent for one partner says nothing about another.
    expect((await coverage(['FINANCES'], client, DEMO_PARTNERS[3].id)).covered).toBe(false);
  });

  it('coverage is the union of the active consents for that partner', async () => {
    await record(consentInput({ categories: ['HOUSING'], purpose: 'Housing need for debt plan' }));
    expect(await coverage(['IDENTITY', 'FINANCES', 'HOUSING'])).toEqual({ covered: true, missing: [] });
  });

  it('a consent starting in the future is not active yet', async () => {
    const { data } = await record(consentInput({ categories: ['CHILDREN'], validFrom: addDays(today(), 3), validUntil: addDays(today(), 30) }));
    expect(data.recordConsent.active).toBe(false);
    expect(await coverage(['CHILDREN'])).toEqual({ covered: false, missing: ['CHILDREN'] });
  });

  it('withdrawal takes effect at once, and a second withdrawal is INVALID_TRANSITION', async () => {
    const { data } = await record(consentInput({ categories: ['INCOME_BENEFITS'] }));
    expect((await coverage(['INCOME_BENEFITS'])).covered).toBe(true);
    const withdrawn = await hub.query('clients', WITHDRAW, { id: data.recordConsent.id }, testCallers.intake);
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data.withdrawConsent).toMatchObject({ active: false, withdrawnByUserId: testCallers.intake.userId });
    expect(withdrawn.data.withdrawConsent.withdrawnAt).toBeTruthy();
    expect(await coverage(['INCOME_BENEFITS'])).toEqual({ covered: false, missing: ['INCOME_BENEFITS'] });
    const again = await hub.query('clients', WITHDRAW, { id: data.recordConsent.id }, testCallers.intake);
    expect(again.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    const row = await hub.servers.clients!.orm.em.fork().findOneOrFail(Consent, { id: data.recordConsent.id });
    expect(row.withdrawnByUserId).toBe(testCallers.intake.userId);
  });

  it('withdrawConsent answers NOT_FOUND, BAD_USER_INPUT and FORBIDDEN', async () => {
    const missing = await hub.query('clients', WITHDRAW, { id: '00000000-0000-4000-8000-000000000000' }, testCallers.staff);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await hub.query('clients', WITHDRAW, { id: 'nope' }, testCallers.staff);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    const { data } = await record(consentInput({ categories: ['HEALTH_SCREENING'] }));
    const partnerTry = await hub.query('clients', WITHDRAW, { id: data.recordConsent.id }, testCallers.partner(2));
    expect(partnerTry.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await coverage(['HEALTH_SCREENING'])).covered).toBe(true);
  });

  it('the seeded consents include one withdrawn and one expired, neither active', async () => {
    const rows = await hub.servers.clients!.orm.em.fork().find(Consent, { recordedByUserId: 'intake-1' });
    expect(rows.length).toBe(18);
    const { data } = await hub.query(
      'clients',
      `{ a: client(id: "${DEMO_CLIENTS[13].id}") { consents { active withdrawnAt } } b: client(id: "${DEMO_CLIENTS[8].id}") { consents { partnerOrganisationId active validUntil } } }`,
      {},
      testCallers.staff,
    );
    expect(data.a.consents).toEqual([{ active: false, withdrawnAt: expect.any(String) }]);
    const expired = data.b.consents.find((c: any) => c.partnerOrganisationId === DEMO_PARTNERS[1].id);
    expect(expired.active).toBe(false);
    expect(expired.validUntil < today()).toBe(true);
    expect((await coverage(['IDENTITY'], DEMO_CLIENTS[8].id, DEMO_PARTNERS[1].id)).covered).toBe(false);
    expect((await coverage(['IDENTITY', 'CHILDREN'], DEMO_CLIENTS[8].id, DEMO_PARTNERS[9].id)).covered).toBe(true);
  });

  it.each([
    ['validUntil', { validFrom: addDays(today(), 10), validUntil: addDays(today(), 10) }],
    ['validUntil', { validFrom: addDays(today(), -30), validUntil: addDays(today(), -1) }],
    ['categories', { categories: [] }],
    ['purpose', { purpose: ' a ' }],
    ['clientId', { clientId: 'not-a-uuid' }],
    ['partnerOrganisationId', { partnerOrganisationId: '123' }],
  ])('refuses a bad %s with BAD_USER_INPUT and writes nothing', async (field, change) => {
    const before = await count();
    const { errors } = await record(consentInput(change));
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input', field });
    expect(await count()).toBe(before);
  });

  it('refuses an unknown client with NOT_FOUND and a non-Kadera caller with FORBIDDEN', async () => {
    const before = await count();
    const unknown = await record(consentInput({ clientId: '00000000-0000-4000-8000-000000000001' }));
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const partnerTry = await record(consentInput(), testCallers.partner(2));
    expect(partnerTry.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await hub.query('clients', RECORD, { input: consentInput() });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count()).toBe(before);
  });

  it('refuses an organisation that does not exist or that staff have deactivated with NOT_FOUND, and writes nothing', async () => {
    const before = await count();
    const unknown = await record(consentInput({ partnerOrganisationId: '00000000-0000-4000-8000-00000000abcd' }));
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'partnerOrganisationId' });
    const registered = await hub.query(
      'handoffs',
      'mutation ($input: RegisterPartnerOrganisationInput!) { registerPartnerOrganisation(input: $input) { id } }',
      { input: { name: 'Schuldhulp Kampen', partnerType: 'DEBT_ASSISTANCE', municipalityCode: 'GM0166' } },
      testCallers.staff,
    );
    const partnerOrganisationId = registered.data.registerPartnerOrganisation.id as string;
    expect((await record(consentInput({ partnerOrganisationId }))).errors).toBeUndefined();
    await hub.query('handoffs', 'mutation ($id: UUID!) { deactivatePartnerOrganisation(id: $id) { id } }', { id: partnerOrganisationId }, testCallers.staff);
    const deactivated = await record(consentInput({ partnerOrganisationId }));
    expect(deactivated.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'partnerOrganisationId' });
    expect(await count()).toBe(before + 1);
  });

  it('consentCoverage checks its arguments', async () => {
    const bad = await hub.query('clients', COVERAGE, { c: 'x', p: partner, cat: ['IDENTITY'] }, testCallers.staff);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'clientId' });
    const empty = await hub.query('clients', COVERAGE, { c: client, p: partner, cat: [] }, testCallers.staff);
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'categories' });
  });

  it('a retried recordConsent with the same idempotency key records once', async () => {
    const input = consentInput({ categories: ['CHILDREN'], idempotencyKey: 'consent-retry-0001' });
    const first = await record(input);
    const before = await count();
    const second = await record(input);
    expect(second.data.recordConsent.id).toBe(first.data.recordConsent.id);
    expect(await count()).toBe(before);
    const changed = await record({ ...input, purpose: 'Something else entirely' });
    expect(changed.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('Client.consents costs the same number of SQL statements for 5 and for 20 clients', async () => {
    const counts: number[] = [];
    for (const first of [5, 20]) {
      hub.servers.clients!.queries.reset();
      const { data, errors } = await hub.query(
        'clients',
        `{ clients(first: ${first}) { edges { node { id consents { id active } } } } }`,
        {},
        testCallers.staff,
      );
      expect(errors).toBeUndefined();
      expect(data.clients.edges).toHaveLength(first);
      counts.push(hub.servers.clients!.queries.count);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});
