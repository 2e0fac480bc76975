import { addDays, DEMO_CLIENTS, EARLIEST_BIRTH_DATE, FIRST_NAME, today } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { Child } from './child.entity';
import { clientsSubgraph } from './subgraph';

const ADD = `mutation($input: AddChildInput!) { addChild(input: $input) { id firstName dateOfBirth childSocialWorkerName version } }`;
const UPDATE = `mutation($input: UpdateChildInput!) { updateChild(input: $input) { id firstName dateOfBirth childSocialWorkerName version } }`;
const REMOVE = `mutation($input: RemoveChildInput!) { removeChild(input: $input) { id firstName version } }`;
const CHILDREN = `query($id: UUID!) { client(id: $id) { children { id firstName version } } }`;
const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { action outcome userId fields } }`;

describe('children: add, update, remove', () => {
  let hub: TestSubgraphs;
  const clientId = DEMO_CLIENTS[12].id;
  const child = (extra: Record<string, unknown> = {}) => ({
    clientId,
    firstName: ' Noor ',
    dateOfBirth: '2019-04-02',
    childSocialWorkerName: 'Mw. J. Bakker',
    ...extra,
  });
  const add = (input: Record<string, unknown>, caller = testCallers.staff) => hub.query('clients', ADD, { input }, caller);
  const stored = (id: string) => hub.servers.clients!.orm.em.fork().findOne(Child, { id });

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it('Kadera adds a child (version 1, a retry with the same key adds nothing), changes it in the version read, and removes it', async () => {
    const first = await add(child({ idempotencyKey: 'child-add-0001' }), testCallers.intake);
    expect(first.errors).toBeUndefined();
    expect(first.data.addChild).toMatchObject({ firstName: 'Noor', dateOfBirth: '2019-04-02', childSocialWorkerName: 'Mw. J. Bakker', version: 1 });
    const id = first.data.addChild.id;
    const retry = await add(child({ idempotencyKey: 'child-add-0001' }), testCallers.intake);
    expect(retry.data.addChild.id).toBe(id);
    const listed = await hub.query('clients', CHILDREN, { id: clientId }, testCallers.staff);
    expect(listed.data.client.children.filter((c: any) => c.firstName === 'Noor')).toEqual([{ id, firstName: 'Noor', version: 1 }]);

    const updated = await hub.query('clients', UPDATE, { input: { id, expectedVersion: 1, childSocialWorkerName: ' Dhr. K. Yilmaz ' } }, testCallers.shelter);
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateChild).toEqual({ id, firstName: 'Noor', dateOfBirth: '2019-04-02', childSocialWorkerName: 'Dhr. K. Yilmaz', version: 2 });

    const stale = await hub.query('clients', UPDATE, { input: { id, expectedVersion: 1, firstName: 'Stale' } }, testCallers.staff);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await stored(id)).toMatchObject({ firstName: 'Noor', version: 2 });

    const staleRemove = await hub.query('clients', REMOVE, { input: { id, expectedVersion: 1 } }, testCallers.staff);
    expect(staleRemove.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await stored(id)).not.toBeNull();

    const removed = await hub.query('clients', REMOVE, { input: { id, expectedVersion: 2 } }, testCallers.staff);
    expect(removed.errors).toBeUndefined();
    expect(removed.data.removeChild).toEqual({ id, firstName: 'Noor', version: 2 });
    expect(await stored(id)).toBeNull();
    const again = await hub.query('clients', REMOVE, { input: { id, expectedVersion: 2 } }, testCallers.staff);
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const gone = await hub.query('clients', UPDATE, { input: { id, expectedVersion: 2, firstName: 'Late' } }, testCallers.staff);
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('of two concurrent updates naming the same version one wins, the other gets CONFLICT', async () => {
    const { data } = await add(child({ firstName: 'Sem' }));
    const id = data.addChild.id;
    const both = await Promise.all(
      ['Sem A', 'Sem B'].map((firstName) => hub.query('clients', UPDATE, { input: { id, expectedVersion: 1, firstName } }, testCallers.staff)),
    );
    const won = both.filter((r) => r.errors === undefined);
    expect(won).toHaveLength(1);
    expect(both.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    expect(await stored(id)).toMatchObject({ version: 2, firstName: won[0].data.updateChild.firstName });
  });

  it.each([
    ['a date of birth in the future', { dateOfBirth: addDays(today(), 1) }, 'dateOfBirth'],
    ['a date of birth of today', { dateOfBirth: today() }, 'dateOfBirth'],
    ['a date of birth before the earliest', { dateOfBirth: addDays(EARLIEST_BIRTH_DATE, -1) }, 'dateOfBirth'],
    ['a blank first name', { firstName: '  ' }, 'firstName'],
    ['a first name that is too long', { firstName: 'x'.repeat(FIRST_NAME.max + 1) }, 'firstName'],
    ['a blank child social worker', { childSocialWorkerName: ' ' }, 'childSocialWorkerName'],
  ])('refuses %s with BAD_USER_INPUT naming the field, on add and on update', async (_what, change, field) => {
    const before = await hub.servers.clients!.orm.em.fork().count(Child);
    const added = await add(child(change));
    expect(added.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input', field });
    expect(await hub.servers.clients!.orm.em.fork().count(Child)).toBe(before);
    const { clientId: _c, ...update } = child(change);
    const updated = await hub.query(
      'clients',
      UPDATE,
      { input: { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, ...update } },
      testCallers.staff,
    );
    expect(updated.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('an unknown client is NOT_FOUND; a partner, referrer or auditor may not add, change or remove a child', async () => {
    const unknown = await add(child({ clientId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const caller of [testCallers.partner(8), testCallers.referrer(0), testCallers.auditor]) {
      expect((await add(child(), caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const id = '00000000-0000-4000-8000-000000000000';
      expect((await hub.query('clients', UPDATE, { input: { id, expectedVersion: 1 } }, caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await hub.query('clients', REMOVE, { input: { id, expectedVersion: 1 } }, caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('adding, changing and removing a child are client-linked writes in the access log', async () => {
    const { data } = await add(child({ firstName: 'Lina' }), testCallers.intake);
    const id = data.addChild.id;
    await hub.query('clients', UPDATE, { input: { id, expectedVersion: 1, firstName: 'Lina M' } }, testCallers.shelter);
    await hub.query('clients', REMOVE, { input: { id, expectedVersion: 2 } }, testCallers.staff);
    const log = await hub.query('clients', LOG, { id: clientId }, testCallers.auditor);
    expect(log.errors).toBeUndefined();
    expect(log.data.accessLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'CREATE',
          outcome: 'ALLOWED',
          userId: testCallers.intake.userId,
          fields: expect.arrayContaining(['Child.firstName']),
        }),
        expect.objectContaining({
          action: 'UPDATE',
          outcome: 'ALLOWED',
          userId: testCallers.shelter.userId,
          fields: expect.arrayContaining(['Child.firstName']),
        }),
        expect.objectContaining({
          action: 'UPDATE',
          outcome: 'ALLOWED',
          userId: testCallers.staff.userId,
          fields: ['Child.firstName', 'Child.id', 'Child.version'],
        }),
      ]),
    );
    const text = JSON.stringify(await hub.servers.clients!.orm.em.getConnection().execute(`select * from audit.access_log`));
    expect(text).not.toContain('Lina');
  });
});
