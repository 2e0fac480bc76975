import { Client as PgClient } from 'pg';
import { addDays, DEMO_CLIENTS, today, type Caller } from '@hub/common';
import { peerSubgraph, startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { EMERGENCY_OPENINGS_PER_HOUR_NOTICE } from './emergency-access.entity';
import { clientsSubgraph } from './subgraph';

const OPEN = `mutation($c: UUID!, $r: String!) { openClientInEmergency(clientId: $c, reason: $r) {
  id clientId openedAt client { clientId name dateOfBirth confidentialAddress riskLevel contactDetails { safePhone neverUse }
    childrenCount safetyRisks safetyAgreements emergencyContacts { name relation phone } } } }`;
const QUEUE = `query($s: EmergencyReviewState, $first: Int, $after: String) { emergencyAccessReviewQueue(state: $s, first: $first, after: $after) {
  totalCount edges { node { id clientId openedAt openedByUserId openedByOrganisationId openedByRoles reason reviewState finding reviewNote
    reviewedByUserId reviewedAt openingsByUserInHour unusual } } pageInfo { hasNextPage endCursor } } }`;
const CLOSE = `mutation($input: CloseEmergencyAccessReviewInput!) { closeEmergencyAccessReview(input: $input) {
  id reviewState finding reviewNote reviewedByUserId reviewedAt } }`;
const REPORT = `query($c: UUID!, $l: ReportLanguage) { clientAccessReport(clientId: $c, language: $l) { content } }`;
const REASON = 'Politie belt: mevrouw is onderweg, het adres is nodig voor de ambulance';

/** Break-glass (docs/security.md, "Emergency access"): opening a client with a reason, its log, the review queue and her report. */
describe('emergency access', () => {
  let hub: TestSubgraphs;
  let db: PgClient;
  const sql = async (query: string, params: unknown[] = []) => (await db.query(query, params)).rows;
  const client = DEMO_CLIENTS[2];
  const emergencyEntries = (clientId: string) =>
    sql(`select action, outcome, fields, user_id, txid::text as txid from audit.access_log where client_ids @> array[$1]::uuid[] and emergency order by seq`, [
      clientId,
    ]);
  const accessRows = (clientId: string) => sql(`select * from clients.emergency_access where client_id = $1 order by opened_at`, [clientId]);
  const open = (caller: Caller, clientId: string, reason: unknown) => hub.query('clients', OPEN, { c: clientId, r: reason }, caller);

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, peerSubgraph('handoffs'), peerSubgraph('referrals')]);
    db = new PgClient({ connectionString: hub.databaseUrl });
    await db.connect();
    const plan = await hub.query(
      'clients',
      `mutation($input: SaveSafetyPlanInput!) { saveSafetyPlan(input: $input) { id } }`,
      {
        input: {
          clientId: client.id,
          risks: ['Ex-partner waits at the school'],
          agreements: ['Go to the neighbours first'],
          emergencyContacts: [{ name: 'Mirjam', relation: 'sister', phone: '06 98765432' }],
          codeWord: 'paarse tulp',
          reviewDate: addDays(today(), 28),
        },
      },
      testCallers.staff,
    );
    expect(plan.errors).toBeUndefined();
  });
  afterAll(async () => {
    await db?.end();
    await hub?.stop();
  });

  it('intake, refused the address normally, opens the client with a reason and gets what an emergency needs; logged with the emergency flag', async () => {
    const normal = await hub.query('clients', `query($id: UUID!) { client(id: $id) { confidentialAddress } }`, { id: client.id }, testCallers.intake);
    expect(normal.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const { data, errors } = await open(testCallers.intake, client.id, `  ${REASON}  `);
    expect(errors).toBeUndefined();
    const opened = data.openClientInEmergency;
    expect(opened.clientId).toBe(client.id);
    expect(opened.client).toMatchObject({
      clientId: client.id,
      name: client.name,
      dateOfBirth: client.dateOfBirth,
      confidentialAddress: client.confidentialAddress,
      riskLevel: client.riskLevel,
      safetyRisks: ['Ex-partner waits at the school'],
      safetyAgreements: ['Go to the neighbours first'],
      emergencyContacts: [{ name: 'Mirjam', relation: 'sister', phone: '06 98765432' }],
    });
    expect(opened.client.childrenCount).toEqual(expect.any(Number));
    // The code word is not part of the emergency view.
    const codeWord = await hub.query(
      'clients',
      `mutation($c: UUID!, $r: String!) { openClientInEmergency(clientId: $c, reason: $r) { client { codeWord } } }`,
      { c: client.id, r: REASON },
      testCallers.intake,
    );
    expect(codeWord.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const [row] = await accessRows(client.id);
    expect(row).toMatchObject({
      id: opened.id,
      opened_by_user_id: testCallers.intake.userId,
      opened_by_organisation_id: testCallers.intake.organisationId,
      opened_by_roles: ['intake'],
      reason: REASON,
      review_state: 'OPEN',
      finding: null,
    });
    const [{ xid }] = await sql(`select xmin::text as xid from clients.emergency_access where id = $1`, [opened.id]);

    const entries = await emergencyEntries(client.id);
    const create = entries.find((e) => e.action === 'CREATE' && e.fields.includes('EmergencyAccess.reason'));
    // The record and its entry commit in one transaction.
    expect(String(BigInt(create.txid) % 4294967296n)).toBe(xid);
    const read = entries.find((e) => e.fields.includes('EmergencyClientView.confidentialAddress'));
    // What was shown is a READ, though the operation is a mutation; the record's write is its CREATE.
    expect(read).toMatchObject({ action: 'READ', outcome: 'ALLOWED', user_id: testCallers.intake.userId });
    expect(read.fields).toEqual(expect.arrayContaining(['EmergencyClientView.safetyRisks', 'EmergencyClientView.contactDetails', 'EmergencyAccess.openedAt']));
    // The reason is never in the log: field names only.
    const [{ n }] = await sql(`select count(*)::int as n from audit.access_log where to_jsonb(audit.access_log.*)::text like $1`, [`%${REASON.slice(0, 20)}%`]);
    expect(n).toBe(0);
  });

  it('refuses a missing, blank, short or overlong reason: nothing opened, written or logged as an emergency', async () => {
    const other = DEMO_CLIENTS[3];
    for (const reason of ['', '                         ', 'adres nodig', 'x'.repeat(1001)]) {
      const r = await open(testCallers.intake, other.id, reason);
      const { code, argument } = r.errors?.[0].extensions ?? {};
      expect({ reason, code, argument, data: r.data ?? null }).toEqual({ reason, code: 'BAD_USER_INPUT', argument: 'reason', data: null });
      expect(r.text).not.toContain(other.confidentialAddress);
    }
    const missing = await hub.query('clients', `mutation($c: UUID!) { openClientInEmergency(clientId: $c) { id } }`, { c: other.id }, testCallers.intake);
    expect(missing.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await accessRows(other.id)).toEqual([]);
    expect(await emergencyEntries(other.id)).toEqual([]);
  });

  it('refuses partners, referrers, municipalities and the auditor, and an unknown client', async () => {
    const other = DEMO_CLIENTS[4];
    for (const caller of [testCallers.partner(0), testCallers.referrer(0), testCallers.municipality('GM0193'), testCallers.auditor]) {
      const r = await open(caller, other.id, REASON);
      expect({ user: caller.userId, code: r.errors?.[0].extensions?.code }).toEqual({ user: caller.userId, code: 'FORBIDDEN' });
      expect(r.text).not.toContain(other.confidentialAddress);
    }
    expect(await accessRows(other.id)).toEqual([]);
    expect(await emergencyEntries(other.id)).toEqual([]);
    const unknown = await open(testCallers.staff, '00000000-0000-4000-8000-000000000000', REASON);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it("the privacy officer's queue: open ones oldest first with the reason, paged; reading it is logged; closing moves it out, once", async () => {
    const queue = async (variables: Record<string, unknown>) => {
      const r = await hub.query('clients', QUEUE, variables, testCallers.auditor);
      expect(r.errors).toBeUndefined();
      return r.data.emergencyAccessReviewQueue;
    };
    // A second opening, so the queue has two to page through.
    expect((await open(testCallers.staff, DEMO_CLIENTS[9].id, REASON)).errors).toBeUndefined();
    const before = await queue({});
    const mine = before.edges.map((e: any) => e.node).filter((n: any) => n.clientId === client.id);
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(mine[0]).toMatchObject({ reason: REASON, reviewState: 'OPEN', openedByUserId: testCallers.intake.userId, openedByRoles: ['intake'] });
    const times = before.edges.map((e: any) => e.node.openedAt);
    expect(times).toEqual([...times].sort());
    expect(before.totalCount).toBe(before.edges.length);
    const page = await queue({ first: 1 });
    const next = await queue({ first: 1, after: page.pageInfo.endCursor });
    expect([...page.edges, ...next.edges].map((e: any) => e.node.id)).toEqual(before.edges.slice(0, 2).map((e: any) => e.node.id));

    // Reading the reasons is a read about those clients.
    const [logged] = await sql(
      `select action, fields from audit.access_log where user_id = $1 and client_ids @> array[$2]::uuid[] and 'EmergencyAccess.reason' = any(fields) order by seq limit 1`,
      [testCallers.auditor.userId, client.id],
    );
    expect(logged).toMatchObject({ action: 'SEARCH' });

    for (const caller of [testCallers.staff, testCallers.intake, testCallers.partner(0)]) {
      const refused = await hub.query('clients', QUEUE, {}, caller);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }

    const id = mine[0].id;
    const closed = await hub.query('clients', CLOSE, { input: { id, finding: 'JUSTIFIED', note: 'Police call confirmed' } }, testCallers.auditor);
    expect(closed.errors).toBeUndefined();
    expect(closed.data.closeEmergencyAccessReview).toMatchObject({
      id,
      reviewState: 'CLOSED',
      finding: 'JUSTIFIED',
      reviewNote: 'Police call confirmed',
      reviewedByUserId: testCallers.auditor.userId,
    });
    expect((await queue({})).edges.map((e: any) => e.node.id)).not.toContain(id);
    expect((await queue({ s: 'CLOSED' })).edges.map((e: any) => e.node.id)).toContain(id);
    const [update] = await sql(`select action, fields from audit.access_log where fields @> array['EmergencyAccess.finding'] and action = 'UPDATE'`);
    expect(update).toBeDefined();

    const again = await hub.query('clients', CLOSE, { input: { id, finding: 'NOT_JUSTIFIED' } }, testCallers.auditor);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reviewedAt: closed.data.closeEmergencyAccessReview.reviewedAt });
    const unknown = await hub.query('clients', CLOSE, { input: { id: '00000000-0000-4000-8000-000000000000', finding: 'JUSTIFIED' } }, testCallers.auditor);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const byStaff = await hub.query('clients', CLOSE, { input: { id: before.edges[1].node.id, finding: 'JUSTIFIED' } }, testCallers.staff);
    expect(byStaff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('marks a user who opens several clients within the hour as unusual', async () => {
    const shelter = { ...testCallers.shelter, userId: 'shelter-busy' };
    for (const other of DEMO_CLIENTS.slice(5, 5 + EMERGENCY_OPENINGS_PER_HOUR_NOTICE)) expect((await open(shelter, other.id, REASON)).errors).toBeUndefined();
    const r = await hub.query('clients', QUEUE, { first: 100 }, testCallers.auditor);
    const busy = r.data.emergencyAccessReviewQueue.edges.map((e: any) => e.node).filter((n: any) => n.openedByUserId === shelter.userId);
    expect(busy.map((n: any) => [n.openingsByUserInHour, n.unusual])).toEqual(
      Array.from({ length: EMERGENCY_OPENINGS_PER_HOUR_NOTICE }, (_, i) => [i + 1, i + 1 >= EMERGENCY_OPENINGS_PER_HOUR_NOTICE]),
    );
  });

  it("shows in the client's own report, with the reason and the review, in Dutch and English", async () => {
    const nl = await hub.query('clients', REPORT, { c: client.id }, testCallers.staff);
    expect(nl.errors).toBeUndefined();
    const html: string = nl.data.clientAccessReport.content;
    expect(html).toContain('<tr class="emergency">');
    expect(html).toContain('<strong>geopend in een noodsituatie</strong>');
    expect(html).toContain(`Reden: ${REASON}`);
    expect(html).toContain('gecontroleerd door de privacyfunctionaris: terecht');
    expect(html).toContain('Kadera, medewerker van het aanmeldteam (Toegang en Trajecten)');
    expect(html).toContain('verblijfadres of opvanglocatie');
    // The opening is one line per request: its record's write and its read together.
    expect(html.match(/<tr class="emergency">/g)).toHaveLength(1);
    const en = await hub.query('clients', REPORT, { c: client.id, l: 'EN' }, testCallers.staff);
    expect(en.data.clientAccessReport.content).toContain('<strong>opened in an emergency</strong>');
    expect(en.data.clientAccessReport.content).toContain('checked by the privacy officer: justified');
    const open9 = await hub.query('clients', REPORT, { c: DEMO_CLIENTS[9].id, l: 'EN' }, testCallers.staff);
    expect(open9.data.clientAccessReport.content).toContain('not yet checked by the privacy officer');
  });
});
