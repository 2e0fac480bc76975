import { PartnerType } from '@hub/common';
import { testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

const GGZ = testCallers.partnerOfType(PartnerType.GGZ);
const DEBT = testCallers.partnerOfType(PartnerType.DEBT_ASSISTANCE);

const ADD = `mutation ($input: AddHandoffNoteInput!) { addHandoffNote(input: $input) { id authorSide authorOrganisationId text } }`;
const NOTES = `query ($id: UUID!) { handoff(id: $id) { id client { id } notes { id authorSide text } } }`;
const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { action outcome userId fields sourceService } }`;

/** Notes on a handoff through the gateway: Kadera and the GGZ partner talk, a debt partner is kept out, and the access log has it all. */
describe('notes on a handoff through the gateway', () => {
  let hub: TestStack;

  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  it('Kadera and the GGZ partner exchange a note, a debt partner is refused, and both sides reach the access log', async () => {
    const ggz = hub.as(GGZ);
    const debt = hub.as(DEBT);
    const list = await ggz.query(`{ handoffs(first: 1) { edges { node { id client { id } } } } }`);
    expect(list.errors).toBeUndefined();
    const handoffId: string = list.data.handoffs.edges[0].node.id;
    const clientId: string = list.data.handoffs.edges[0].node.client.id;

    const asked = await hub.query(ADD, { input: { handoffId, text: 'Please call the client only on her work number.', idempotencyKey: 'e2e-note-0001' } });
    expect(asked.errors).toBeUndefined();
    expect(asked.data.addHandoffNote).toMatchObject({ authorSide: 'KADERA' });
    const answered = await ggz.query(ADD, { input: { handoffId, text: 'Understood; first appointment on Tuesday.' } });
    expect(answered.errors).toBeUndefined();
    expect(answered.data.addHandoffNote).toMatchObject({ authorSide: 'PARTNER', authorOrganisationId: GGZ.organisationId });

    const read = await ggz.query(NOTES, { id: handoffId });
    expect(read.errors).toBeUndefined();
    expect(read.data.handoff.notes.map((note: any) => [note.authorSide, note.text])).toEqual([
      ['KADERA', 'Please call the client only on her work number.'],
      ['PARTNER', 'Understood; first appointment on Tuesday.'],
    ]);

    const refusedRead = await debt.query(NOTES, { id: handoffId });
    expect(refusedRead.data?.handoff ?? null).toBeNull();
    const refusedWrite = await debt.query(ADD, { input: { handoffId, text: 'May we read along?' } });
    expect(refusedWrite.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const referrer = await hub.as(testCallers.referrer(0)).query(NOTES, { id: handoffId });
    expect(referrer.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const log = await hub.as(testCallers.auditor).query(LOG, { id: clientId });
    expect(log.errors).toBeUndefined();
    const entries = log.data.accessLog.filter((entry: any) => entry.sourceService === 'handoffs');
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'CREATE',
          outcome: 'ALLOWED',
          userId: testCallers.staff.userId,
          fields: expect.arrayContaining(['HandoffNote.text']),
        }),
        expect.objectContaining({
          action: 'CREATE',
          outcome: 'ALLOWED',
          userId: GGZ.userId,
          fields: expect.arrayContaining(['HandoffNote.text']),
        }),
        expect.objectContaining({
          action: 'READ',
          outcome: 'ALLOWED',
          userId: GGZ.userId,
          fields: expect.arrayContaining(['Handoff.notes', 'HandoffNote.text']),
        }),
      ]),
    );
    // Nothing was served to the debt partner, so nothing of this client is logged as read by it.
    expect(entries.filter((entry: any) => entry.userId === DEBT.userId && entry.outcome === 'ALLOWED')).toEqual([]);
  });
});
