import { randomUUID } from 'node:crypto';
import { clientsSubgraph } from '@hub/testing/peers';
import { DEFAULT_PLACEMENT_SETTINGS, today } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { placementsSubgraph } from './subgraph';
import {
  admit,
  codeOf,
  countsOf,
  daysAgo,
  DISCHARGE,
  ENTRY_FIELDS,
  newClient,
  raceAdmissions,
  sql,
  STAY_FIELDS,
  unitAt,
  WAITLIST,
  WITHDRAW,
  type OccupancyRow,
} from './placement-test-support';

const OFFERS = `query ($first: Int, $after: String) {
  waitlistOffers(first: $first, after: $after) { totalCount edges { cursor node { ${ENTRY_FIELDS} } } pageInfo { hasNextPage endCursor } }
}`;
const ACCEPT = `mutation ($input: AcceptWaitlistOfferInput!) { acceptWaitlistOffer(input: $input) { ${STAY_FIELDS} } }`;
const DECLINE = `mutation ($id: UUID!) { declineWaitlistOffer(id: $id) { ${ENTRY_FIELDS} } }`;
const LIMIT_MS = DEFAULT_PLACEMENT_SETTINGS.waitlistOfferTimeLimitS * 1000;

/** Waitlist offers over the subgraph's HTTP: a freed place goes to the first in line, held until she answers or the offer lapses. */
describe('placements: waitlist offers', () => {
  let hub: TestSubgraphs;
  let unit: OccupancyRow;
  /** Waiting clients of the unit, in the order they joined: [client id, entry id]. */
  const waiting: { clientId: string; entryId: string }[] = [];

  const entry = async (entryId: string) =>
    (
      await sql(hub, 'select status, offers_passed, offered_at, offer_expires_at, queued_at, requested_at from placements.waitlist_entry where id = ?', [
        entryId,
      ])
    )[0];
  const offers = async (variables: Record<string, unknown> = {}) => {
    const response = await hub.query('placements', OFFERS, variables, testCallers.shelter);
    expect(response.errors).toBeUndefined();
    return response.data.waitlistOffers;
  };
  const offersOfUnit = async () => (await offers({ first: 100 })).edges.map((e: any) => e.node).filter((n: any) => n.location.id === unit.location.id);
  const admitNew = async () =>
    admit(hub, { clientId: await newClient(hub), municipalityCode: 'GM0193', placementType: unit.type, locationId: unit.location.id });
  const openStays = () => sql(hub, 'select id from placements.stay where unit_id = ? and discharged_on is null order by admitted_on, id', [unit.unitId]);
  const discharge = (stayId: string) => hub.query('placements', DISCHARGE, { input: { stayId } }, testCallers.shelter);
  /** Occupied and held never exceed capacity, in the tables. */
  async function expectNoOverbooking() {
    const [row] = await sql(
      hub,
      `select u.capacity,
              (select count(*) from placements.stay s where s.unit_id = u.id and s.discharged_on is null)::int as occupied,
              (select count(*) from placements.waitlist_entry e where e.unit_id = u.id and e.status = 'OFFERED' and e.offer_expires_at > now())::int as held
         from placements.placement_unit u where u.id = ?`,
      [unit.unitId],
    );
    expect(row.occupied + row.held).toBeLessThanOrEqual(row.capacity);
    return row as { capacity: number; occupied: number; held: number };
  }

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, placementsSubgraph]);
    unit = await unitAt(hub, 'Kadera Enschede', 'SHELTERED_ACCOMMODATION');
    for (let i = unit.occupied; i < unit.capacity; i++) expect((await admitNew()).data.admitClient.outcome).toBe('ADMITTED');
    for (let i = 0; i < 4; i++) {
      const response = await admitNew();
      expect(response.data.admitClient.outcome).toBe('WAITLISTED');
      waiting.push({ clientId: response.data.admitClient.waitlistEntry.client.id, entryId: response.data.admitClient.waitlistEntry.id });
    }
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('nothing is offered while the unit is full', async () => {
    expect(await offersOfUnit()).toEqual([]);
    expect((await entry(waiting[0].entryId)).status).toBe('WAITING');
  });

  it('a discharge offers the freed place to the first waiting client, for the time limit; the place is held for her', async () => {
    const before = Date.now();
    expect((await discharge((await openStays())[0].id)).errors).toBeUndefined();
    const [offer] = await offersOfUnit();
    expect(offer).toMatchObject({ id: waiting[0].entryId, status: 'OFFERED', position: 1, offersPassed: 0, client: { id: waiting[0].clientId } });
    const offeredAt = new Date(offer.offeredAt).getTime();
    expect(offeredAt).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(offer.offerExpiresAt).getTime() - offeredAt).toBe(LIMIT_MS);
    for (const other of waiting.slice(1)) expect((await entry(other.entryId)).status).toBe('WAITING');
    expect(await unitAt(hub, 'Kadera Enschede', unit.type)).toMatchObject({ occupied: unit.capacity - 1, held: 1, available: 0, waiting: 3 });

    // Nobody else gets the held place: a new client is waitlisted, the second in line is told she already waits.
    const stranger = await admitNew();
    expect(stranger.data.admitClient.outcome).toBe('WAITLISTED');
    waiting.push({ clientId: stranger.data.admitClient.waitlistEntry.client.id, entryId: stranger.data.admitClient.waitlistEntry.id });
    const second = await admit(hub, { clientId: waiting[1].clientId, municipalityCode: 'GM0193', placementType: unit.type, locationId: unit.location.id });
    expect(codeOf(second)).toBe('CONFLICT');
    expect((await expectNoOverbooking()).occupied).toBe(unit.capacity - 1);
  });

  it('accepting the offer admits her (a stay through the admission logic); the entry is ADMITTED and leaves the queue', async () => {
    const early = await hub.query('placements', ACCEPT, { input: { entryId: waiting[0].entryId, admittedOn: daysAgo(1) } }, testCallers.shelter);
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors![0].extensions).toMatchObject({ field: 'admittedOn' });
    expect(codeOf(await hub.query('placements', ACCEPT, { input: { entryId: waiting[0].entryId } }, testCallers.partner(0)))).toBe('FORBIDDEN');
    expect(codeOf(await hub.query('placements', ACCEPT, { input: { entryId: randomUUID() } }, testCallers.staff))).toBe('NOT_FOUND');
    expect(codeOf(await hub.query('placements', ACCEPT, { input: { entryId: waiting[1].entryId } }, testCallers.staff))).toBe('INVALID_TRANSITION');
    expect((await entry(waiting[0].entryId)).status).toBe('OFFERED');

    const accepted = await hub.query(
      'placements',
      ACCEPT,
      { input: { entryId: waiting[0].entryId, idempotencyKey: 'accept-offer-0001' } },
      testCallers.shelter,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptWaitlistOffer).toMatchObject({
      admittedOn: today(),
      dischargedOn: null,
      placementType: unit.type,
      location: { id: unit.location.id },
      client: { id: waiting[0].clientId },
    });
    expect(await entry(waiting[0].entryId)).toMatchObject({ status: 'ADMITTED' });
    // A retry with the key returns the same stay; without it the offer is gone.
    const retry = await hub.query('placements', ACCEPT, { input: { entryId: waiting[0].entryId, idempotencyKey: 'accept-offer-0001' } }, testCallers.shelter);
    expect(retry.data.acceptWaitlistOffer.id).toBe(accepted.data.acceptWaitlistOffer.id);
    expect(codeOf(await hub.query('placements', ACCEPT, { input: { entryId: waiting[0].entryId } }, testCallers.shelter))).toBe('INVALID_TRANSITION');
    expect(await offersOfUnit()).toEqual([]);
    expect(await unitAt(hub, 'Kadera Enschede', unit.type)).toMatchObject({ occupied: unit.capacity, held: 0, available: 0 });
  });

  it('declining keeps her WAITING at the back of the queue, and the place is offered to the next client', async () => {
    expect((await discharge((await openStays())[0].id)).errors).toBeUndefined();
    const [offer] = await offersOfUnit();
    expect(offer.id).toBe(waiting[1].entryId);
    expect(codeOf(await hub.query('placements', DECLINE, { id: waiting[2].entryId }, testCallers.staff))).toBe('INVALID_TRANSITION');

    const declined = await hub.query('placements', DECLINE, { id: waiting[1].entryId }, testCallers.staff);
    expect(declined.errors).toBeUndefined();
    expect(declined.data.declineWaitlistOffer).toMatchObject({ status: 'WAITING', offersPassed: 1 });
    const row = await entry(waiting[1].entryId);
    expect(new Date(row.queued_at).getTime()).toBeGreaterThan(new Date(row.requested_at).getTime());

    const list = (await hub.query('placements', WAITLIST, { type: unit.type, locationId: unit.location.id }, testCallers.staff)).data.waitlist;
    expect(list.map((e: any) => [e.id, e.status, e.position])).toEqual([
      [waiting[2].entryId, 'OFFERED', 1],
      [waiting[3].entryId, 'WAITING', 2],
      [waiting[4].entryId, 'WAITING', 3],
      [waiting[1].entryId, 'WAITING', 4],
    ]);
    await expectNoOverbooking();
  });

  it('an offer that lapses passes to the next client at the next read, and the move is in the access log as an UPDATE', async () => {
    await sql(hub, "update placements.waitlist_entry set offered_at = now() - interval '25 hours', offer_expires_at = now() - interval '1 hour' where id = ?", [
      waiting[2].entryId,
    ]);
    // Expired is expired, settled or not: the place is held by nobody.
    expect(await unitAt(hub, 'Kadera Enschede', unit.type)).toMatchObject({ held: 0, available: 1 });
    const [offer] = await offersOfUnit();
    expect(offer.id).toBe(waiting[3].entryId);
    expect(await entry(waiting[2].entryId)).toMatchObject({ status: 'WAITING', offers_passed: 1 });
    const [{ status_changed_by_user_id }] = await sql(hub, 'select status_changed_by_user_id from placements.waitlist_entry where id = ?', [
      waiting[2].entryId,
    ]);
    expect(status_changed_by_user_id).toBeNull();

    const [logged] = await sql(
      hub,
      `select action, outcome, client_ids, fields, user_id from audit.access_log
        where source_service = 'placements' and action = 'UPDATE' and ? = any(client_ids) order by seq desc limit 1`,
      [waiting[3].clientId],
    );
    expect(logged).toMatchObject({ action: 'UPDATE', outcome: 'ALLOWED', fields: ['WaitlistEntry.status'], user_id: testCallers.shelter.userId });
    expect(logged.client_ids).toEqual(expect.arrayContaining([waiting[2].clientId, waiting[3].clientId]));
  });

  it('a client who just passed an offer is not offered a place again within the time limit, even alone in the queue', async () => {
    // Everyone but the two who passed leaves the list; two places come free.
    await hub.query('placements', WITHDRAW, { id: waiting[3].entryId }, testCallers.staff);
    await hub.query('placements', WITHDRAW, { id: waiting[4].entryId }, testCallers.staff);
    expect(await offersOfUnit()).toEqual([]);
    expect(await unitAt(hub, 'Kadera Enschede', unit.type)).toMatchObject({ held: 0, available: 1, waiting: 2 });
    // Once the pause is over she is first again.
    await sql(hub, "update placements.waitlist_entry set offer_passed_at = now() - interval '25 hours' where id = ?", [waiting[1].entryId]);
    expect((await offersOfUnit()).map((o: any) => o.id)).toEqual([waiting[1].entryId]);
    await hub.query('placements', WITHDRAW, { id: waiting[1].entryId }, testCallers.staff);
    await hub.query('placements', WITHDRAW, { id: waiting[2].entryId }, testCallers.staff);
  });

  it('more capacity (setUnitCapacity) is offered at once; a change made behind the API at the next read; fewer places than taken or held is CONFLICT', async () => {
    const SET = `mutation ($input: SetUnitCapacityInput!) { setUnitCapacity(input: $input) { id capacity } }`;
    const clients = [await admitNew(), await admitNew(), await admitNew()];
    expect(clients.map((c) => c.data.admitClient.outcome)).toEqual(['ADMITTED', 'WAITLISTED', 'WAITLISTED']);
    const entryOf = (i: number) => clients[i].data.admitClient.waitlistEntry;
    const { capacity } = await countsOf(hub, unit.unitId);

    expect(codeOf(await hub.query('placements', SET, { input: { unitId: unit.unitId, capacity: capacity + 1 } }, testCallers.intake))).toBe('FORBIDDEN');
    expect(codeOf(await hub.query('placements', SET, { input: { unitId: randomUUID(), capacity: 3 } }, testCallers.staff))).toBe('NOT_FOUND');
    expect(codeOf(await hub.query('placements', SET, { input: { unitId: unit.unitId, capacity: 101 } }, testCallers.staff))).toBe('BAD_USER_INPUT');
    const raised = await hub.query('placements', SET, { input: { unitId: unit.unitId, capacity: capacity + 1 } }, testCallers.shelter);
    expect(raised.data.setUnitCapacity).toEqual({ id: unit.unitId, capacity: capacity + 1 });
    expect(await entry(entryOf(1).id)).toMatchObject({ status: 'OFFERED' });
    // The held place counts: the capacity cannot drop below taken + held.
    const lower = await hub.query('placements', SET, { input: { unitId: unit.unitId, capacity } }, testCallers.staff);
    expect(codeOf(lower)).toBe('CONFLICT');
    expect(lower.errors![0].extensions).toMatchObject({ field: 'capacity' });

    await sql(hub, 'update placements.placement_unit set capacity = capacity + 1 where id = ?', [unit.unitId]);
    expect((await offersOfUnit()).map((o: any) => o.client.id)).toEqual([entryOf(1).client.id, entryOf(2).client.id]);
    for (const i of [1, 2]) await hub.query('placements', WITHDRAW, { id: entryOf(i).id }, testCallers.staff);
    const restored = await hub.query('placements', SET, { input: { unitId: unit.unitId, capacity } }, testCallers.staff);
    expect(restored.data.setUnitCapacity.capacity).toBe(capacity);
  });

  describe('concurrency', () => {
    /** A full unit with `count` clients waiting: their entries, first in line first. */
    async function fullWith(count: number): Promise<{ clientId: string; entryId: string }[]> {
      const { capacity, occupied } = await countsOf(hub, unit.unitId);
      for (let i = occupied; i < capacity; i++) expect((await admitNew()).data.admitClient.outcome).toBe('ADMITTED');
      const queue = [];
      for (let i = 0; i < count; i++) {
        const response = await admitNew();
        expect(response.data.admitClient.outcome).toBe('WAITLISTED');
        queue.push({ clientId: response.data.admitClient.waitlistEntry.client.id, entryId: response.data.admitClient.waitlistEntry.id });
      }
      return queue;
    }

    it('two discharges at once: two offers, to the first two in line, never more than the places', async () => {
      await sql(hub, "update placements.waitlist_entry set status = 'WITHDRAWN' where unit_id = ? and status in ('WAITING', 'OFFERED')", [unit.unitId]);
      const queue = await fullWith(3);
      const [a, b] = await openStays();
      const { results, raced } = await raceAdmissions(hub, 2, () => Promise.all([discharge(a.id), discharge(b.id)]));
      expect(raced).toBe(true);
      for (const result of results) expect(result.errors).toBeUndefined();
      const statuses = await Promise.all(queue.map(async (q) => (await entry(q.entryId)).status));
      expect(statuses).toEqual(['OFFERED', 'OFFERED', 'WAITING']);
      expect(await expectNoOverbooking()).toMatchObject({ held: 2 });
    });

    it('two accepts of one offer and an admission at once: one stay for her, the stranger waitlisted, nothing overbooked', async () => {
      const [{ id: offeredId }] = await sql(
        hub,
        "select id from placements.waitlist_entry where unit_id = ? and status = 'OFFERED' order by queued_at limit 1",
        [unit.unitId],
      );
      const accept = () => hub.query('placements', ACCEPT, { input: { entryId: offeredId } }, testCallers.staff);
      const { results, raced } = await raceAdmissions(hub, 2, () => Promise.all([accept(), accept(), admitNew()]));
      expect(raced).toBe(true);
      const [first, second, stranger] = results;
      const codes = [first, second].map((r) => (r.errors ? codeOf(r) : 'ADMITTED')).sort();
      expect(codes).toEqual(['ADMITTED', 'INVALID_TRANSITION']);
      expect(stranger.data.admitClient.outcome).toBe('WAITLISTED');
      expect(await entry(offeredId)).toMatchObject({ status: 'ADMITTED' });
      const row = await expectNoOverbooking();
      expect(row.occupied + row.held).toBe(row.capacity);
    });
  });

  it('pages through open offers, soonest to lapse first, with the total on every page', async () => {
    // Two more places and three more waiting: three open offers in all (one left from the race above).
    for (let i = 0; i < 3; i++) expect((await admitNew()).data.admitClient.outcome).toBe('WAITLISTED');
    await sql(hub, 'update placements.placement_unit set capacity = capacity + 2 where id = ?', [unit.unitId]);
    const all = await offers({ first: 100 });
    expect(all.totalCount).toBe(3);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await offers({ first: 1, after });
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toEqual(all.edges.map((e: any) => e.node.id));
    const expiries = all.edges.map((e: any) => e.node.offerExpiresAt);
    expect([...expiries].sort()).toEqual(expiries);
    expect(codeOf(await hub.query('placements', OFFERS, { after: 'nope' }, testCallers.staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hub.query('placements', OFFERS, { first: 0 }, testCallers.staff))).toBe('BAD_USER_INPUT');
  });
});
