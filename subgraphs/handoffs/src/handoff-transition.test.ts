import { checkTransition, DEMO_CLIENTS } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import { HandoffStatusChange } from './handoff-status-change.entity';
import { Handoff } from './handoff.entity';
import { createHandoff, HANDOFF, handoffInput, move, recordConsent } from './handoff-test-support';
import { HANDOFF_TRANSITIONS } from './handoff.workflow';
import { DEMO_STEPS } from './seed-history';
import { handoffsSubgraph } from './subgraph';

const GGZ = 0;
const OTHER_GGZ = 1;
const partner = testCallers.partner(GGZ);
const staff = testCallers.staff;
const done = { successful: true, reasonCode: 'GOAL_REACHED', note: 'Treatment plan agreed' };
const noContact = { successful: false, reasonCode: 'NO_CONTACT' };

describe('handoff workflow', () => {
  let hub: TestSubgraphs;
  let clientIndex = 20;

  /** A fresh handoff to GGZ Zwolle Noord, moved along `path` by its partner. */
  const newHandoff = async (...path: string[]): Promise<string> => {
    const clientId = DEMO_CLIENTS[clientIndex++ % DEMO_CLIENTS.length].id;
    await recordConsent(hub, clientId, GGZ, ['IDENTITY', 'HEALTH_SCREENING']);
    const { data, errors } = await createHandoff(hub, handoffInput(clientId, GGZ));
    if (errors) throw new Error(JSON.stringify(errors));
    for (const to of path) {
      const moved = await move(hub, partner, data.createHandoff.id, to, { reason: 'because' });
      if (moved.errors) throw new Error(JSON.stringify(moved.errors));
    }
    return data.createHandoff.id;
  };
  const state = async (id: string) => {
    const em = hub.servers.handoffs!.orm.em.fork();
    const row = await em.findOneOrFail(Handoff, { id });
    return { status: row.status, outcome: row.outcomeSuccessful, history: await em.count(HandoffStatusChange, { handoff: id }) };
  };
  /** A refused move leaves the handoff and its history as they were. */
  const refused = async (id: string, caller: typeof staff, to: string, extra: Record<string, unknown>, code: string, field?: string) => {
    const before = await state(id);
    const { errors } = await move(hub, caller, id, to, extra);
    expect(errors?.[0].extensions?.code).toBe(code);
    // checkTransition (common) names a missing reason as argument 'reason'; our own checks name input fields.
    if (field) expect(errors?.[0].extensions?.field ?? errors?.[0].extensions?.argument).toBe(field);
    expect(await state(id)).toEqual(before);
  };

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, handoffsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it('the partner takes a handoff from REQUESTED to COMPLETED, every step in the history', async () => {
    const id = await newHandoff();
    const steps: Array<[string, Record<string, unknown>]> = [
      ['RECEIVED', {}],
      ['ACCEPTED', {}],
      ['IN_PROGRESS', {}],
      ['ON_HOLD', { reason: 'Waiting for an intake slot' }],
      ['IN_PROGRESS', {}],
      ['COMPLETED', { outcome: done }],
    ];
    let last: any;
    for (const [to, extra] of steps) {
      const { data, errors } = await move(hub, partner, id, to, extra);
      expect(errors).toBeUndefined();
      expect(data.transitionHandoff.status).toBe(to);
      last = data.transitionHandoff;
    }
    expect(last.outcome).toEqual(done);
    expect(last.overdue).toBe(false);
    expect(last.history.map((h: any) => [h.from, h.to, h.side])).toEqual([
      [null, 'REQUESTED', 'KADERA'],
      ['REQUESTED', 'RECEIVED', 'PARTNER'],
      ['RECEIVED', 'ACCEPTED', 'PARTNER'],
      ['ACCEPTED', 'IN_PROGRESS', 'PARTNER'],
      ['IN_PROGRESS', 'ON_HOLD', 'PARTNER'],
      ['ON_HOLD', 'IN_PROGRESS', 'PARTNER'],
      ['IN_PROGRESS', 'COMPLETED', 'PARTNER'],
    ]);
    expect(last.history[4]).toMatchObject({ reason: 'Waiting for an intake slot' });
    // Who made each change is Kadera's to read, so it is checked as staff.
    const asStaff = await hub.query('handoffs', HANDOFF, { id }, staff);
    expect(asStaff.errors).toBeUndefined();
    expect(asStaff.data.handoff.history[4]).toMatchObject({
      reason: 'Waiting for an intake slot',
      changedByUserId: partner.userId,
      changedByOrganisationId: partner.organisationId,
    });
    const row = await hub.servers.handoffs!.orm.em.fork().findOneOrFail(Handoff, { id });
    expect(row).toMatchObject({ status: 'COMPLETED', outcomeSuccessful: true, outcomeReason: 'GOAL_REACHED', outcomeNote: 'Treatment plan agreed' });
  });

  it('the partner may accept straight from REQUESTED and put an accepted handoff on hold', async () => {
    const id = await newHandoff();
    expect((await move(hub, partner, id, 'ACCEPTED')).data.transitionHandoff.status).toBe('ACCEPTED');
    const held = await move(hub, partner, id, 'ON_HOLD', { reason: 'Client in hospital' });
    expect(held.data.transitionHandoff).toMatchObject({ status: 'ON_HOLD', statusReason: 'Client in hospital' });
    const resumed = await move(hub, partner, id, 'IN_PROGRESS');
    expect(resumed.data.transitionHandoff).toMatchObject({ status: 'IN_PROGRESS', statusReason: null });
  });

  it('the partner fails a handoff with an unsuccessful outcome and a reason', async () => {
    const id = await newHandoff('ACCEPTED', 'IN_PROGRESS');
    await refused(id, partner, 'FAILED', { reason: 'No answer' }, 'BAD_USER_INPUT', 'outcome');
    await refused(id, partner, 'FAILED', { outcome: noContact }, 'BAD_USER_INPUT', 'reason');
    await refused(id, partner, 'FAILED', { reason: 'No answer', outcome: done }, 'BAD_USER_INPUT', 'outcome');
    const { data, errors } = await move(hub, partner, id, 'FAILED', { reason: 'No answer to three letters', outcome: noContact });
    expect(errors).toBeUndefined();
    expect(data.transitionHandoff).toMatchObject({
      status: 'FAILED',
      statusReason: 'No answer to three letters',
      outcome: { successful: false, reasonCode: 'NO_CONTACT', note: null },
    });
    expect(data.transitionHandoff.history.at(-1)).toMatchObject({ from: 'IN_PROGRESS', to: 'FAILED', reason: 'No answer to three letters' });
  });

  it('closing as COMPLETED needs a successful outcome', async () => {
    const id = await newHandoff('ACCEPTED', 'IN_PROGRESS');
    await refused(id, partner, 'COMPLETED', {}, 'BAD_USER_INPUT', 'outcome');
    await refused(id, partner, 'COMPLETED', { outcome: noContact }, 'BAD_USER_INPUT', 'outcome');
    await refused(id, partner, 'COMPLETED', { outcome: { ...done, note: 'x'.repeat(2001) } }, 'BAD_USER_INPUT', 'outcome.note');
  });

  it('an outcome is refused on a move that does not close the handoff', async () => {
    const id = await newHandoff();
    await refused(id, partner, 'ACCEPTED', { outcome: done }, 'BAD_USER_INPUT', 'outcome');
  });

  it('the partner rejects with a reason, and may code it', async () => {
    const id = await newHandoff('RECEIVED');
    await refused(id, partner, 'REJECTED', {}, 'BAD_USER_INPUT', 'reason');
    await refused(id, partner, 'REJECTED', { reason: '   ' }, 'BAD_USER_INPUT', 'reason');
    await refused(id, partner, 'REJECTED', { reason: 'x'.repeat(1001) }, 'BAD_USER_INPUT', 'reason');
    const { data } = await move(hub, partner, id, 'REJECTED', {
      reason: 'Outside our area',
      outcome: { successful: false, reasonCode: 'NOT_ELIGIBLE' },
    });
    expect(data.transitionHandoff).toMatchObject({ status: 'REJECTED', outcome: { successful: false, reasonCode: 'NOT_ELIGIBLE' } });
  });

  it('a partner on hold needs a reason', async () => {
    const id = await newHandoff('ACCEPTED');
    await refused(id, partner, 'ON_HOLD', {}, 'BAD_USER_INPUT', 'reason');
  });

  it('illegal moves are INVALID_TRANSITION and change nothing', async () => {
    const id = await newHandoff();
    await refused(id, partner, 'COMPLETED', { outcome: done }, 'INVALID_TRANSITION');
    await refused(id, partner, 'IN_PROGRESS', {}, 'INVALID_TRANSITION');
    await refused(id, partner, 'REQUESTED', {}, 'INVALID_TRANSITION');
    await refused(id, partner, 'ON_HOLD', { reason: 'wait' }, 'INVALID_TRANSITION');
    const closed = await newHandoff('ACCEPTED', 'IN_PROGRESS');
    await move(hub, partner, closed, 'COMPLETED', { outcome: done });
    await refused(closed, partner, 'IN_PROGRESS', {}, 'INVALID_TRANSITION');
    await refused(closed, staff, 'CANCELLED', { reason: 'too late' }, 'INVALID_TRANSITION');
  });

  it('another partner organisation, even of the same type, gets NOT_FOUND', async () => {
    const id = await newHandoff();
    await refused(id, testCallers.partner(OTHER_GGZ), 'RECEIVED', {}, 'NOT_FOUND');
    await refused(id, testCallers.partner(2), 'ACCEPTED', {}, 'NOT_FOUND');
    const { errors } = await move(hub, partner, '00000000-0000-4000-8000-000000000000', 'RECEIVED');
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await move(hub, partner, 'not-an-id', 'RECEIVED');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'handoffId' });
  });

  it('Kadera cannot make a partner move, and a partner cannot cancel: FORBIDDEN', async () => {
    const id = await newHandoff();
    await refused(id, staff, 'RECEIVED', {}, 'FORBIDDEN');
    await refused(id, staff, 'ACCEPTED', {}, 'FORBIDDEN');
    await refused(id, partner, 'CANCELLED', { reason: 'no' }, 'FORBIDDEN');
    await refused(id, partner, 'ENTERED_IN_ERROR', { reason: 'no' }, 'FORBIDDEN');
    await refused(id, testCallers.referrer(0), 'RECEIVED', {}, 'FORBIDDEN');
    await refused(id, testCallers.auditor, 'CANCELLED', { reason: 'no' }, 'FORBIDDEN');
    const before = await state(id);
    const anonymous = await hub.query('handoffs', 'mutation($i: TransitionHandoffInput!) { transitionHandoff(input: $i) { id } }', {
      i: { handoffId: id, to: 'RECEIVED' },
    });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await state(id)).toEqual(before);
  });

  it('Kadera cancels any open handoff with a reason', async () => {
    for (const path of [[], ['RECEIVED'], ['ACCEPTED'], ['ACCEPTED', 'IN_PROGRESS'], ['ACCEPTED', 'ON_HOLD']]) {
      const id = await newHandoff(...path);
      await refused(id, staff, 'CANCELLED', {}, 'BAD_USER_INPUT', 'reason');
      const { data, errors } = await move(hub, testCallers.intake, id, 'CANCELLED', { reason: 'Client moved abroad' });
      expect(errors).toBeUndefined();
      expect(data.transitionHandoff).toMatchObject({ status: 'CANCELLED', statusReason: 'Client moved abroad' });
      expect(data.transitionHandoff.history.at(-1)).toMatchObject({ to: 'CANCELLED', side: 'KADERA', changedByUserId: testCallers.intake.userId });
    }
  });

  it('Kadera marks a handoff entered in error, with a reason, even a closed one; after that nothing moves', async () => {
    const id = await newHandoff('ACCEPTED', 'IN_PROGRESS');
    await move(hub, partner, id, 'COMPLETED', { outcome: done });
    await refused(id, staff, 'ENTERED_IN_ERROR', {}, 'BAD_USER_INPUT', 'reason');
    const { data } = await move(hub, staff, id, 'ENTERED_IN_ERROR', { reason: 'Wrong client' });
    expect(data.transitionHandoff).toMatchObject({ status: 'ENTERED_IN_ERROR', outcome: done });
    await refused(id, staff, 'ENTERED_IN_ERROR', { reason: 'again' }, 'INVALID_TRANSITION');
    await refused(id, staff, 'CANCELLED', { reason: 'again' }, 'INVALID_TRANSITION');
  });

  it('two simultaneous moves of one handoff: the second is checked against the first', async () => {
    const id = await newHandoff();
    const results = await Promise.all([move(hub, partner, id, 'RECEIVED'), move(hub, partner, id, 'RECEIVED')]);
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['INVALID_TRANSITION', 'OK']);
    expect((await state(id)).history).toBe(2);
  });

  it('the demo histories are legal paths through the workflow and match the seeded status', async () => {
    for (const [status, steps] of Object.entries(DEMO_STEPS)) {
      expect(steps[0].to).toBe('REQUESTED');
      expect(steps.at(-1)!.to).toBe(status);
      for (let i = 1; i < steps.length; i++) {
        expect(() => checkTransition(HANDOFF_TRANSITIONS, steps[i - 1].to, steps[i].to, steps[i].side, steps[i].reason)).not.toThrow();
      }
    }
    const { data } = await hub.query('handoffs', `{ handoffs(first: 100) { edges { node { status history { from to } } } } }`, {}, staff);
    for (const { node } of data.handoffs.edges) {
      expect(node.history[0]).toEqual({ from: null, to: 'REQUESTED' });
      expect(node.history.at(-1).to).toBe(node.status);
    }
  });
});
