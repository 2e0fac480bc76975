import { randomUUID } from 'node:crypto';
import { clientsSubgraph } from '@hub/testing/peers';
import { today } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { placementsSubgraph } from './subgraph';
import {
  admit,
  codeOf,
  countsOf,
  raceAdmissions,
  daysAgo,
  DISCHARGE,
  newClient,
  recordsForKey,
  rowsForClient,
  sql,
  STAY_FIELDS,
  unitAt,
  WAITLIST,
  WITHDRAW,
  type OccupancyRow,
} from './placement-test-support';

/** Admission, capacity under concurrency, waitlist and discharge, over the subgraph's HTTP. */
describe('placements: admission, waitlist and discharge', () => {
  let hub: TestSubgraphs;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, placementsSubgraph]);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  /** Input for a new client of GM0153, registered in the clients subgraph. */
  const inputFor = async (unit: OccupancyRow, extra: Record<string, unknown> = {}) => ({
    clientId: await newClient(hub, 'GM0153'),
    municipalityCode: 'GM0153',
    placementType: unit.type,
    locationId: unit.location.id,
    ...extra,
  });

  /** Admits new clients one by one until the unit has `free` places left. */
  async function leaveFree(unit: OccupancyRow, free: number): Promise<void> {
    const { capacity, occupied } = await countsOf(hub, unit.unitId);
    for (let i = occupied; i < capacity - free; i++) {
      const response = await admit(hub, await inputFor(unit));
      expect(response.data?.admitClient.outcome).toBe('ADMITTED');
    }
    expect(await countsOf(hub, unit.unitId)).toMatchObject({ occupied: capacity - free });
  }

  it("dates by the organisation's calendar: at 23:30 UTC on a winter evening it is already tomorrow in Amsterdam", async () => {
    const unit = await unitAt(hub, 'Kadera Zwolle', 'CRISIS_RELIEF');
    const input = await inputFor(unit);
    // Only the clock is faked; timers, sockets and the database run for real.
    jest.useFakeTimers({
      now: new Date('2026-11-29T23:30:00.000Z'),
      advanceTimers: true,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    try {
      const admitted = await admit(hub, input);
      expect(admitted.errors).toBeUndefined();
      // A UTC calendar would date it 2026-11-29.
      expect(admitted.data.admitClient.stay).toMatchObject({ admittedOn: '2026-11-30', lengthOfStayDays: 0 });
      const discharged = await hub.query('placements', DISCHARGE, { input: { stayId: admitted.data.admitClient.stay.id } }, testCallers.staff);
      expect(discharged.errors).toBeUndefined();
      expect(discharged.data.dischargeClient).toMatchObject({ admittedOn: '2026-11-30', dischargedOn: '2026-11-30' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('admits a client when the unit has a free place, dated today by default', async () => {
    const unit = await unitAt(hub, 'Kadera Zwolle', 'CRISIS_RELIEF');
    const before = await countsOf(hub, unit.unitId);
    expect(before.occupied).toBeLessThan(before.capacity);
    const input = await inputFor(unit);
    const response = await admit(hub, input, testCallers.intake);
    // Intake admits, but where the shelter is stays hidden from it: the location's name is its only error.
    expect(response.errors).toMatchObject([{ extensions: { code: 'FORBIDDEN' }, path: ['admitClient', 'stay', 'location', 'name'] }]);
    expect(response.errors).toHaveLength(1);
    expect(response.data.admitClient).toMatchObject({
      outcome: 'ADMITTED',
      waitlistEntry: null,
      stay: {
        admittedOn: today(),
        dischargedOn: null,
        placementType: 'CRISIS_RELIEF',
        location: { id: unit.location.id, name: null },
        lengthOfStayDays: 0,
        safeHouseOverOneYear: false,
        client: { id: input.clientId },
        municipalityCode: 'GM0153',
      },
    });
    const seen = await hub.query(
      'placements',
      `query ($id: UUID!) { stay(id: $id) { ${STAY_FIELDS} } }`,
      { id: response.data.admitClient.stay.id },
      testCallers.staff,
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data.stay).toMatchObject({ location: { id: unit.location.id, name: 'Kadera Zwolle' }, client: { id: input.clientId } });
    const [row] = await sql(hub, 'select unit_id, admitted_by_user_id from placements.stay where id = ?', [response.data.admitClient.stay.id]);
    expect(row).toEqual({ unit_id: unit.unitId, admitted_by_user_id: 'intake-1' });
    expect((await countsOf(hub, unit.unitId)).occupied).toBe(before.occupied + 1);
  });

  it('two parallel admissions for the last free place: one ADMITTED, one WAITLISTED, never overbooked', async () => {
    const unit = await unitAt(hub, 'Kadera Enschede', 'CRISIS_RELIEF');
    await leaveFree(unit, 1);
    const inputs = await Promise.all([inputFor(unit), inputFor(unit)]);
    const { results, raced } = await raceAdmissions(hub, 2, () => Promise.all(inputs.map((input) => admit(hub, input))));
    expect(raced).toBe(true);
    for (const result of results) expect(result.errors).toBeUndefined();
    const outcomes = results.map((r) => r.data.admitClient.outcome).sort();
    expect(outcomes).toEqual(['ADMITTED', 'WAITLISTED']);
    const waitlisted = results.find((r) => r.data.admitClient.outcome === 'WAITLISTED')!.data.admitClient;
    expect(waitlisted.stay).toBeNull();
    expect(waitlisted.waitlistEntry).toMatchObject({ status: 'WAITING', position: 1, placementType: 'CRISIS_RELIEF' });
    const counts = await countsOf(hub, unit.unitId);
    expect(counts).toMatchObject({ occupied: counts.capacity, waiting: 1 });
  });

  it('five parallel admissions for two places: two ADMITTED, three WAITLISTED in order, and the DB never shows occupied > capacity', async () => {
    const unit = await unitAt(hub, 'Kadera Zwolle', 'INTENSIVE_CARE');
    await leaveFree(unit, 2);
    let overbooked = false;
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const { occupied, capacity } = await countsOf(hub, unit.unitId);
        if (occupied > capacity) overbooked = true;
      }
    })();
    const inputs = await Promise.all(Array.from({ length: 5 }, () => inputFor(unit)));
    const { results, raced } = await raceAdmissions(hub, 5, () => Promise.all(inputs.map((input) => admit(hub, input))));
    polling = false;
    expect(raced).toBe(true);
    await poll;
    for (const result of results) expect(result.errors).toBeUndefined();
    const outcomes = results.map((r) => r.data.admitClient.outcome);
    expect(outcomes.filter((o) => o === 'ADMITTED')).toHaveLength(2);
    expect(outcomes.filter((o) => o === 'WAITLISTED')).toHaveLength(3);
    expect(overbooked).toBe(false);
    const counts = await countsOf(hub, unit.unitId);
    expect(counts).toMatchObject({ occupied: counts.capacity, waiting: 3 });
    const positions = results.filter((r) => r.data.admitClient.waitlistEntry).map((r) => r.data.admitClient.waitlistEntry.position);
    expect(positions.sort()).toEqual([1, 2, 3]);
  });

  it('the waitlist lists waiting clients in order; withdrawing renumbers; discharge offers the place to the first, admitting her takes it', async () => {
    const unit = await unitAt(hub, 'Kadera Zwolle', 'INTENSIVE_CARE');
    const later = await inputFor(unit);
    const fourth = await admit(hub, later);
    expect(fourth.data.admitClient).toMatchObject({
      outcome: 'WAITLISTED',
      waitlistEntry: { position: 4, client: { id: later.clientId }, municipalityCode: 'GM0153' },
    });

    const list = async () => (await hub.query('placements', WAITLIST, { type: unit.type, locationId: unit.location.id }, testCallers.staff)).data.waitlist;
    const waiting = await list();
    expect(waiting.map((e: any) => e.position)).toEqual([1, 2, 3, 4]);
    const requested = waiting.map((e: any) => e.requestedAt);
    expect([...requested].sort()).toEqual(requested);
    expect(waiting[3].id).toBe(fourth.data.admitClient.waitlistEntry.id);

    // The same client asking again while the unit is still full: already in the queue.
    const again = await admit(hub, later);
    expect(codeOf(again)).toBe('CONFLICT');
    expect((await countsOf(hub, unit.unitId)).waiting).toBe(4);

    const withdrawn = await hub.query('placements', WITHDRAW, { id: waiting[1].id }, testCallers.staff);
    expect(withdrawn.data.withdrawFromWaitlist).toMatchObject({ status: 'WITHDRAWN', position: null });
    expect(withdrawn.data.withdrawFromWaitlist.statusChangedAt).toBeTruthy();
    const after = await list();
    expect(after.map((e: any) => e.id)).toEqual([waiting[0].id, waiting[2].id, waiting[3].id]);
    expect(after.map((e: any) => e.position)).toEqual([1, 2, 3]);

    expect(codeOf(await hub.query('placements', WITHDRAW, { id: waiting[1].id }, testCallers.staff))).toBe('INVALID_TRANSITION');
    expect(codeOf(await hub.query('placements', WITHDRAW, { id: randomUUID() }, testCallers.staff))).toBe('NOT_FOUND');
    expect(codeOf(await hub.query('placements', WITHDRAW, { id: 'nope' }, testCallers.staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hub.query('placements', WITHDRAW, { id: waiting[0].id }, testCallers.partner(0)))).toBe('FORBIDDEN');
    const [still] = await sql(hub, 'select status from placements.waitlist_entry where id = ?', [waiting[0].id]);
    expect(still.status).toBe('WAITING');

    // A discharge frees a place: it is offered to the first in line (held for her), nobody is admitted automatically.
    const [open] = await sql(hub, 'select id from placements.stay where unit_id = ? and discharged_on is null limit 1', [unit.unitId]);
    const discharged = await hub.query('placements', DISCHARGE, { input: { stayId: open.id } }, testCallers.shelter);
    expect(discharged.errors).toBeUndefined();
    const counts = await countsOf(hub, unit.unitId);
    expect(counts).toMatchObject({ occupied: counts.capacity - 1, waiting: 2 });
    const [offered] = await sql(hub, 'select status from placements.waitlist_entry where id = ?', [after[0].id]);
    expect(offered.status).toBe('OFFERED');

    // Staff admit the first in line into the place held for her; her entry becomes ADMITTED and leaves the list.
    const firstClient = after[0].client.id;
    const admitted = await admit(hub, { clientId: firstClient, municipalityCode: 'GM0153', placementType: unit.type, locationId: unit.location.id });
    expect(admitted.data.admitClient.outcome).toBe('ADMITTED');
    const [entry] = await sql(hub, 'select status, status_changed_by_user_id from placements.waitlist_entry where id = ?', [after[0].id]);
    expect(entry).toEqual({ status: 'ADMITTED', status_changed_by_user_id: 'staff-1' });
    expect((await list()).map((e: any) => e.position)).toEqual([1, 2]);
    expect(codeOf(await hub.query('placements', WITHDRAW, { id: after[0].id }, testCallers.staff))).toBe('INVALID_TRANSITION');
  });

  it('the waitlist of an unknown unit is empty; a malformed location id is BAD_USER_INPUT', async () => {
    const none = await hub.query('placements', WAITLIST, { type: 'SAFE_HOUSE', locationId: randomUUID() }, testCallers.staff);
    expect(none.data.waitlist).toEqual([]);
    const bad = await hub.query('placements', WAITLIST, { type: 'SAFE_HOUSE', locationId: 'x' }, testCallers.staff);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });

  it('a client with a current stay cannot be admitted again: CONFLICT, nothing written', async () => {
    const unit = await unitAt(hub, 'Kadera Enschede', 'SHELTERED_ACCOMMODATION');
    const input = await inputFor(unit);
    expect((await admit(hub, input)).data.admitClient.outcome).toBe('ADMITTED');
    const elsewhere = await unitAt(hub, 'Kadera Zwolle', 'SHELTERED_ACCOMMODATION');
    const second = await admit(hub, { ...input, locationId: elsewhere.location.id });
    expect(codeOf(second)).toBe('CONFLICT');
    expect(second.errors![0].extensions).toMatchObject({ field: 'clientId' });
    expect(await rowsForClient(hub, input.clientId)).toBe(1);
  });

  it('discharge: ends the stay with date and reason; its errors write nothing', async () => {
    const unit = await unitAt(hub, 'Kadera Enschede', 'INTENSIVE_CARE');
    const input = await inputFor(unit, { admittedOn: daysAgo(10) });
    const stay = (await admit(hub, input)).data.admitClient.stay;
    expect(stay.lengthOfStayDays).toBe(10);
    const discharge = (extra: Record<string, unknown>, caller = testCallers.staff) =>
      hub.query('placements', DISCHARGE, { input: { stayId: stay.id, ...extra } }, caller);
    const unchanged = async () => {
      const [row] = await sql(hub, 'select discharged_on, discharge_reason from placements.stay where id = ?', [stay.id]);
      expect(row).toEqual({ discharged_on: null, discharge_reason: null });
    };

    const before = await discharge({ dischargedOn: daysAgo(11) });
    expect(codeOf(before)).toBe('BAD_USER_INPUT');
    expect(before.errors![0].extensions).toMatchObject({ field: 'dischargedOn' });
    expect(codeOf(await discharge({ dischargedOn: daysAgo(-1) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await discharge({ dischargedOn: '2025-02-30' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await discharge({ reason: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await discharge({}, testCallers.partner(4)))).toBe('FORBIDDEN');
    expect(codeOf(await discharge({}, testCallers.referrer(0)))).toBe('FORBIDDEN');
    expect(codeOf(await hub.query('placements', DISCHARGE, { input: { stayId: stay.id } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await hub.query('placements', DISCHARGE, { input: { stayId: 'abc' } }, testCallers.staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hub.query('placements', DISCHARGE, { input: { stayId: randomUUID() } }, testCallers.staff))).toBe('NOT_FOUND');
    await unchanged();

    const done = await discharge({ dischargedOn: daysAgo(2), reason: '  moved to own housing ' });
    expect(done.errors).toBeUndefined();
    expect(done.data.dischargeClient).toMatchObject({ dischargedOn: daysAgo(2), dischargeReason: 'moved to own housing', lengthOfStayDays: 8 });

    const twice = await discharge({});
    expect(codeOf(twice)).toBe('INVALID_TRANSITION');
    const [row] = await sql(hub, 'select discharged_on, discharged_by_user_id from placements.stay where id = ?', [stay.id]);
    expect(row).toEqual({ discharged_on: daysAgo(2), discharged_by_user_id: 'staff-1' });

    // Discharged, the client may be admitted again.
    expect((await admit(hub, { ...input, admittedOn: undefined })).data.admitClient.outcome).toBe('ADMITTED');
  });

  it('a retry with the same idempotency key returns the same stay and creates one row; other input is CONFLICT', async () => {
    const unit = await unitAt(hub, 'Kadera Enschede', 'SUPPORTED_LIVING_MEN');
    const input = await inputFor(unit, { idempotencyKey: `admit-${randomUUID()}` });
    const first = await admit(hub, input);
    const second = await admit(hub, input);
    expect(second.errors).toBeUndefined();
    expect(second.data.admitClient.stay.id).toBe(first.data.admitClient.stay.id);
    expect(await rowsForClient(hub, input.clientId)).toBe(1);

    const parallelInput = await inputFor(unit, { idempotencyKey: `admit-${randomUUID()}` });
    const parallel = await Promise.all([admit(hub, parallelInput), admit(hub, parallelInput), admit(hub, parallelInput)]);
    for (const result of parallel) expect(result.errors).toBeUndefined();
    expect(new Set(parallel.map((r) => r.data.admitClient.stay.id)).size).toBe(1);
    expect(await rowsForClient(hub, parallelInput.clientId)).toBe(1);

    const other = await admit(hub, { ...input, admittedOn: daysAgo(1) });
    expect(codeOf(other)).toBe('CONFLICT');
    expect(other.errors![0].extensions).toMatchObject({ argument: 'idempotencyKey' });
    expect(await rowsForClient(hub, input.clientId)).toBe(1);

    expect(codeOf(await admit(hub, await inputFor(unit, { idempotencyKey: 'short' })))).toBe('BAD_USER_INPUT');
  });

  it('a retried waitlisting returns the same entry', async () => {
    const unit = await unitAt(hub, 'Kadera Enschede', 'CRISIS_RELIEF');
    const input = await inputFor(unit, { idempotencyKey: `wait-${randomUUID()}` });
    const first = await admit(hub, input);
    expect(first.data.admitClient.outcome).toBe('WAITLISTED');
    const second = await admit(hub, input);
    expect(second.data.admitClient).toMatchObject({ outcome: 'WAITLISTED', waitlistEntry: { id: first.data.admitClient.waitlistEntry.id } });
    expect(await rowsForClient(hub, input.clientId)).toBe(1);
  });

  it('partners, referrers, other roles and anonymous callers may not admit; nothing is written', async () => {
    const unit = await unitAt(hub, 'Kadera Zwolle', 'SHELTERED_ACCOMMODATION_YOUNG_MOTHERS');
    const input = await inputFor(unit);
    expect(codeOf(await admit(hub, input, testCallers.partner(0)))).toBe('FORBIDDEN');
    expect(codeOf(await admit(hub, input, testCallers.partner(6)))).toBe('FORBIDDEN');
    expect(codeOf(await admit(hub, input, testCallers.referrer(1)))).toBe('FORBIDDEN');
    expect(codeOf(await admit(hub, input, testCallers.auditor))).toBe('FORBIDDEN');
    expect(codeOf(await admit(hub, input, testCallers.municipality('GM0193')))).toBe('FORBIDDEN');
    const anonymous = await admit(hub, input, null);
    expect(anonymous.status).toBe(401);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(await rowsForClient(hub, input.clientId)).toBe(0);
  });

  it('invalid input is BAD_USER_INPUT naming the field; an unknown location is NOT_FOUND; nothing is written', async () => {
    const unit = await unitAt(hub, 'Kadera Zwolle', 'HUMAN_TRAFFICKING_VICTIMS');
    const input = await inputFor(unit);
    const expectBad = async (extra: Record<string, unknown>, field?: string) => {
      const response = await admit(hub, { ...input, ...extra });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      if (field) expect(response.errors![0].extensions).toMatchObject({ field });
    };
    await expectBad({ clientId: 'not-a-uuid' }, 'clientId');
    await expectBad({ municipalityCode: 'Zwolle' }, 'municipalityCode');
    await expectBad({ municipalityCode: 'GM193' }, 'municipalityCode');
    await expectBad({ locationId: '123' }, 'locationId');
    await expectBad({ admittedOn: daysAgo(-1) }, 'admittedOn');
    await expectBad({ admittedOn: '2025-13-01' });
    await expectBad({ placementType: 'HOTEL' });
    // The Zwolle location has no safe-house places.
    await expectBad({ placementType: 'SAFE_HOUSE' }, 'placementType');
    expect(codeOf(await admit(hub, { ...input, locationId: randomUUID() }))).toBe('NOT_FOUND');
    expect(await rowsForClient(hub, input.clientId)).toBe(0);
  });

  it('a client the clients subgraph does not know is NOT_FOUND; nothing is written', async () => {
    const unit = await unitAt(hub, 'Kadera Zwolle', 'CRISIS_RELIEF');
    const before = await countsOf(hub, unit.unitId);
    const clientId = randomUUID();
    const idempotencyKey = `admit-${randomUUID()}`;
    for (const municipalityCode of ['GM0153', undefined]) {
      const response = await admit(hub, { clientId, municipalityCode, placementType: unit.type, locationId: unit.location.id, idempotencyKey });
      expect(codeOf(response)).toBe('NOT_FOUND');
      expect(response.errors![0]).toMatchObject({ message: 'client was not found', extensions: { field: 'clientId' } });
      expect(response.data?.admitClient ?? null).toBeNull();
    }
    expect(await rowsForClient(hub, clientId)).toBe(0);
    expect(await recordsForKey(hub, idempotencyKey)).toBe(0);
    expect(await countsOf(hub, unit.unitId)).toEqual(before);
  });

  it("without municipalityCode the stay and the waitlist entry take the client's municipality from the clients subgraph", async () => {
    const unit = await unitAt(hub, 'Kadera Zwolle', 'SHELTERED_ACCOMMODATION');
    const clientId = await newClient(hub, 'GM0166');
    const admitted = await admit(hub, { clientId, placementType: unit.type, locationId: unit.location.id });
    expect(admitted.errors).toBeUndefined();
    expect(admitted.data.admitClient).toMatchObject({ outcome: 'ADMITTED', stay: { municipalityCode: 'GM0166', client: { id: clientId } } });
    const [stay] = await sql(hub, 'select municipality_code from placements.stay where id = ?', [admitted.data.admitClient.stay.id]);
    expect(stay.municipality_code).toBe('GM0166');

    // The same default for a client who has to wait.
    const full = await unitAt(hub, 'Kadera Zwolle', 'INTENSIVE_CARE');
    await leaveFree(full, 0);
    const waiter = await newClient(hub, 'GM0141');
    const waitlisted = await admit(hub, { clientId: waiter, placementType: full.type, locationId: full.location.id });
    expect(waitlisted.data.admitClient).toMatchObject({ outcome: 'WAITLISTED', waitlistEntry: { municipalityCode: 'GM0141', client: { id: waiter } } });
  });

  it("a municipalityCode other than the client's is BAD_USER_INPUT naming the field; nothing is written", async () => {
    const unit = await unitAt(hub, 'Kadera Zwolle', 'SHELTERED_ACCOMMODATION');
    const idempotencyKey = `admit-${randomUUID()}`;
    const input = await inputFor(unit, { municipalityCode: 'GM0193', idempotencyKey });
    const response = await admit(hub, input);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions).toMatchObject({ argument: 'input', field: 'municipalityCode' });
    expect(await rowsForClient(hub, input.clientId)).toBe(0);
    expect(await recordsForKey(hub, idempotencyKey)).toBe(0);
    // The client's own code, given explicitly, is accepted.
    const own = await admit(hub, { ...input, municipalityCode: 'GM0153' });
    expect(own.data.admitClient.stay).toMatchObject({ municipalityCode: 'GM0153' });
  });
});
