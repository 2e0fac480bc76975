import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PARTNERS, PartnerType } from '@hub/common';
import { testCallers } from '@hub/testing';
import { auditReport, clientReport } from '../reports/report-commands';
import { startTestStack, type TestStack } from '../testing/test-stack';

const GGZ = testCallers.partnerOfType(PartnerType.GGZ);

/** The access log reports through the gateway, and the commands that ask for them. */
describe('access log reports through the gateway', () => {
  let hub: TestStack;
  let clientId: string;
  let dir: string;

  beforeAll(async () => {
    hub = await startTestStack();
    dir = await mkdtemp(path.join(os.tmpdir(), 'access-reports-'));
    const list = await hub.as(GGZ).query(`{ handoffs(first: 1) { edges { node { id client { id name } } } } }`);
    expect(list.errors).toBeUndefined();
    clientId = list.data.handoffs.edges[0].node.client.id;
  });
  afterAll(async () => {
    await hub?.drop();
  });

  it("the privacy officer's CSV per user and per client (npm run audit:report)", async () => {
    const gateway = { url: hub.gatewayUrl, token: await hub.as(testCallers.auditor).token() };
    const perUser = await auditReport(['--user', GGZ.userId, '--format', 'csv'], gateway);
    expect(perUser.rows).toBeGreaterThan(0);
    const [header, ...rows] = perUser.output.trim().split('\r\n');
    expect(header).toMatch(/^seq,event_id,occurred_at_utc,occurred_at_europe_amsterdam,/);
    expect(rows.every((row) => row.includes(`,${GGZ.userId},${GGZ.organisationId},`))).toBe(true);
    const out = path.join(dir, 'client.csv');
    const perClient = await auditReport(['--client', clientId, '--action', 'read,search', '--out', out], gateway);
    expect(await readFile(out, 'utf8')).toBe(perClient.output);
    expect(perClient.output).toContain(clientId);
    await expect(auditReport(['--client', clientId], { url: hub.gatewayUrl, token: await hub.as(testCallers.staff).token() })).rejects.toThrow(/FORBIDDEN/);
  });

  it("the client's own report, as HTML and PDF, names the partner organisation and roles (npm run client:report)", async () => {
    const gateway = { url: hub.gatewayUrl, token: await hub.as(testCallers.staff).token() };
    const html = await clientReport([clientId, '--out', path.join(dir, 'report.html')], gateway);
    const page = await readFile(html.out, 'utf8');
    const partnerName = DEMO_PARTNERS.find((p) => p.id === GGZ.organisationId)!.name;
    expect(page).toContain(`${partnerName}, medewerker geestelijke gezondheidszorg (ggz)`);
    expect(page).not.toContain(GGZ.userId);
    const pdf = await clientReport([clientId, '--lang', 'en', '--format', 'pdf', '--out', path.join(dir, 'report.pdf')], gateway);
    expect((await readFile(pdf.out)).subarray(0, 5).toString()).toBe('%PDF-');

    for (const caller of [testCallers.intake, testCallers.auditor, GGZ]) {
      const refused = await hub.as(caller).query(`query($c: UUID!) { clientAccessReport(clientId: $c) { lines } }`, { c: clientId });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const log = await hub
      .as(testCallers.auditor)
      .query(`query($c: UUID) { accessLogReport(clientId: $c, actions: [EXPORT]) { totalCount edges { node { userId fields } } } }`, {
        c: clientId,
      });
    expect(log.data.accessLogReport.edges.map((e: any) => e.node)).toEqual([
      { userId: testCallers.staff.userId, fields: ['Query.clientAccessReport'] },
      { userId: testCallers.staff.userId, fields: ['Query.clientAccessReport'] },
    ]);
  });
});
