import { addCalendarDays, DEMO_CLIENTS, DEMO_PARTNERS, demoId } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import { HandoffStatusChange } from './handoff-status-change.entity';
import { Handoff } from './handoff.entity';
import { createHandoff, handoffInput, recordConsent, WITHDRAW_CONSENT } from './handoff-test-support';
import { handoffsSubgraph } from './subgraph';
import { HandoffStatus } from './handoff.workflow';

const client = DEMO_CLIENTS[30].id;
const GGZ = 0;

describe('createHandoff needs consent', () => {
  let hub: TestSubgraphs;
  const counts = async () => {
    const em = hub.servers.handoffs!.orm.em.fork();
    return { handoffs: await em.count(Handoff), history: await em.count(HandoffStatusChange) };
  };

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, handoffsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it('is refused with CONSENT_REQUIRED, naming the missing categories, and writes nothing', async () => {
    const before = await counts();
    const { errors } = await createHandoff(hub, handoffInput(client, GGZ));
    expect(errors?.[0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', missing: ['IDENTITY', 'HEALTH_SCREENING'] });
    await recordConsent(hub, client, GGZ, ['IDENTITY']);
    const partly = await createHandoff(hub, handoffInput(client, GGZ));
    expect(partly.errors?.[0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', missing: ['HEALTH_SCREENING'] });
    // Consent for another GGZ organisation does not count.
    await recordConsent(hub, client, 1, ['IDENTITY', 'HEALTH_SCREENING']);
    const other = await createHandoff(hub, handoffInput(client, GGZ));
    expect(other.errors?.[0].extensions?.code).toBe('CONSENT_REQUIRED');
    expect(await counts()).toEqual(before);
  });

  it('with consent covering every category it is created REQUESTED, due the next day (URGENT), with its creation in the history', async () => {
    await recordConsent(hub, client, GGZ, ['HEALTH_SCREENING']);
    const before = Date.now();
    const { data, errors } = await createHandoff(hub, handoffInput(client, GGZ, { priority: 'URGENT' }));
    expect(errors).toBeUndefined();
    const handoff = data.createHandoff;
    expect(handoff).toMatchObject({
      status: 'REQUESTED',
      statusReason: null,
      categories: ['IDENTITY', 'HEALTH_SCREENING'],
      priority: 'URGENT',
      overdue: false,
      outcome: null,
      partner: { id: DEMO_PARTNERS[GGZ].id, partnerType: 'GGZ' },
      client: { id: client },
      municipalityCode: DEMO_CLIENTS[30].municipalityCode,
    });
    // URGENT: the next day on the office clock (CONTACT_DUE_DEFAULTS; 23 or 25 hours across a clock change).
    expect(handoff.dueAt).toBe(addCalendarDays(new Date(handoff.createdAt), 1).toISOString());
    expect(new Date(handoff.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(handoff.history).toEqual([
      expect.objectContaining({
        from: null,
        to: 'REQUESTED',
        side: 'KADERA',
        reason: null,
        changedByUserId: testCallers.staff.userId,
        changedByOrganisationId: testCallers.staff.organisationId,
      }),
    ]);
    const row = await hub.servers.handoffs!.orm.em.fork().findOneOrFail(Handoff, { id: handoff.id });
    expect(row.status).toBe(HandoffStatus.REQUESTED);
    expect(row.municipalityCode).toBe(DEMO_CLIENTS[30].municipalityCode);
  });

  it('takes a due date from the input', async () => {
    const dueAt = addCalendarDays(new Date(), 3).toISOString();
    const { data, errors } = await createHandoff(hub, handoffInput(client, GGZ, { dueAt, categories: ['IDENTITY'] }));
    expect(errors).toBeUndefined();
    expect(data.createHandoff.dueAt).toBe(dueAt);
  });

  it('withdrawal takes effect at once: the next handoff is refused', async () => {
    const youth = 8;
    const consentId = await recordConsent(hub, DEMO_CLIENTS[31].id, youth, ['IDENTITY', 'CHILDREN']);
    const input = handoffInput(DEMO_CLIENTS[31].id, youth, { categories: ['CHILDREN'], purpose: 'Support for the children' });
    expect((await createHandoff(hub, input)).errors).toBeUndefined();
    const withdrawn = await hub.query('clients', WITHDRAW_CONSENT, { id: consentId }, testCallers.intake);
    expect(withdrawn.errors).toBeUndefined();
    const before = await counts();
    const refused = await createHandoff(hub, input);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', missing: ['CHILDREN'] });
    expect(await counts()).toEqual(before);
  });

  it('shares only what the kind of partner needs: identity and its own category, even with wider consent', async () => {
    await recordConsent(hub, client, GGZ, ['IDENTITY', 'HEALTH_SCREENING', 'FINANCES', 'CHILDREN']);
    const before = await counts();
    const { errors } = await createHandoff(hub, handoffInput(client, GGZ, { categories: ['IDENTITY', 'HEALTH_SCREENING', 'FINANCES'] }));
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'categories' });
    expect(errors?.[0].message).toMatch(/FINANCES/);
    expect(await counts()).toEqual(before);
  });

  it("takes the client's municipality from the clients subgraph, refuses another, and refuses an unknown client", async () => {
    const other = DEMO_CLIENTS[31];
    await recordConsent(hub, other.id, GGZ, ['IDENTITY', 'HEALTH_SCREENING']);
    const before = await counts();
    const mismatch = await createHandoff(hub, handoffInput(other.id, GGZ, { municipalityCode: other.municipalityCode === 'GM0193' ? 'GM0153' : 'GM0193' }));
    expect(mismatch.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalityCode' });
    const unknown = await createHandoff(hub, handoffInput('00000000-0000-4000-8000-00000000abcd', GGZ));
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);

    const defaulted = await createHandoff(hub, handoffInput(other.id, GGZ, { municipalityCode: undefined }));
    expect(defaulted.errors).toBeUndefined();
    expect(defaulted.data.createHandoff.municipalityCode).toBe(other.municipalityCode);
  });

  it('an unknown partner organisation is NOT_FOUND and writes nothing', async () => {
    const before = await counts();
    const { errors } = await createHandoff(hub, { ...handoffInput(client, GGZ), partnerOrganisationId: '00000000-0000-4000-8000-000000000000' });
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['clientId', { clientId: 'abc' }],
    ['municipalityCode', { municipalityCode: 'Zwolle' }],
    ['municipalityCode', { municipalityCode: 'GM019' }],
    ['partnerOrganisationId', { partnerOrganisationId: 'abc' }],
    ['categories', { categories: [] }],
    ['purpose', { purpose: '  ' }],
    ['purpose', { purpose: 'x'.repeat(1001) }],
    ['dueAt', { dueAt: new Date(Date.now() - 60_000).toISOString() }],
    ['dueAt', { dueAt: addCalendarDays(new Date(), 400).toISOString() }],
  ])('a bad %s is BAD_USER_INPUT and writes nothing', async (field, change) => {
    const before = await counts();
    const { errors } = await createHandoff(hub, handoffInput(client, GGZ, change));
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input', field });
    expect(await counts()).toEqual(before);
  });

  it('only Kadera staff may create handoffs', async () => {
    const before = await counts();
    for (const caller of [testCallers.partner(GGZ), testCallers.referrer(0), testCallers.municipality('GM0193')]) {
      const { errors } = await createHandoff(hub, handoffInput(client, GGZ), caller);
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await hub.query('handoffs', 'mutation($i: CreateHandoffInput!) { createHandoff(input: $i) { id } }', { i: handoffInput(client, GGZ) });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
  });

  it('a retry with the same idempotency key returns the first handoff, even after the consent is gone', async () => {
    const debt = 2;
    const consentId = await recordConsent(hub, DEMO_CLIENTS[32].id, debt, ['IDENTITY', 'FINANCES']);
    const input = handoffInput(DEMO_CLIENTS[32].id, debt, { categories: ['FINANCES'], idempotencyKey: 'handoff-retry-0001' });
    const first = await createHandoff(hub, input);
    expect(first.errors).toBeUndefined();
    const before = await counts();
    const second = await createHandoff(hub, input);
    expect(second.data.createHandoff.id).toBe(first.data.createHandoff.id);
    await hub.query('clients', WITHDRAW_CONSENT, { id: consentId }, testCallers.staff);
    const third = await createHandoff(hub, input);
    expect(third.data.createHandoff.id).toBe(first.data.createHandoff.id);
    expect(await counts()).toEqual(before);
    const changed = await createHandoff(hub, { ...input, purpose: 'Another purpose' });
    expect(changed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', argument: 'idempotencyKey' });
  });

  it('every open demo handoff is covered by a demo consent for its partner', async () => {
    const rows = await hub.servers.handoffs!.orm.em.fork().find(Handoff, { id: { $in: demoHandoffIds() } });
    expect(rows).toHaveLength(18);
    for (const row of rows) {
      const { data } = await hub.query(
        'clients',
        `query($c: UUID!, $p: UUID!, $cat: [DataCategory!]!) { consentCoverage(clientId: $c, partnerOrganisationId: $p, categories: $cat) { covered } }`,
        { c: row.clientId, p: row.partner.id, cat: row.categories },
        testCallers.staff,
      );
      const closed = ['COMPLETED', 'CANCELLED', 'FAILED', 'REJECTED', 'ENTERED_IN_ERROR'].includes(row.status);
      if (!closed) expect({ id: row.id, covered: data.consentCoverage.covered }).toEqual({ id: row.id, covered: true });
      else expect(row.categories).toContain('IDENTITY');
    }
  });

  it.each([
    ['a malformed clientId', { clientId: 'not-a-uuid' }, 'clientId'],
    ['a malformed partnerOrganisationId', { partnerOrganisationId: '123' }, 'partnerOrganisationId'],
    ['a lower-case municipality code', { municipalityCode: 'gm0193' }, 'municipalityCode'],
    ['no categories', { categories: [] }, 'categories'],
    ['a purpose of 2 characters', { purpose: ' ab ' }, 'purpose'],
    ['a purpose of 1001 characters', { purpose: 'p'.repeat(1001) }, 'purpose'],
    ['a due date in the past', { dueAt: new Date(Date.now() - 60_000).toISOString() }, 'dueAt'],
    ['a due date more than 365 days ahead', { dueAt: new Date(Date.now() + 367 * 86_400_000).toISOString() }, 'dueAt'],
  ])('refuses %s with BAD_USER_INPUT naming the field, without the value, and writes nothing', async (_what, change, field) => {
    const before = await counts();
    const { errors } = await createHandoff(hub, handoffInput(client, GGZ, change));
    expect(errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input', field });
    expect(errors?.[0].message.startsWith(`${field} `)).toBe(true);
    for (const value of Object.values(change)) if (typeof value === 'string' && value.trim()) expect(errors?.[0].message).not.toContain(value.trim());
    expect(await counts()).toEqual(before);
  });

  it('a malformed id written in the document is BAD_USER_INPUT for its argument, before any resolver runs', async () => {
    const literal = await hub.query('handoffs', '{ handoff(id: "not-a-uuid") { id } }', {}, testCallers.staff);
    expect(literal.errors?.[0]).toMatchObject({ message: 'id must be a UUID', extensions: { code: 'BAD_USER_INPUT', argument: 'id', field: 'id' } });
    const nested = await hub.query(
      'handoffs',
      'mutation { transitionHandoff(input: { handoffId: "nope", to: ACCEPTED }) { id } }',
      {},
      testCallers.partner(GGZ),
    );
    expect(nested.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input', field: 'handoffId' });
  });

  it('a malformed idempotency key is BAD_USER_INPUT', async () => {
    const { errors } = await createHandoff(hub, handoffInput(client, GGZ, { idempotencyKey: 'bad key!' }));
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'idempotencyKey' });
  });
});

function demoHandoffIds(): string[] {
  return Array.from({ length: 18 }, (_, i) => demoId('handoff', i));
}
