import { DEMO_CLIENTS, DEMO_PARTNERS, HANDOFF_NOTE } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import type { Caller } from '@hub/common';
import { HandoffNote } from './handoff-note.entity';
import { createHandoff, handoffInput, recordConsent } from './handoff-test-support';
import { handoffsSubgraph } from './subgraph';

const GGZ = 0;
const OTHER_GGZ = 1;
const DEBT = 2;
const client = DEMO_CLIENTS[33].id;

const ADD = `mutation($input: AddHandoffNoteInput!) {
  addHandoffNote(input: $input) { id handoffId authorUserId authorOrganisationId authorSide createdAt text }
}`;
const NOTES = `query($id: UUID!) { handoff(id: $id) { id notes { id authorUserId authorOrganisationId authorSide text } } }`;
const NOTES_ONLY = `query($id: UUID!) { handoff(id: $id) { notes { id } } }`;
const CONTACT = `query($id: UUID!) { handoff(id: $id) { kaderaContact { name phone email } } }`;

describe('notes on a handoff and its Kadera contact', () => {
  let hub: TestSubgraphs;
  let handoffId: string;
  const add = (caller: Caller, text: string, extra: Record<string, unknown> = {}) =>
    hub.query('handoffs', ADD, { input: { handoffId, text, ...extra } }, caller);
  const noteCount = () => hub.servers.handoffs!.orm.em.fork().count(HandoffNote);

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, handoffsSubgraph]);
    await recordConsent(hub, client, GGZ, ['IDENTITY', 'HEALTH_SCREENING']);
    const kaderaContact = { name: ' Sanne de Vries ', phone: '038 - 123 45 67', email: 'S.deVries@kadera.example' };
    const { data, errors } = await createHandoff(hub, handoffInput(client, GGZ, { kaderaContact }));
    expect(errors).toBeUndefined();
    handoffId = data.createHandoff.id;
  });
  afterAll(() => hub?.stop());

  it('Kadera and the addressed partner exchange notes, each reading both, oldest first', async () => {
    const fromKadera = await add(testCallers.staff, '  Client prefers contact by phone in the morning. ');
    expect(fromKadera.errors).toBeUndefined();
    expect(fromKadera.data.addHandoffNote).toMatchObject({
      handoffId,
      authorUserId: testCallers.staff.userId,
      authorOrganisationId: testCallers.staff.organisationId,
      authorSide: 'KADERA',
      text: 'Client prefers contact by phone in the morning.',
    });
    const fromPartner = await add(testCallers.partner(GGZ), 'Intake planned for Tuesday.');
    expect(fromPartner.errors).toBeUndefined();
    expect(fromPartner.data.addHandoffNote).toMatchObject({ authorSide: 'PARTNER', authorOrganisationId: DEMO_PARTNERS[GGZ].id });
    const fromShelter = await add(testCallers.shelter, 'Noted, thank you.');
    expect(fromShelter.errors).toBeUndefined();

    const expected = [
      { authorSide: 'KADERA', authorUserId: testCallers.staff.userId, text: 'Client prefers contact by phone in the morning.' },
      { authorSide: 'PARTNER', authorUserId: testCallers.partner(GGZ).userId, text: 'Intake planned for Tuesday.' },
      { authorSide: 'KADERA', authorUserId: testCallers.shelter.userId, text: 'Noted, thank you.' },
    ];
    for (const caller of [testCallers.staff, testCallers.intake, testCallers.shelter, testCallers.partner(GGZ)]) {
      const { data, errors } = await hub.query('handoffs', NOTES, { id: handoffId }, caller);
      expect(errors).toBeUndefined();
      expect(data.handoff.notes).toEqual(expected.map((note) => expect.objectContaining(note)));
    }
  });

  it('another partner, a debt partner among them, can neither read nor write the notes of a GGZ handoff', async () => {
    const before = await noteCount();
    for (const caller of [testCallers.partner(OTHER_GGZ), testCallers.partner(DEBT)]) {
      const read = await hub.query('handoffs', NOTES_ONLY, { id: handoffId }, caller);
      expect(read.data?.handoff ?? null).toBeNull();
      const write = await add(caller, 'Can I join?');
      expect(write.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect(await noteCount()).toBe(before);
  });

  it('referrers, municipalities and the auditor are refused reading and writing', async () => {
    const before = await noteCount();
    for (const caller of [testCallers.referrer(0), testCallers.municipality('GM0193'), testCallers.auditor]) {
      const read = await hub.query('handoffs', NOTES_ONLY, { id: handoffId }, caller);
      expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const write = await add(caller, 'Hello');
      expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await noteCount()).toBe(before);
  });

  it.each([
    ['an empty text', ''],
    ['a blank text', '   '],
    [`a text of ${HANDOFF_NOTE.max + 1} characters`, 'n'.repeat(HANDOFF_NOTE.max + 1)],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_what, text) => {
    const before = await noteCount();
    const { errors } = await add(testCallers.staff, text);
    expect(errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input', field: 'text' });
    expect(await noteCount()).toBe(before);
  });

  it(`takes a text of exactly ${HANDOFF_NOTE.max} characters`, async () => {
    const { data, errors } = await add(testCallers.staff, 'm'.repeat(HANDOFF_NOTE.max));
    expect(errors).toBeUndefined();
    expect(data.addHandoffNote.text).toHaveLength(HANDOFF_NOTE.max);
  });

  it('an unknown handoff is NOT_FOUND', async () => {
    const { errors } = await hub.query('handoffs', ADD, { input: { handoffId: '00000000-0000-4000-8000-00000000abcd', text: 'Hi' } }, testCallers.staff);
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('a retry with the same idempotency key returns the first note; other text under that key is CONFLICT', async () => {
    const first = await add(testCallers.partner(GGZ), 'Client did not answer; trying again tomorrow.', { idempotencyKey: 'note-retry-0001' });
    expect(first.errors).toBeUndefined();
    const before = await noteCount();
    const second = await add(testCallers.partner(GGZ), 'Client did not answer; trying again tomorrow.', { idempotencyKey: 'note-retry-0001' });
    expect(second.data.addHandoffNote.id).toBe(first.data.addHandoffNote.id);
    expect(await noteCount()).toBe(before);
    const changed = await add(testCallers.partner(GGZ), 'Something else', { idempotencyKey: 'note-retry-0001' });
    expect(changed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', argument: 'idempotencyKey' });
  });

  it('the Kadera contact is stored trimmed with the email in lower case, for Kadera and the addressed partner only', async () => {
    const contact = { name: 'Sanne de Vries', phone: '038 - 123 45 67', email: 's.devries@kadera.example' };
    for (const caller of [testCallers.staff, testCallers.intake, testCallers.partner(GGZ)]) {
      const { data, errors } = await hub.query('handoffs', CONTACT, { id: handoffId }, caller);
      expect(errors).toBeUndefined();
      expect(data.handoff.kaderaContact).toEqual(contact);
    }
    const other = await hub.query('handoffs', CONTACT, { id: handoffId }, testCallers.partner(DEBT));
    expect(other.data?.handoff ?? null).toBeNull();
    const referrer = await hub.query('handoffs', CONTACT, { id: handoffId }, testCallers.referrer(0));
    expect(referrer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('the Kadera contact is optional, and needs a phone number or an email address when given', async () => {
    const without = await createHandoff(hub, handoffInput(client, GGZ));
    expect(without.errors).toBeUndefined();
    const read = await hub.query('handoffs', CONTACT, { id: without.data.createHandoff.id }, testCallers.staff);
    expect(read.data.handoff.kaderaContact).toBeNull();
    const bare = await createHandoff(hub, handoffInput(client, GGZ, { kaderaContact: { name: 'Sanne de Vries' } }));
    expect(bare.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input', field: 'kaderaContact.phone' });
    const badEmail = await createHandoff(hub, handoffInput(client, GGZ, { kaderaContact: { name: 'Sanne', email: 'not-an-email' } }));
    expect(badEmail.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input', field: 'kaderaContact.email' });
  });
});
