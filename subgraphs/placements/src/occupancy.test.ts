import { clientsSubgraph } from '@hub/testing/peers';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { placementsSubgraph } from './subgraph';
import { admit, daysAgo, DISCHARGE, newClient, occupancy, sql, STAY_FIELDS, unitAt, WITHDRAW } from './placement-test-support';

/** Occupancy per unit against SQL counts, and the safe-house length-of-stay flag. */
describe('placements: occupancy and long safe-house stays', () => {
  let hub: TestSubgraphs;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, placementsSubgraph]);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  async function expectOccupancyMatchesTables() {
    const rows = await occupancy(hub);
    const counted = await sql<{ unit_id: string; capacity: number; occupied: number; held: number; waiting: number }>(
      hub,
      `select u.id as unit_id, u.capacity,
              (select count(*) from placements.stay s where s.unit_id = u.id and s.discharged_on is null)::int as occupied,
              (select count(*) from placements.waitlist_entry w where w.unit_id = u.id and w.status = 'OFFERED' and w.offer_expires_at > now())::int as held,
              (select count(*) from placements.waitlist_entry w where w.unit_id = u.id and w.status = 'WAITING')::int as waiting
         from placements.placement_unit u`,
    );
    expect(rows).toHaveLength(counted.length);
    for (const row of rows) {
      const expected = counted.find((c) => c.unit_id === row.unitId)!;
      expect(row).toMatchObject({ capacity: expected.capacity, occupied: expected.occupied, held: expected.held, waiting: expected.waiting });
      expect(row.available).toBe(Math.max(row.capacity - row.occupied - row.held, 0));
    }
    return rows;
  }

  it('occupancy has one row per unit (type at a location), 61 places, figures equal to SQL counts', async () => {
    const rows = await expectOccupancyMatchesTables();
    expect(rows).toHaveLength(10);
    expect(rows.reduce((sum, r) => sum + r.capacity, 0)).toBe(61);
    expect(new Set(rows.map((r) => `${r.location.id}:${r.type}`)).size).toBe(10);
    // shelterCapacity still sums the same figures per type.
    const capacity = (await hub.query('placements', '{ shelterCapacity { type capacity occupied held available } }', {}, testCallers.staff)).data
      .shelterCapacity;
    for (const type of capacity) {
      const units = rows.filter((r) => r.type === type.type);
      expect(type.capacity).toBe(units.reduce((sum, r) => sum + r.capacity, 0));
      expect(type.occupied).toBe(units.reduce((sum, r) => sum + r.occupied, 0));
      expect(type.held).toBe(units.reduce((sum, r) => sum + r.held, 0));
      expect(type.available).toBe(type.capacity - type.occupied - type.held);
    }
  });

  it('occupancy follows admissions, waitlisting, discharge (the freed place held by an offer) and withdrawal of the offer', async () => {
    const unit = await unitAt(hub, 'Safe house', 'SAFE_HOUSE');
    const admitOne = async () =>
      admit(hub, { clientId: await newClient(hub, 'GM0193'), municipalityCode: 'GM0193', placementType: 'SAFE_HOUSE', locationId: unit.location.id });
    for (let i = unit.occupied; i < unit.capacity; i++) expect((await admitOne()).data.admitClient.outcome).toBe('ADMITTED');
    expect((await admitOne()).data.admitClient.outcome).toBe('WAITLISTED');
    expect(await unitAt(hub, 'Safe house', 'SAFE_HOUSE')).toMatchObject({ occupied: unit.capacity, available: 0, waiting: 1 });
    await expectOccupancyMatchesTables();

    const [open] = await sql(hub, 'select id from placements.stay where unit_id = ? and discharged_on is null order by admitted_on desc limit 1', [
      unit.unitId,
    ]);
    await hub.query('placements', DISCHARGE, { input: { stayId: open.id } }, testCallers.staff);
    expect(await unitAt(hub, 'Safe house', 'SAFE_HOUSE')).toMatchObject({ occupied: unit.capacity - 1, held: 1, available: 0, waiting: 0 });
    await expectOccupancyMatchesTables();
    expect((await hub.query('placements', '{ shelterCapacity { type held } }', {}, testCallers.staff)).data.shelterCapacity).toContainEqual({
      type: 'SAFE_HOUSE',
      held: 1,
    });

    const [offered] = await sql(hub, "select id from placements.waitlist_entry where unit_id = ? and status = 'OFFERED'", [unit.unitId]);
    await hub.query('placements', WITHDRAW, { id: offered.id }, testCallers.staff);
    expect(await unitAt(hub, 'Safe house', 'SAFE_HOUSE')).toMatchObject({ occupied: unit.capacity - 1, held: 0, available: 1, waiting: 0 });
    await expectOccupancyMatchesTables();
  });

  it('a current safe-house stay past 365 days is flagged and listed in longSafeHouseStays', async () => {
    const LONG = `{ longSafeHouseStays { ${STAY_FIELDS} } }`;
    const seeded = (await hub.query('placements', LONG, {}, testCallers.staff)).data.longSafeHouseStays;
    expect(seeded).toHaveLength(1);
    expect(seeded[0]).toMatchObject({ placementType: 'SAFE_HOUSE', dischargedOn: null, safeHouseOverOneYear: true });
    expect(seeded[0].lengthOfStayDays).toBeGreaterThan(365);

    // Exactly a year is not yet past it; a year and a day is.
    // The previous test left one place free.
    const unit = await unitAt(hub, 'Safe house', 'SAFE_HOUSE');
    expect(unit.available).toBe(1);
    const year = await admit(hub, {
      clientId: await newClient(hub, 'GM0193'),
      municipalityCode: 'GM0193',
      placementType: 'SAFE_HOUSE',
      locationId: unit.location.id,
      admittedOn: daysAgo(365),
    });
    expect(year.data.admitClient.stay).toMatchObject({ lengthOfStayDays: 365, safeHouseOverOneYear: false });
    await hub.query('placements', DISCHARGE, { input: { stayId: year.data.admitClient.stay.id } }, testCallers.staff);
    const past = await admit(hub, {
      clientId: await newClient(hub, 'GM0193'),
      municipalityCode: 'GM0193',
      placementType: 'SAFE_HOUSE',
      locationId: unit.location.id,
      admittedOn: daysAgo(366),
    });
    expect(past.data.admitClient.stay).toMatchObject({ lengthOfStayDays: 366, safeHouseOverOneYear: true });
    const listed = (await hub.query('placements', LONG, {}, testCallers.staff)).data.longSafeHouseStays;
    expect(listed.map((s: any) => s.id).sort()).toEqual([seeded[0].id, past.data.admitClient.stay.id].sort());

    // Other types are never flagged, however long; a discharged safe-house stay is not flagged either.
    const stays = (await hub.query('placements', `{ stays(first: 100) { edges { node { ${STAY_FIELDS} } } } }`, {}, testCallers.staff)).data.stays.edges.map(
      (e: any) => e.node,
    );
    for (const stay of stays) {
      expect(stay.safeHouseOverOneYear).toBe(stay.placementType === 'SAFE_HOUSE' && stay.dischargedOn === null && stay.lengthOfStayDays > 365);
    }
    const ended = await hub.query('placements', DISCHARGE, { input: { stayId: past.data.admitClient.stay.id } }, testCallers.staff);
    expect(ended.data.dischargeClient).toMatchObject({ lengthOfStayDays: 366, safeHouseOverOneYear: false });
  });
});
