import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEMO_CLIENTS, DEMO_PARTNERS } from '@hub/common';
import { testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

const run = promisify(execFile);
const VERIFY = path.resolve(__dirname, '../cli/audit-verify.js');

/** The access log through the gateway, and `npm run audit:verify` on a tampered log. */
describe('access log through the gateway', () => {
  let hub: TestStack;

  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const sql = (query: string) => hub.stack.subgraphs.clients!.server.orm.em.getConnection().execute(query);

  it('reading a client as a partner leaves an entry with the right fields, for the auditor to see', async () => {
    const ggz = testCallers.partner(0);
    const read = await hub.as(ggz).query(`{ handoffs(first: 1, status: [IN_PROGRESS]) { edges { node { client { id name } } } } }`);
    expect(read.errors).toBeUndefined();
    const clientId = read.data.handoffs.edges[0].node.client.id;

    const log = await hub
      .as(testCallers.auditor)
      .query(`query ($id: UUID!) { accessLog(clientId: $id) { action outcome userId organisationId roles purpose fields sourceService requestId } }`, {
        id: clientId,
      });
    expect(log.errors).toBeUndefined();
    const fromClients = log.data.accessLog.filter((e: any) => e.sourceService === 'clients' && e.userId === ggz.userId);
    expect(fromClients.at(-1)).toMatchObject({
      action: 'READ',
      outcome: 'ALLOWED',
      organisationId: DEMO_PARTNERS[0].id,
      roles: ['partner:ggz'],
      purpose: 'handoff',
      fields: expect.arrayContaining(['Client.name']),
    });
    const fromHandoffs = log.data.accessLog.filter((e: any) => e.sourceService === 'handoffs' && e.userId === ggz.userId);
    expect(fromHandoffs.at(-1)).toMatchObject({ action: 'SEARCH', outcome: 'ALLOWED' });
    // One request, followed through both subgraphs by its id.
    expect(fromHandoffs.at(-1).requestId).toBe(fromClients.at(-1).requestId);
  });

  it('an attempt the gateway refuses is logged too, naming the client and the fields refused', async () => {
    const clientId = DEMO_CLIENTS[4].id;
    const refused = await hub.as(testCallers.intake).query(`query ($id: UUID!) { client(id: $id) { name confidentialAddress } }`, { id: clientId });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const log = await hub
      .as(testCallers.auditor)
      .query(`query ($id: UUID!) { accessLog(clientId: $id) { action outcome userId roles fields sourceService } }`, { id: clientId });
    expect(log.data.accessLog.at(-1)).toEqual({
      action: 'READ',
      outcome: 'DENIED',
      userId: testCallers.intake.userId,
      roles: ['intake'],
      fields: ['Client.confidentialAddress'],
      sourceService: 'gateway',
    });
  });

  it('audit:verify passes an intact log and names the first altered entry', async () => {
    const env = { ...process.env, DATABASE_URL: hub.databaseUrl };
    const intact = await run(process.execPath, [VERIFY], { env });
    expect(intact.stdout).toMatch(/access log intact: \d+ entries/);

    await sql(`alter table audit.access_log disable trigger access_log_append_only`);
    await sql(`update audit.access_log set fields = array['Client.nothing'] where seq = 1`);
    await sql(`alter table audit.access_log enable trigger access_log_append_only`);
    await expect(run(process.execPath, [VERIFY], { env })).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/BROKEN at entry 1/),
    });
  });
});
