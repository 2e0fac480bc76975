import { randomUUID } from 'node:crypto';
import type { Caller } from '@hub/common';
import { addDays, today } from '@hub/common';
import { type SubgraphResponse, testCallers, type TestSubgraphs } from '@hub/testing';

/** Shared by the placements test files: queries, SQL access and small lookups. */

export const STAY_FIELDS =
  'id municipalityCode admittedOn dischargedOn dischargeReason placementType location { id name } lengthOfStayDays safeHouseOverOneYear client { id }';
export const ENTRY_FIELDS =
  'id municipalityCode status position requestedAt queuedAt statusChangedAt offeredAt offerExpiresAt offersPassed placementType location { id } client { id }';

const ADMIT = `mutation ($input: AdmitClientInput!) {
  admitClient(input: $input) { outcome stay { ${STAY_FIELDS} } waitlistEntry { ${ENTRY_FIELDS} } }
}`;
export const DISCHARGE = `mutation ($input: DischargeClientInput!) { dischargeClient(input: $input) { ${STAY_FIELDS} } }`;
export const WAITLIST = `query ($type: PlacementType!, $locationId: UUID!) {
  waitlist(placementType: $type, locationId: $locationId) { ${ENTRY_FIELDS} }
}`;
export const WITHDRAW = `mutation ($id: UUID!) { withdrawFromWaitlist(id: $id) { ${ENTRY_FIELDS} } }`;
const OCCUPANCY = `{ occupancy { unitId location { id name } type capacity occupied held available waiting } }`;

export interface OccupancyRow {
  unitId: string;
  location: { id: string; name: string };
  type: string;
  capacity: number;
  occupied: number;
  held: number;
  available: number;
  waiting: number;
}

export const codeOf = (response: SubgraphResponse) => response.errors?.[0]?.extensions?.code;
/** A day `days` before today in the organisation's calendar (negative: ahead). */
export const daysAgo = (days: number) => addDays(today(), -days);

export function sql<T = any>(hub: TestSubgraphs, text: string, params: unknown[] = []): Promise<T[]> {
  return hub.servers.placements!.orm.em.fork().getConnection().execute<T[]>(text, params);
}

export async function occupancy(hub: TestSubgraphs): Promise<OccupancyRow[]> {
  const response = await hub.query('placements', OCCUPANCY, {}, testCallers.staff);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.occupancy;
}

export async function unitAt(hub: TestSubgraphs, locationName: string, type: string): Promise<OccupancyRow> {
  const row = (await occupancy(hub)).find((r) => r.location.name === locationName && r.type === type);
  if (!row) throw new Error(`no ${type} unit at ${locationName}`);
  return row;
}

const REGISTER = `mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id } }`;

/**
 * A new client registered in the clients subgraph (which the hub must run), with no
 * placements history: placements refuses a client the clients subgraph does not know.
 */
export async function newClient(hub: TestSubgraphs, municipalityCode = 'GM0193'): Promise<string> {
  const input = {
    // Unique, so registration never sees a possible duplicate.
    name: `Placements Test ${randomUUID()}`,
    dateOfBirth: '1990-05-17',
    municipalityCode,
    confidentialAddress: 'Teststraat 1, 8011 AA Zwolle',
    riskLevel: 'ORANGE',
    formsOfAbuse: ['PARTNER_ABUSE'],
  };
  const response = await hub.query('clients', REGISTER, { input }, testCallers.staff);
  if (response.errors) throw new Error(`registerClient failed: ${JSON.stringify(response.errors)}`);
  return response.data.registerClient.id;
}

/** `caller` null: a request with no caller at all. */
export function admit(hub: TestSubgraphs, input: Record<string, unknown>, caller: Caller | null = testCallers.staff) {
  return hub.query('placements', ADMIT, { input }, caller ?? undefined);
}

/** Active stays and waiting entries per unit, straight from the tables. */
export async function countsOf(hub: TestSubgraphs, unitId: string) {
  const [row] = await sql<{ occupied: number; waiting: number; capacity: number }>(
    hub,
    `select u.capacity,
            (select count(*) from placements.stay s where s.unit_id = u.id and s.discharged_on is null)::int as occupied,
            (select count(*) from placements.waitlist_entry w where w.unit_id = u.id and w.status = 'WAITING')::int as waiting
       from placements.placement_unit u where u.id = ?`,
    [unitId],
  );
  return row;
}

/** Rows that name a client, in every placements table that holds client ids. */
export async function rowsForClient(hub: TestSubgraphs, clientId: string): Promise<number> {
  const [row] = await sql<{ n: number }>(
    hub,
    `select ((select count(*) from placements.stay where client_id = ?)
           + (select count(*) from placements.waitlist_entry where client_id = ?)
           + (select count(*) from placements.aftercare_programme where client_id = ?)
           + (select count(*) from placements.alarm_deployment where client_id = ?))::int as n`,
    [clientId, clientId, clientId, clientId],
  );
  return row.n;
}

/** Idempotency records stored under `key`: a refused create must leave none. */
export async function recordsForKey(hub: TestSubgraphs, key: string): Promise<number> {
  const [row] = await sql<{ n: number }>(hub, 'select count(*)::int as n from placements.idempotency_record where id like ?', [`%${key}`]);
  return row.n;
}

/**
 * Forces a race: holds a SHARE lock on the stay table (reads go on, inserts
 * wait), starts `requests`, waits until `waiters` database sessions are
 * blocked on a lock, then lets go. Without the unit row lock every admission
 * would count the same free places before any of them could insert.
 * Returns the requests' results and whether the race was set up in full.
 */
export async function raceAdmissions<T>(hub: TestSubgraphs, waiters: number, requests: () => Promise<T>) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holder = hub.servers.placements!.orm.em.fork().transactional(async (tx) => {
    await tx.execute('lock table placements.stay in share mode');
    locked();
    await released;
  });
  await isLocked;
  const pending = requests();
  let blocked = 0;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline && blocked < waiters;) {
    // Only placements statements count: the clients subgraph's access-log writes (one per client lookup) wait on a lock too.
    [{ blocked }] = await sql<{ blocked: number }>(
      hub,
      `select count(*)::int as blocked from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock' and query like '%placements%'`,
    );
    if (blocked < waiters) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  release();
  await holder;
  return { results: await pending, raced: blocked >= waiters };
}
