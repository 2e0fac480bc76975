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

  /** Seals through whichever subgraph leads the sealing. */
  const seal = async () => {
    for (const { server } of Object.values(hub.stack.subgraphs)) {
      const checkpoint = await server.checkpointer.seal();
      if (checkpoint) return checkpoint;
    }
    throw new Error('nothing was sealed');
  };

  it('audit:verify passes an intact log, then names a cut tail of sealed entries and an altered entry, exiting 1', async () => {
    const { config } = hub.stack;
    // The key and the checkpoint file of the test's hub (development: the key generated in DEV_KEY_DIR).
    const env = {
      ...process.env,
      HUB_MODE: 'development',
      DATABASE_URL: hub.databaseUrl,
      DEV_KEY_DIR: config.auth.devKeyDir,
      AUDIT_CHECKPOINT_FILE: config.audit.checkpointFile,
    };
    await seal();
    await hub.as(testCallers.staff).query(`query ($id: UUID!) { client(id: $id) { name } }`, { id: DEMO_CLIENTS[0].id });
    const intact = await run(process.execPath, [VERIFY], { env });
    expect(intact.stdout).toMatch(/access log intact: \d+ entries, every MAC and 1 checkpoints checked; not yet sealed: [1-9]\d*/);

    for (let i = 0; i < 10; i++) await hub.as(testCallers.staff).query(`query ($id: UUID!) { client(id: $id) { name } }`, { id: DEMO_CLIENTS[i % 5].id });
    const sealed = await seal();
    const [{ from }] = await sql(`select min(seq)::int as from from (select seq from audit.access_log order by seq desc limit 10) newest`);
    await sql(`alter table audit.access_log disable trigger access_log_append_only`);
    await sql(`delete from audit.access_log where seq >= ${from}`);
    await sql(`alter table audit.access_log enable trigger access_log_append_only`);
    await expect(run(process.execPath, [VERIFY], { env })).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining(
        `access log BROKEN at entry ${from}, checkpoint ${sealed.number}: entries ${from} to ${sealed.lastSeq} (10 entries) sealed by checkpoint ${sealed.number} are missing`,
      ),
    });

    await sql(`alter table audit.access_log disable trigger access_log_append_only`);
    await sql(`update audit.access_log set fields = array['Client.nothing'] where seq = 1`);
    await sql(`alter table audit.access_log enable trigger access_log_append_only`);
    await expect(run(process.execPath, [VERIFY], { env })).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/BROKEN at entry 1, checkpoint 1: entry 1 does not match its MAC/),
    });
  });
});
