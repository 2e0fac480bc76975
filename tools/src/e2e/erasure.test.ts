import { Client } from 'pg';
import { ROLES } from '@hub/common';
import { CALLERS_BY_ROLE, testCallers } from '@hub/testing';
import { closeCare, isHers, seedClientEverywhere, snapshotTables, type Seeded } from '../testing/client-seed';
import { startTestStack, type TestStack } from '../testing/test-stack';

const ERASE = `mutation ($id: UUID!, $reason: String!) { eraseClient(clientId: $id, reason: $reason) }`;
const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { action outcome userId fields sourceService requestId } }`;

/** Erasure on request through the gateway: every part checked before any is erased, then gone everywhere but the access log. */
describe('erasure on request', () => {
  let hub: TestStack;
  let db: Client;
  let anna: Seeded;
  let bea: Seeded;

  const snapshot = () => snapshotTables(db);
  const erase = (clientId: string, caller = testCallers.staff) =>
    hub.as(caller).query(ERASE, { id: clientId, reason: 'Request of the client by letter of 28 November' });
  /** As if her placements had ended eight years ago: past the seven years the invoices behind them are kept. */
  const placementsEndedLongAgo = async ({ clientId }: Seeded) => {
    await db.query(`update placements.stay set admitted_on = '2018-01-10', discharged_on = '2018-03-01' where client_id = $1`, [clientId]);
    await db.query(
      `update placements.aftercare_programme set started_on = '2018-03-01', ended_on = '2018-06-01', next_review_on = '2018-04-12' where client_id = $1`,
      [clientId],
    );
    await db.query(
      `update placements.alarm_deployment set deployed_on = '2018-03-01', returned_on = '2018-06-01', next_review_on = '2018-06-01' where client_id = $1`,
      [clientId],
    );
  };

  beforeAll(async () => {
    hub = await startTestStack();
    db = new Client({ connectionString: hub.databaseUrl });
    await db.connect();
    anna = await seedClientEverywhere(hub, 'Annaer', 'ERA-ANNA-0001');
    bea = await seedClientEverywhere(hub, 'Beaer', 'ERA-BEA-0002');
  });
  afterAll(async () => {
    await db?.end();
    await hub?.drop();
  });

  it('is refused while her care is open, naming every reason of every service, and then nothing anywhere has changed', async () => {
    const before = await snapshot();
    const answer = await erase(anna.clientId);
    expect(answer.data?.eraseClient ?? null).toBeNull();
    const extensions = answer.errors![0].extensions!;
    expect(extensions.code).toBe('ERASURE_REFUSED');
    const reasons: Array<{ service: string; code: string; message: string }> = extensions.reasons;
    // Nothing of hers has ended yet, so nothing is under the obligation to keep: only open care.
    expect(new Set(reasons.map((r) => `${r.service}:${r.code}`))).toEqual(new Set(['placements:OPEN_CARE', 'referrals:OPEN_CARE', 'handoffs:OPEN_CARE']));
    expect(reasons.filter((r) => r.service === 'placements' && r.code === 'OPEN_CARE').length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(answer)).not.toContain('Annaer');
    expect(await snapshot()).toEqual(before);
  });

  it('is refused once her care has closed while her placements must still be kept (7 years, the invoices), and nothing has changed', async () => {
    await closeCare(hub, anna);
    const before = await snapshot();
    const answer = await erase(anna.clientId);
    expect(answer.errors![0].extensions).toMatchObject({
      code: 'ERASURE_REFUSED',
      reasons: [{ service: 'placements', code: 'RETENTION_OBLIGATION', message: expect.stringMatching(/kept 7 years .* until \d{4}-\d\d-\d\d$/) }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('erases her data from every subgraph, and nothing of anyone else; the access log and the record of the request stay', async () => {
    await placementsEndedLongAgo(anna);
    const before = await snapshot();
    const answer = await erase(anna.clientId);
    expect(answer.errors).toBeUndefined();
    const result = answer.data.eraseClient;
    expect(result).toMatchObject({ clientId: anna.clientId, status: 'ERASED', kept: [{ what: 'accessLog' }, { what: 'erasureRequest' }] });
    expect(result.removed).toMatchObject({
      clients: { Client: 1, Child: 1, Consent: 1, SafetyPlan: 1 },
      placements: { AftercareProgramme: 1, AlarmDeployment: 1 },
      referrals: { Referral: 1 },
      handoffs: { Handoff: 1, HandoffNote: 1 },
    });
    expect(result.removed.placements.Stay + result.removed.placements.WaitlistEntry).toBe(1);

    const after = await snapshot();
    for (const [table, rows] of Object.entries(before)) {
      if (table === 'clients.erasure_request') continue;
      // Exactly her rows are gone; every other row is as it was.
      expect({ table, rows: after[table] }).toEqual({ table, rows: rows.filter((row) => !isHers(row, anna)) });
    }
    // Nothing of hers is left but the record of the request, which names her by id only.
    const everything = JSON.stringify({ ...after, 'clients.erasure_request': undefined });
    for (const mark of anna.marks) expect({ mark, found: everything.includes(mark) }).toEqual({ mark, found: false });
    for (const mark of bea.marks) expect({ mark, found: everything.includes(mark) }).toEqual({ mark, found: true });
    expect(after['clients.erasure_request']).toEqual([expect.stringContaining(`"status":"ERASED"`)]);
    expect(after['clients.erasure_request'][0]).not.toMatch(/Annaer/);

    // Logged: the request, each service's check and removal of her rows, as the staff member, under one request id.
    const log = await hub.as(testCallers.auditor).query(LOG, { id: anna.clientId });
    const requestId = log.data.accessLog.at(-1).requestId;
    const entries = log.data.accessLog.filter((entry: any) => entry.requestId === requestId);
    for (const entry of entries) expect(entry).toMatchObject({ outcome: 'ALLOWED', userId: testCallers.staff.userId });
    const updates = entries.filter((entry: any) => entry.action === 'UPDATE');
    expect(new Set(updates.map((entry: any) => entry.sourceService))).toEqual(new Set(['clients', 'placements', 'referrals', 'handoffs']));
    expect(updates.flatMap((entry: any) => entry.fields)).toEqual(
      expect.arrayContaining(['Mutation.eraseClient', 'Client.name', 'Stay.client', 'Handoff.purpose']),
    );
    // Her earlier entries stay for the log's own retention.
    expect(log.data.accessLog.filter((entry: any) => entry.action === 'CREATE').length).toBeGreaterThan(3);

    // Her export is gone with her file.
    const gone = await hub.query(`mutation ($id: UUID!) { exportClientData(clientId: $id, reason: "After the erasure") }`, { id: anna.clientId });
    expect(gone.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('asked again, answers the same erasure; an unknown client is NOT_FOUND', async () => {
    const again = await erase(anna.clientId);
    expect(again.errors).toBeUndefined();
    expect(again.data.eraseClient).toMatchObject({ clientId: anna.clientId, status: 'ERASED' });
    const unknown = await erase('00000000-0000-4000-8000-000000000000');
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it.each(ROLES.filter((role) => role !== 'staff'))('%s may not erase', async (role) => {
    const before = await snapshot();
    const refused = await erase(bea.clientId, CALLERS_BY_ROLE[role]);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  });

  it("a service's part cannot be erased on its own, even by staff: only eraseClient, after every part was checked", async () => {
    const before = await snapshot();
    const part = await hub.query(`mutation ($id: UUID!) { handoffsEraseClient(clientId: $id) }`, { id: bea.clientId });
    expect(part.errors![0].extensions!.code).toBe('FORBIDDEN');
    const check = await hub.query(`query ($id: UUID!) { handoffsErasureCheck(clientId: $id) }`, { id: bea.clientId });
    expect(check.data.handoffsErasureCheck.refusals).toEqual([expect.objectContaining({ code: 'OPEN_CARE' })]);
    expect(await snapshot()).toEqual(before);
  });

  it('a service failing midway leaves the request PENDING and her file in place (ERASURE_INCOMPLETE); asking again finishes it', async () => {
    const cara = await seedClientEverywhere(hub, 'Caraer', 'ERA-CARA-0003');
    await closeCare(hub, cara);
    await placementsEndedLongAgo(cara);
    // The handoffs service's database refuses to delete her handoff, once.
    await db.query(`create function handoffs.refuse_delete() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`);
    await db.query(`create trigger refuse_delete before delete on handoffs.handoff for each row execute function handoffs.refuse_delete()`);
    const before = await snapshot();
    let failed;
    try {
      failed = await erase(cara.clientId);
    } finally {
      await db.query(`drop trigger refuse_delete on handoffs.handoff`);
      await db.query(`drop function handoffs.refuse_delete()`);
    }
    expect(failed.data?.eraseClient ?? null).toBeNull();
    const extensions = failed.errors![0].extensions!;
    expect(extensions).toMatchObject({ code: 'ERASURE_INCOMPLETE', service: 'handoffs', erased: ['placements', 'referrals'], erasureId: expect.any(String) });
    expect(failed.errors![0].message).not.toMatch(/disk full/);
    const midway = await snapshot();
    // Placements and referrals erased their part; her handoffs and her file are whole; the request is recorded as PENDING.
    for (const table of [
      'placements.stay',
      'placements.waitlist_entry',
      'placements.aftercare_programme',
      'placements.alarm_deployment',
      'referrals.referral',
    ]) {
      expect(midway[table].filter((row) => isHers(row, cara))).toEqual([]);
    }
    for (const table of ['handoffs.handoff', 'handoffs.handoff_note', 'clients.client', 'clients.safety_plan', 'clients.child']) {
      expect(midway[table]).toEqual(before[table]);
    }
    expect(midway['clients.erasure_request'].filter((row) => row.includes(cara.clientId))).toEqual([
      expect.stringMatching(new RegExp(`"id":"${extensions.erasureId}".*"status":"PENDING"`)),
    ]);

    const finished = await erase(cara.clientId);
    expect(finished.errors).toBeUndefined();
    expect(finished.data.eraseClient).toMatchObject({
      erasureId: extensions.erasureId,
      status: 'ERASED',
      // What the first attempt removed is counted with the rest.
      removed: { placements: { AftercareProgramme: 1, AlarmDeployment: 1 }, referrals: { Referral: 1 }, handoffs: { Handoff: 1 }, clients: { Client: 1 } },
    });
    const after = await snapshot();
    for (const [table, rows] of Object.entries(before)) {
      if (table === 'clients.erasure_request') continue;
      expect({ table, rows: after[table] }).toEqual({ table, rows: rows.filter((row) => !isHers(row, cara)) });
    }
  });
});
