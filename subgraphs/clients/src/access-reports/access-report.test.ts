import { DEMO_CLIENTS, DEMO_PARTNERS, DEMO_REFERRERS, KADERA, localDateTime, type Caller } from '@hub/common';
import { peerSubgraph, startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '../subgraph';

const REPORT = `query($c: UUID, $u: String, $o: UUID, $from: DateTimeISO, $to: DateTimeISO, $a: [AccessAction!], $out: AccessOutcome, $first: Int, $after: String) {
  accessLogReport(clientId: $c, userId: $u, organisationId: $o, from: $from, to: $to, actions: $a, outcome: $out, first: $first, after: $after) {
    totalCount edges { node { seq occurredAt occurredAtLocal action outcome clientIds userId organisationId fields sourceService } } pageInfo { hasNextPage endCursor } } }`;
const CSV = `query($c: UUID, $u: String, $a: [AccessAction!]) { accessLogCsv(clientId: $c, userId: $u, actions: $a) { csv rows truncated } }`;
const CLIENT_REPORT = `query($c: UUID!, $l: ReportLanguage, $f: ReportFormat) { clientAccessReport(clientId: $c, language: $l, format: $f) { contentType fileName content lines } }`;
const ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { name healthScreeningSummary } } }`;

describe('access log reports', () => {
  let hub: TestSubgraphs;
  const client = DEMO_CLIENTS[0];
  const ggz = testCallers.partner(0); // GGZ Zwolle Noord: consent for client 0
  const hostileName = `<img src=x onerror=alert(1)> "Zorg" & Co`;
  let hostile: Caller;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, peerSubgraph('handoffs'), peerSubgraph('referrals')]);
    await hub.query('clients', `query($id: UUID!) { client(id: $id) { name riskLevel } }`, { id: client.id }, testCallers.staff);
    await hub.query('clients', ENTITY, { r: [{ __typename: 'Client', id: client.id }] }, ggz);
    await hub.query('clients', `query($id: UUID!) { client(id: $id) { confidentialAddress } }`, { id: client.id }, testCallers.intake);
    const registered = await hub.query(
      'handoffs',
      `mutation($input: RegisterPartnerOrganisationInput!) { registerPartnerOrganisation(input: $input) { id } }`,
      { input: { name: hostileName, partnerType: 'GGZ', municipalityCode: 'GM0193' } },
      testCallers.staff,
    );
    expect(registered.errors).toBeUndefined();
    hostile = { userId: 'hostile-1', roles: ['partner:ggz'], organisationId: registered.data.registerPartnerOrganisation.id, purpose: 'handoff' };
    // No consent: refused, and logged with its organisation.
    await hub.query('clients', ENTITY, { r: [{ __typename: 'Client', id: client.id }] }, hostile);
  });
  afterAll(() => hub?.stop());

  const report = async (variables: Record<string, unknown>) => {
    const r = await hub.query('clients', REPORT, variables, testCallers.auditor);
    expect(r.errors).toBeUndefined();
    return r.data.accessLogReport;
  };

  it('per client, per employee, per organisation, per action and outcome, paged', async () => {
    const all = await report({ c: client.id, first: 100 });
    expect(all.totalCount).toBeGreaterThanOrEqual(4);
    const [{ node }] = all.edges;
    expect(node.occurredAtLocal).toBe(localDateTime(new Date(node.occurredAt)));
    const byUser = await report({ c: client.id, u: ggz.userId });
    expect(byUser.edges.map((e: any) => [e.node.userId, e.node.outcome])).toEqual([[ggz.userId, 'ALLOWED']]);
    const byOrganisation = await report({ o: DEMO_PARTNERS[0].id });
    expect(byOrganisation.edges.every((e: any) => e.node.organisationId === DEMO_PARTNERS[0].id)).toBe(true);
    expect(byOrganisation.totalCount).toBeGreaterThan(0);
    const denied = await report({ c: client.id, out: 'DENIED' });
    expect(denied.edges.map((e: any) => e.node.userId).sort()).toEqual(['hostile-1', testCallers.intake.userId]);
    expect((await report({ c: client.id, a: ['UPDATE', 'CREATE'] })).totalCount).toBe(0);
    expect((await report({ c: client.id, from: '2000-01-01T00:00:00Z', to: '2000-01-02T00:00:00Z' })).totalCount).toBe(0);

    const first = await report({ c: client.id, first: 2 });
    const second = await report({ c: client.id, first: 2, after: first.pageInfo.endCursor });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const seqs = [...first.edges, ...second.edges].map((e: any) => e.node.seq);
    expect(seqs).toEqual(all.edges.slice(0, 4).map((e: any) => e.node.seq));

    const bad = await hub.query('clients', REPORT, { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, testCallers.auditor);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await hub.query('clients', REPORT, { after: 'nonsense' }, testCallers.auditor);
    expect(cursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('CSV, filtered', async () => {
    const r = await hub.query('clients', CSV, { c: client.id, u: ggz.userId }, testCallers.auditor);
    expect(r.errors).toBeUndefined();
    expect(r.data.accessLogCsv).toMatchObject({ rows: 1, truncated: false });
    const lines = r.data.accessLogCsv.csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${ggz.userId},${DEMO_PARTNERS[0].id},partner:ggz,handoff,${client.id}`);
  });

  it("the client's report names organisations and roles in Dutch and English, escapes hostile names, and is logged as an EXPORT", async () => {
    const nl = await hub.query('clients', CLIENT_REPORT, { c: client.id }, testCallers.staff);
    expect(nl.errors).toBeUndefined();
    const html: string = nl.data.clientAccessReport.content;
    expect(nl.data.clientAccessReport).toMatchObject({ contentType: 'text/html; charset=utf-8', fileName: `access-report-${client.id}-nl.html` });
    for (const text of [
      'Wie heeft uw gegevens bekeken of gewijzigd',
      'Kadera, hulpverlener',
      `${DEMO_PARTNERS[0].name}, medewerker geestelijke gezondheidszorg (ggz)`,
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('gezondheid (screening)');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;Zorg&quot; &amp; Co');
    expect(html).not.toContain('<img');
    for (const id of [testCallers.staff.userId, ggz.userId, DEMO_PARTNERS[0].id, KADERA.id, 'Client.name']) expect(html).not.toContain(id);

    const en = await hub.query('clients', CLIENT_REPORT, { c: client.id, l: 'EN', f: 'PDF' }, testCallers.staff);
    expect(en.errors).toBeUndefined();
    expect(en.data.clientAccessReport.contentType).toBe('application/pdf');
    const pdf = Buffer.from(en.data.clientAccessReport.content, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const log = await report({ c: client.id, a: ['EXPORT'] });
    expect(log.edges.map((e: any) => [e.node.userId, e.node.fields])).toEqual([
      [testCallers.staff.userId, ['Query.clientAccessReport']],
      [testCallers.staff.userId, ['Query.clientAccessReport']],
    ]);
  });

  it('names a referring organisation by the name it gave on its referrals', async () => {
    const all = await hub.query('referrals', `{ referrals(first: 100) { edges { node { id referrerOrganisationId client { id } } } } }`, {}, testCallers.staff);
    const referral = all.data.referrals.edges
      .map((e: any) => e.node)
      .find((n: any) => n.client && DEMO_REFERRERS.some((r) => r.id === n.referrerOrganisationId));
    const index = DEMO_REFERRERS.findIndex((r) => r.id === referral.referrerOrganisationId);
    const read = await hub.query('referrals', `query($id: UUID!) { referral(id: $id) { status } }`, { id: referral.id }, testCallers.referrer(index));
    expect(read.errors).toBeUndefined();
    const r = await hub.query('clients', CLIENT_REPORT, { c: referral.client.id, l: 'EN' }, testCallers.staff);
    expect(r.errors).toBeUndefined();
    expect(r.data.clientAccessReport.content).toContain(`${DEMO_REFERRERS[index].name}, referring professional`);
    const [entry] = (await report({ u: testCallers.referrer(index).userId })).edges;
    expect(entry.node.clientIds).toEqual([referral.client.id]);
  });

  it('an unknown client is NOT_FOUND', async () => {
    const r = await hub.query('clients', CLIENT_REPORT, { c: '00000000-0000-4000-8000-000000000000' }, testCallers.staff);
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
