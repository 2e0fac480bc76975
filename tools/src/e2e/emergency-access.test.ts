import { DEMO_CLIENTS, PartnerType } from '@hub/common';
import { testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

const OPEN = `mutation ($c: UUID!, $r: String!) { openClientInEmergency(clientId: $c, reason: $r) { id client { name confidentialAddress riskLevel } } }`;
const QUEUE = `{ emergencyAccessReviewQueue { totalCount edges { node { id clientId reason openedByUserId reviewState } } } }`;
const CLOSE = `mutation ($input: CloseEmergencyAccessReviewInput!) { closeEmergencyAccessReview(input: $input) { id reviewState finding } }`;
const REASON = 'Client belde in paniek vanaf een onbekend nummer; adres nodig voor de politie';

/** Break-glass through the gateway (docs/security.md, "Emergency access"): who may open, the review queue and the client's report. */
describe('emergency access through the gateway', () => {
  let hub: TestStack;
  const client = DEMO_CLIENTS[11];
  // Every line the hub logs, at its most talkative: the reason must be in none of them.
  const lines: string[] = [];

  beforeAll(async () => {
    hub = await startTestStack({}, undefined, { level: 'debug', destination: { write: (line: string) => void lines.push(line) } });
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const sql = (query: string, params: unknown[] = []) => hub.stack.subgraphs.clients!.server.orm.em.getConnection().execute(query, params);

  it("refuses every role but Kadera's at the gateway, logging the attempt with the client", async () => {
    const callers = [
      testCallers.partnerOfType(PartnerType.GGZ),
      testCallers.partnerOfType(PartnerType.HOUSING),
      testCallers.referrer(0),
      testCallers.municipality('GM0193'),
      testCallers.auditor,
    ];
    for (const caller of callers) {
      const refused = await hub.as(caller).query(OPEN, { c: client.id, r: REASON });
      expect({ user: caller.userId, code: refused.errors?.[0].extensions?.code, data: refused.data ?? null }).toEqual({
        user: caller.userId,
        code: 'FORBIDDEN',
        data: null,
      });
    }
    const denied = await sql(
      `select user_id from audit.access_log where source_service = 'gateway' and outcome = 'DENIED' and client_ids @> array[?]::uuid[] and 'Mutation.openClientInEmergency' = any(fields)`,
      [client.id],
    );
    expect(denied.map((row: any) => row.user_id).sort()).toEqual(callers.map((c) => c.userId).sort());
    expect(await sql(`select id from clients.emergency_access where client_id = ?`, [client.id])).toEqual([]);
  });

  it('intake opens a client with a reason; it is logged as an emergency, in the review queue and in her report; the auditor closes it', async () => {
    const normal = await hub.as(testCallers.intake).query(`query ($id: UUID!) { client(id: $id) { confidentialAddress } }`, { id: client.id });
    expect(normal.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const short = await hub.as(testCallers.intake).query(OPEN, { c: client.id, r: 'nood' });
    expect(short.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const opened = await hub.as(testCallers.intake).query(OPEN, { c: client.id, r: REASON });
    expect(opened.errors).toBeUndefined();
    expect(opened.data.openClientInEmergency.client).toEqual({
      name: client.name,
      confidentialAddress: client.confidentialAddress,
      riskLevel: client.riskLevel,
    });
    const id = opened.data.openClientInEmergency.id;

    const entries = await sql(
      `select action, emergency, fields from audit.access_log where client_ids @> array[?]::uuid[] and user_id = ? and outcome = 'ALLOWED'`,
      [client.id, testCallers.intake.userId],
    );
    const flagged = entries.filter((e: any) => e.emergency);
    expect(flagged.map((e: any) => e.action).sort()).toEqual(['CREATE', 'READ']);
    expect(flagged.flatMap((e: any) => e.fields)).toEqual(expect.arrayContaining(['EmergencyClientView.confidentialAddress', 'EmergencyAccess.reason']));
    // The refused short reason opened nothing: its entry names the attempt only, without the flag.
    expect(entries.filter((e: any) => !e.emergency).map((e: any) => e.fields)).toEqual([['Mutation.openClientInEmergency']]);

    const queue = await hub.as(testCallers.auditor).query(QUEUE);
    expect(queue.errors).toBeUndefined();
    expect(queue.data.emergencyAccessReviewQueue.edges.map((e: any) => e.node)).toContainEqual({
      id,
      clientId: client.id,
      reason: REASON,
      openedByUserId: testCallers.intake.userId,
      reviewState: 'OPEN',
    });
    const staffQueue = await hub.as(testCallers.staff).query(QUEUE);
    expect(staffQueue.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const report = await hub.query(`query ($c: UUID!) { clientAccessReport(clientId: $c) { content } }`, { c: client.id });
    expect(report.errors).toBeUndefined();
    const html: string = report.data.clientAccessReport.content;
    expect(html).toContain('<strong>geopend in een noodsituatie</strong>');
    expect(html).toContain(`Reden: ${REASON}`);
    expect(html).toContain('Kadera, medewerker van het aanmeldteam (Toegang en Trajecten)');

    const closed = await hub.as(testCallers.auditor).query(CLOSE, { input: { id, finding: 'JUSTIFIED', note: 'Checked with the police' } });
    expect(closed.data.closeEmergencyAccessReview).toEqual({ id, reviewState: 'CLOSED', finding: 'JUSTIFIED' });
    const after = await hub.as(testCallers.auditor).query(QUEUE);
    expect(after.data.emergencyAccessReviewQueue.edges.map((e: any) => e.node.id)).not.toContain(id);
    const again = await hub.as(testCallers.auditor).query(CLOSE, { input: { id, finding: 'NOT_JUSTIFIED' } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => line.includes(REASON.slice(0, 24)) || line.includes(client.confidentialAddress))).toEqual([]);
  });
});
