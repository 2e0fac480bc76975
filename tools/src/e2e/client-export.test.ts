import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CLIENT_EXPORT_VERSION, DEMO_PARTNERS, PartnerType, ROLES, type Caller } from '@hub/common';
import { CALLERS_BY_ROLE, testCallers } from '@hub/testing';
import { seedClientEverywhere, type Seeded } from '../testing/client-seed';
import { startTestStack, type TestStack } from '../testing/test-stack';

const run = promisify(execFile);
const CLI = path.resolve(__dirname, '../cli/client-export.js');
const EXPORT = `mutation ($id: UUID!, $reason: String!) { exportClientData(clientId: $id, reason: $reason) }`;
const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { action outcome userId fields sourceService requestId } }`;
const GGZ = DEMO_PARTNERS.find((partner) => partner.partnerType === PartnerType.GGZ)!;

/** The right of access export through the gateway: a client's data from all four subgraphs, nothing of anyone else, staff only, logged. */
describe('right of access export through the gateway', () => {
  let hub: TestStack;
  let anna: Seeded;
  let bea: Seeded;

  const exportOf = (clientId: string, caller: Caller = testCallers.staff, reason = 'Request of the client by letter') =>
    hub.as(caller).query(EXPORT, { id: clientId, reason });

  beforeAll(async () => {
    hub = await startTestStack();
    anna = await seedClientEverywhere(hub, 'Annaxq', 'EXP-ANNA-0001');
    bea = await seedClientEverywhere(hub, 'Beazq', 'EXP-BEA-0002');
  });
  afterAll(async () => {
    await hub?.drop();
  });

  it('staff export everything of one client from all four subgraphs, and nothing of the other client', async () => {
    const answer = await exportOf(anna.clientId);
    expect(answer.errors).toBeUndefined();
    const document = answer.data.exportClientData;
    expect(document).toMatchObject({
      format: 'kadera-hub/client-data-export',
      version: CLIENT_EXPORT_VERSION,
      clientId: anna.clientId,
      reason: 'Request of the client by letter',
      requestedBy: { userId: testCallers.staff.userId, roles: ['staff'] },
      generatedAt: { utc: expect.stringMatching(/Z$/), local: expect.stringMatching(/\+0[12]:00$/), timeZone: 'Europe/Amsterdam' },
    });
    expect(Date.parse(document.generatedAt.local)).toBe(Date.parse(document.generatedAt.utc));
    const { clients, placements, referrals, handoffs, accessLog } = document.sections;
    expect(clients.client).toMatchObject({ id: anna.clientId, name: 'Annaxq Exportmarker', confidentialAddress: 'Annaxqstraat 12, Zwolle', riskLevel: 'RED' });
    expect(clients.safetyPlan).toMatchObject({ codeWord: 'Annaxqcode', emergencyContacts: [{ name: 'Annaxqvriendin' }] });
    expect(clients.children).toEqual([expect.objectContaining({ firstName: 'Annaxqkind' })]);
    expect(clients.consents).toEqual([expect.objectContaining({ partnerOrganisationId: GGZ.id, purpose: 'Annaxq health screening for the GGZ intake' })]);
    expect(clients.riskLevelHistory).toEqual([expect.objectContaining({ from: 'ORANGE', to: 'RED', reason: 'Annaxq threats by phone' })]);
    expect(clients.changes.length).toBeGreaterThan(0);
    expect(placements.stays.length + placements.waitlistEntries.length).toBe(1);
    expect([...placements.stays, ...placements.waitlistEntries][0]).toMatchObject({ clientId: anna.clientId, placementType: 'CRISIS_RELIEF' });
    expect(placements.aftercareProgrammes).toEqual([expect.objectContaining({ clientId: anna.clientId, homeVisitsPlanned: 4 })]);
    expect(placements.alarmDeployments).toEqual([expect.objectContaining({ deviceSerial: 'EXP-ANNA-0001' })]);
    expect(referrals.referrals).toEqual([
      expect.objectContaining({
        clientId: anna.clientId,
        referrerReference: 'Annaxq-REF-1',
        referredPerson: expect.objectContaining({ name: 'Annaxq Exportmarker' }),
        statusHistory: [expect.objectContaining({ to: 'REQUESTED' })],
      }),
    ]);
    expect(handoffs.handoffs).toEqual([
      expect.objectContaining({
        clientId: anna.clientId,
        purpose: 'Annaxq screening after the stay',
        partnerOrganisation: { id: GGZ.id, name: GGZ.name, partnerType: 'GGZ' },
        statusHistory: [expect.objectContaining({ to: 'REQUESTED' })],
        notes: [expect.objectContaining({ text: 'Annaxq prefers appointments in the morning', authorSide: 'KADERA' })],
      }),
    ]);
    // Who saw what: the writes above are in it, each entry without the ids of other clients it named.
    expect(accessLog.length).toBeGreaterThan(5);
    expect(accessLog).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'CREATE', sourceService: 'handoffs', userId: testCallers.staff.userId })]),
    );
    for (const entry of accessLog) {
      expect(entry.clientIds).toBeUndefined();
      expect(entry.occurredAt).toEqual({ utc: expect.any(String), local: expect.any(String), timeZone: 'Europe/Amsterdam' });
    }

    const text = JSON.stringify(document);
    for (const mark of anna.marks) expect({ mark, found: text.includes(mark) }).toEqual({ mark, found: true });
    for (const mark of bea.marks) expect({ mark, found: text.includes(mark) }).toEqual({ mark, found: false });
    // No BSN property in the data; the access log section may name the columns a write touched (Client.bsn), never a value.
    expect(JSON.stringify({ ...document, sections: { ...document.sections, accessLog: undefined } })).not.toMatch(/bsn/i);
  });

  it('the export is an EXPORT in the access log, in every subgraph, under one request id', async () => {
    const answer = await exportOf(bea.clientId, testCallers.staff, 'Request of the client in person');
    expect(answer.errors).toBeUndefined();
    const log = await hub.as(testCallers.auditor).query(LOG, { id: bea.clientId });
    expect(log.errors).toBeUndefined();
    const exports = log.data.accessLog.filter((entry: any) => entry.action === 'EXPORT');
    expect(exports.map((entry: any) => [entry.sourceService, entry.fields]).sort()).toEqual([
      ['clients', ['Mutation.exportClientData']],
      ['handoffs', ['Query.handoffsDataExport']],
      ['placements', ['Query.placementsDataExport']],
      ['referrals', ['Query.referralsDataExport']],
    ]);
    for (const entry of exports) expect(entry).toMatchObject({ outcome: 'ALLOWED', userId: testCallers.staff.userId, requestId: exports[0].requestId });
    // The other client's log has no entry of this export.
    const other = await hub.as(testCallers.auditor).query(LOG, { id: anna.clientId });
    expect(other.data.accessLog.filter((entry: any) => entry.requestId === exports[0].requestId)).toEqual([]);
  });

  it.each(ROLES.filter((role) => role !== 'staff'))('%s may not export, nor read a part', async (role) => {
    const caller = CALLERS_BY_ROLE[role];
    const refused = await exportOf(anna.clientId, caller);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.exportClientData ?? null).toBeNull();
    expect(JSON.stringify(refused)).not.toContain('Annaxq');
    const part = await hub.as(caller).query(`query ($id: UUID!) { handoffsDataExport(clientId: $id) }`, { id: anna.clientId });
    expect(part.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('an unknown client is NOT_FOUND, a missing reason BAD_USER_INPUT', async () => {
    const unknown = await exportOf('00000000-0000-4000-8000-000000000000');
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const noReason = await exportOf(anna.clientId, testCallers.staff, ' ');
    expect(noReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('`npm run client:export` writes the same export to a file, through the gateway as the staff member', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'client-export-')), 'export.json');
    const env = { ...process.env, HUB_TOKEN: await hub.as(testCallers.staff).token() };
    const args = [CLI, anna.clientId, '--reason', 'Request of the client by letter', '--out', out, '--gateway', hub.gatewayUrl];
    const { stderr } = await run(process.execPath, args, { env });
    expect(stderr).toContain(`wrote ${out}`);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    const document = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(document).toMatchObject({ version: CLIENT_EXPORT_VERSION, clientId: anna.clientId, requestedBy: { userId: testCallers.staff.userId } });
    expect(Object.keys(document.sections).sort()).toEqual(['accessLog', 'clients', 'handoffs', 'placements', 'referrals']);
    const text = JSON.stringify(document);
    for (const mark of bea.marks) expect(text).not.toContain(mark);

    const intake = { ...process.env, HUB_TOKEN: await hub.as(testCallers.intake).token() };
    await expect(run(process.execPath, args, { env: intake })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('FORBIDDEN') });
    await expect(run(process.execPath, [CLI, anna.clientId], { env })).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('usage') });
  });
});
