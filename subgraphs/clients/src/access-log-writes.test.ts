import { Client as PgClient } from 'pg';
import { addDays, DEMO_CLIENTS, DEMO_PARTNERS, today } from '@hub/common';
import { peerSubgraph, startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from './subgraph';

const REGISTER = `mutation($input: RegisterClientInput!) { registerClient(input: $input) { id } }`;

/** A person unlike any other: a name of random letters and a date of birth of her own. */
const person = (i: number) => ({
  name: `${randomWord()} ${randomWord()}`,
  dateOfBirth: new Date(Date.UTC(1940, 0, 1) + i * 7 * 86_400_000).toISOString().slice(0, 10),
  municipalityCode: 'GM0193',
  confidentialAddress: 'Populierstraat 3, 8011 Zwolle',
  riskLevel: 'ORANGE',
  formsOfAbuse: ['PARTNER_ABUSE'],
});
const randomWord = () => Array.from({ length: 9 }, (_, i) => String.fromCharCode((i === 0 ? 65 : 97) + Math.floor(Math.random() * 26))).join('');

/** A write and its access log entry commit in one transaction (docs/access-log.md, "Writes"). */
describe('access log of writes', () => {
  let hub: TestSubgraphs;
  let db: PgClient;
  const sql = async (query: string, params: unknown[] = []) => (await db.query(query, params)).rows;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, peerSubgraph('handoffs')]);
    db = new PgClient({ connectionString: hub.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await hub?.stop();
  });

  it('writes the CREATE entry in the transaction that creates the client', async () => {
    const { data, errors } = await hub.query('clients', REGISTER, { input: person(0) }, testCallers.intake);
    expect(errors).toBeUndefined();
    const id = data.registerClient.id;
    const [row] = await sql(`select xmin::text as xid from clients.client where id = $1`, [id]);
    const entries = await sql(
      `select action, fields, (txid::text::bigint % 4294967296)::text as xid from audit.access_log where client_ids @> array[$1]::uuid[] order by seq`,
      [id],
    );
    const inTransaction = entries.filter((e) => e.xid === row.xid);
    expect(inTransaction).toHaveLength(1);
    expect(inTransaction[0].action).toBe('CREATE');
    expect(inTransaction[0].fields).toEqual(expect.arrayContaining(['Client.name', 'Client.dateOfBirth']));
  });

  it("writes the entry of a write the ORM does not see (one statement) in that write's transaction", async () => {
    const clientId = DEMO_CLIENTS[7].id;
    /** Entries naming the client written in the transaction that last wrote `table`'s row `id`. */
    const entriesOfWrite = async (table: string, id: string) => {
      const [row] = await sql(`select xmin::text as xid from clients.${table} where id = $1`, [id]);
      return sql(`select action, fields from audit.access_log where client_ids @> array[$1]::uuid[] and (txid::text::bigint % 4294967296)::text = $2`, [
        clientId,
        row.xid,
      ]);
    };
    const ok = async (query: string, variables: Record<string, unknown>, caller = testCallers.staff) => {
      const response = await hub.query('clients', query, variables, caller);
      expect(response.errors).toBeUndefined();
      return response.data;
    };
    const plan = {
      clientId,
      risks: ['a risk'],
      agreements: ['an agreement'],
      emergencyContacts: [{ name: 'Anouk', relation: 'sister', phone: '06 12345678' }],
      reviewDate: addDays(today(), 30),
    };
    const SAVE = `mutation($input: SaveSafetyPlanInput!) { saveSafetyPlan(input: $input) { id version } }`;
    const created = await ok(SAVE, { input: plan });
    expect(await entriesOfWrite('safety_plan', created.saveSafetyPlan.id)).toEqual([
      { action: 'CREATE', fields: expect.arrayContaining(['SafetyPlan.risks']) },
    ]);
    const saved = await ok(SAVE, { input: { ...plan, expectedVersion: 1, risks: ['another risk'] } });
    expect(await entriesOfWrite('safety_plan', saved.saveSafetyPlan.id)).toEqual([{ action: 'UPDATE', fields: expect.arrayContaining(['SafetyPlan.risks']) }]);

    const child = await ok(`mutation($input: AddChildInput!) { addChild(input: $input) { id } }`, {
      input: { clientId, firstName: 'Noor', dateOfBirth: '2019-04-02', childSocialWorkerName: 'Mw. J. Bakker' },
    });
    await ok(`mutation($input: UpdateChildInput!) { updateChild(input: $input) { id } }`, {
      input: { id: child.addChild.id, expectedVersion: 1, firstName: 'Nora' },
    });
    expect(await entriesOfWrite('child', child.addChild.id)).toEqual([{ action: 'UPDATE', fields: ['Child.firstName', 'Child.version'] }]);

    const [{ version }] = await sql(`select version from clients.client where id = $1`, [clientId]);
    await ok(`mutation($c: UUID!, $v: Int!, $m: String!) { updateClientMunicipality(clientId: $c, expectedVersion: $v, municipalityCode: $m) { version } }`, {
      c: clientId,
      v: version,
      m: 'GM0014',
    });
    // The client's row is written in a savepoint (a subtransaction of its own xid): its change record is not.
    const [change] = await sql(`select id from clients.client_change where client_id = $1 order by version desc limit 1`, [clientId]);
    const update = await entriesOfWrite('client_change', change.id);
    expect(update).toEqual(
      expect.arrayContaining([
        { action: 'UPDATE', fields: ['Client.municipalityCode', 'Client.updatedAt', 'Client.version'] },
        { action: 'CREATE', fields: expect.arrayContaining(['ClientChange.fields']) },
      ]),
    );

    const consent = await ok(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
      input: { clientId, partnerOrganisationId: DEMO_PARTNERS[2].id, categories: ['IDENTITY'], purpose: 'Debt assistance', validUntil: addDays(today(), 30) },
    });
    expect(await entriesOfWrite('consent', consent.recordConsent.id)).toEqual([{ action: 'CREATE', fields: expect.arrayContaining(['Consent.categories']) }]);
    await ok(`mutation($id: UUID!) { withdrawConsent(id: $id) { id } }`, { id: consent.recordConsent.id });
    expect(await entriesOfWrite('consent', consent.recordConsent.id)).toEqual([
      { action: 'UPDATE', fields: ['Consent.withdrawnAt', 'Consent.withdrawnByUserId'] },
    ]);
  });

  it('names the GraphQL fields a write went through, never the stored columns behind them (BSN, contact details)', async () => {
    const clientId = DEMO_CLIENTS[8].id;
    const ok = async (query: string, variables: Record<string, unknown>) => {
      const response = await hub.query('clients', query, variables, testCallers.staff);
      expect(response.errors).toBeUndefined();
      return response.data;
    };
    const version = async () => (await sql(`select version from clients.client where id = $1`, [clientId]))[0].version;
    // The client's row is written in a savepoint (an xid of its own); its change record in the transaction the entries name.
    const written = async () => {
      const [row] = await sql(`select xmin::text as xid from clients.client_change where client_id = $1 order by version desc limit 1`, [clientId]);
      const entries = await sql(
        `select fields from audit.access_log where client_ids @> array[$1]::uuid[] and action = 'UPDATE' and (txid::text::bigint % 4294967296)::text = $2`,
        [clientId, row.xid],
      );
      return entries.flatMap((e) => e.fields as string[]).filter((f) => f.startsWith('Client.'));
    };
    await ok(`mutation($c: UUID!, $v: Int!, $b: String) { updateClientBsn(clientId: $c, expectedVersion: $v, bsn: $b) { id } }`, {
      c: clientId,
      v: await version(),
      b: '123456782',
    });
    // Without the mapping (logged-fields.ts) these were Client.bsnCiphertext, Client.bsnIndex and Client.bsnKeyId.
    expect(await written()).toEqual(['Client.bsn', 'Client.updatedAt', 'Client.version']);
    await ok(
      `mutation($c: UUID!, $v: Int!) { updateClientContactDetails(clientId: $c, expectedVersion: $v, contactDetails: { neverUse: [VOICEMAIL], safeTimes: "mornings" }) { id } }`,
      { c: clientId, v: await version() },
    );
    expect(await written()).toEqual(['Client.contactDetails', 'Client.updatedAt', 'Client.version']);
  });

  it('rolls the write back when its entry cannot be written', async () => {
    const count = async () => Number((await sql(`select count(*) as n from clients.client`))[0].n);
    const before = await count();
    await sql(`alter table audit.access_log rename to access_log_away`);
    try {
      const response = await hub.query('clients', REGISTER, { input: person(1) }, testCallers.intake);
      expect(response.data?.registerClient ?? null).toBeNull();
      expect(response.errors?.length).toBeGreaterThan(0);
    } finally {
      await sql(`alter table audit.access_log_away rename to access_log`);
    }
    expect(await count()).toBe(before);
  });

  it('leaves no client without its CREATE entry, and no entry of a client that does not exist, when connections are killed during writes', async () => {
    let killing = true;
    let kills = 0;
    const killer = (async () => {
      while (killing) {
        const killed = await sql(
          `select pg_terminate_backend(pid) from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
        );
        kills += killed.length;
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
    })();
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 8));
        const response = await hub.query('clients', REGISTER, { input: person(10 + i) }, testCallers.intake);
        return response.errors ? 'failed' : 'created';
      }),
    );
    killing = false;
    await killer;
    expect(kills).toBeGreaterThan(0);
    expect(outcomes).toContain('failed');

    const demo = DEMO_CLIENTS.map((c) => c.id);
    const unlogged = await sql(
      `select c.id from clients.client c
        where c.id <> all($1::uuid[]) and not exists (select 1 from audit.access_log e where e.action = 'CREATE' and e.client_ids @> array[c.id])`,
      [demo],
    );
    const created = await sql(`select id from clients.client where id <> all($1::uuid[])`, [demo]);
    const phantoms = await sql(`
      select distinct id from audit.access_log e, unnest(e.client_ids) as id
       where not exists (select 1 from clients.client c where c.id = id)`);
    expect(created.length).toBeGreaterThan(0);
    expect(unlogged).toEqual([]);
    expect(phantoms).toEqual([]);
  });
});
