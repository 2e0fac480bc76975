import { addDays, DEMO_CLIENTS, EMERGENCY_CONTACTS_MAX, SAFETY_PLAN_ITEM, SAFETY_PLAN_ITEMS_MAX, today, CODE_WORD } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { SafetyPlan } from './safety-plan.entity';
import { clientsSubgraph } from './subgraph';

const SAVE = `mutation($input: SaveSafetyPlanInput!) {
  saveSafetyPlan(input: $input) { id version risks agreements emergencyContacts { name relation phone } codeWord reviewDate updatedAt updatedByUserId }
}`;
const READ = `query($id: UUID!) { client(id: $id) { id safetyPlan { version risks agreements emergencyContacts { name relation phone } codeWord reviewDate updatedByUserId } } }`;
const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { action outcome userId roles fields } }`;

const CODE = 'blauwe reiger';
const plan = (clientId: string, extra: Record<string, unknown> = {}) => ({
  clientId,
  risks: ['  Ex-partner knows her workplace ', 'Ex-partner owns a car'],
  agreements: ['Takes a different route to work every day'],
  emergencyContacts: [{ name: ' Anouk ', relation: 'sister', phone: '06 12345678' }],
  codeWord: CODE,
  reviewDate: addDays(today(), 30),
  ...extra,
});

describe('safety plan', () => {
  let hub: TestSubgraphs;
  const save = (input: Record<string, unknown>, caller = testCallers.staff) => hub.query('clients', SAVE, { input }, caller);
  const stored = (clientId: string) => hub.servers.clients!.orm.em.fork().findOne(SafetyPlan, { client: clientId });

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it('staff create a plan (version 1, texts trimmed), shelter read it; a client without a plan has null', async () => {
    const clientId = DEMO_CLIENTS[2].id;
    const none = await hub.query('clients', READ, { id: clientId }, testCallers.shelter);
    expect(none.errors).toBeUndefined();
    expect(none.data.client.safetyPlan).toBeNull();

    const created = await save(plan(clientId));
    expect(created.errors).toBeUndefined();
    expect(created.data.saveSafetyPlan).toMatchObject({
      version: 1,
      risks: ['Ex-partner knows her workplace', 'Ex-partner owns a car'],
      agreements: ['Takes a different route to work every day'],
      emergencyContacts: [{ name: 'Anouk', relation: 'sister', phone: '06 12345678' }],
      codeWord: CODE,
      updatedByUserId: testCallers.staff.userId,
    });
    const read = await hub.query('clients', READ, { id: clientId }, testCallers.shelter);
    expect(read.errors).toBeUndefined();
    expect(read.data.client.safetyPlan).toMatchObject({ version: 1, codeWord: CODE, reviewDate: addDays(today(), 30) });
  });

  it('a second create, or a save naming a stale version, gets CONFLICT with the current version and writes nothing', async () => {
    const clientId = DEMO_CLIENTS[4].id;
    expect((await save(plan(clientId))).errors).toBeUndefined();

    const again = await save(plan(clientId, { risks: ['Overwritten'] }));
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    expect((await stored(clientId))!.risks).toEqual(['Ex-partner knows her workplace', 'Ex-partner owns a car']);

    const replaced = await save(plan(clientId, { expectedVersion: 1, risks: ['New threat'], codeWord: null }), testCallers.shelter);
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data.saveSafetyPlan).toMatchObject({ version: 2, risks: ['New threat'], codeWord: null, updatedByUserId: testCallers.shelter.userId });

    const stale = await save(plan(clientId, { expectedVersion: 1, risks: ['Stale'] }));
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(stale.data).toBeNull();
    expect(await stored(clientId)).toMatchObject({ version: 2, risks: ['New threat'] });

    // A version for a client that has no plan: nothing to replace, currentVersion null.
    const noPlan = await save(plan(DEMO_CLIENTS[5].id, { expectedVersion: 3 }));
    expect(noPlan.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: null });
    expect(await stored(DEMO_CLIENTS[5].id)).toBeNull();
  });

  it('of two concurrent saves naming the same version one wins, the other gets CONFLICT; the same for two first saves', async () => {
    const clientId = DEMO_CLIENTS[6].id;
    const creates = await Promise.all([save(plan(clientId, { risks: ['A'] })), save(plan(clientId, { risks: ['B'] }), testCallers.shelter)]);
    expect(creates.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(creates.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    const winner = creates.find((r) => r.errors === undefined)!.data.saveSafetyPlan;
    expect(await stored(clientId)).toMatchObject({ version: 1, risks: winner.risks });

    for (let round = 1; round <= 3; round++) {
      const both = await Promise.all([
        save(plan(clientId, { expectedVersion: round, risks: [`staff ${round}`] })),
        save(plan(clientId, { expectedVersion: round, risks: [`shelter ${round}`] }), testCallers.shelter),
      ]);
      const won = both.filter((r) => r.errors === undefined);
      const lost = both.filter((r) => r.errors !== undefined);
      expect(won).toHaveLength(1);
      expect(lost.map((r) => r.errors?.[0].extensions)).toEqual([expect.objectContaining({ code: 'CONFLICT', currentVersion: round + 1 })]);
      expect(await stored(clientId)).toMatchObject({ version: round + 1, risks: won[0].data.saveSafetyPlan.risks });
    }
  });

  it.each([
    ['a review date in the past', { reviewDate: addDays(today(), -1) }, 'reviewDate'],
    ['too many risks', { risks: Array.from({ length: SAFETY_PLAN_ITEMS_MAX + 1 }, (_, i) => `risk ${i}`) }, 'risks'],
    ['a blank agreement', { agreements: ['ok', '  '] }, 'agreements'],
    ['a risk that is too long', { risks: ['x'.repeat(SAFETY_PLAN_ITEM.max + 1)] }, 'risks'],
    [
      'too many emergency contacts',
      { emergencyContacts: Array.from({ length: EMERGENCY_CONTACTS_MAX + 1 }, () => ({ name: 'A', relation: 'b', phone: '0612345678' })) },
      'emergencyContacts',
    ],
    ['a contact without a real phone number', { emergencyContacts: [{ name: 'Anouk', relation: 'sister', phone: 'call her' }] }, 'emergencyContacts.0.phone'],
    ['a contact with a blank name', { emergencyContacts: [{ name: ' ', relation: 'sister', phone: '0612345678' }] }, 'emergencyContacts.0.name'],
    ['a code word that is too long', { codeWord: 'x'.repeat(CODE_WORD.max + 1) }, 'codeWord'],
    ['a one-letter code word', { codeWord: 'x' }, 'codeWord'],
    ['version 0', { expectedVersion: 0 }, 'expectedVersion'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_what, change, field) => {
    const clientId = DEMO_CLIENTS[7].id;
    const r = await save(plan(clientId, change));
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input', field });
    expect(r.text).not.toContain(CODE);
    expect(await stored(clientId)).toBeNull();
  });

  it('an unknown client is NOT_FOUND', async () => {
    const r = await save(plan('00000000-0000-4000-8000-000000000000'));
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('saves and reads are in the access log, a refused read too, and the code word is not', async () => {
    const clientId = DEMO_CLIENTS[9].id;
    expect((await save(plan(clientId))).errors).toBeUndefined();
    expect((await hub.query('clients', READ, { id: clientId }, testCallers.shelter)).errors).toBeUndefined();
    const refused = await hub.query('clients', `query($id: UUID!) { client(id: $id) { safetyPlan { codeWord } } }`, { id: clientId }, testCallers.intake);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.text).not.toContain(CODE);

    const { data, errors } = await hub.query('clients', LOG, { id: clientId }, testCallers.auditor);
    expect(errors).toBeUndefined();
    expect(data.accessLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'UPDATE',
          outcome: 'ALLOWED',
          userId: testCallers.staff.userId,
          fields: expect.arrayContaining(['SafetyPlan.codeWord', 'SafetyPlan.risks']),
        }),
        expect.objectContaining({
          action: 'READ',
          outcome: 'ALLOWED',
          userId: testCallers.shelter.userId,
          fields: expect.arrayContaining(['Client.safetyPlan', 'SafetyPlan.codeWord']),
        }),
        expect.objectContaining({ action: 'READ', outcome: 'DENIED', userId: testCallers.intake.userId, fields: ['Client.safetyPlan'] }),
      ]),
    );
    const log = await hub.servers.clients!.orm.em.getConnection().execute(`select * from audit.access_log`);
    expect(JSON.stringify(log)).not.toContain(CODE);
  });
});
