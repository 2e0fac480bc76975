import { DEFAULT_DATABASE_LIMITS, DEMO_CLIENTS } from '@hub/common';
import { testCallers } from '@hub/testing';
import { Client } from 'pg';
import { startTestStack, type TestStack } from '../testing/test-stack';

/**
 * Canary values driven through every way a request can fail and through client file updates, and confidential
 * addresses through reads, writes and refusals, with every service logging at
 * debug and every SQL statement logged: none of them may appear in any log line.
 */
const CANARY = {
  name: 'Kanarie Vogelzang',
  dateOfBirth: '1987-03-14',
  address: 'Kanariestraat 17, 9999 Vogeldorp',
  freeText: 'Vertrouwelijk Kanarieverhaal',
};
/** What the scan looks for, lower case: each canary and the parts a message could split it into. */
const NEEDLES = ['kanarie', 'vogelzang', 'vogeldorp', '1987-03', '14-03-1987', 'kanarieverhaal'];

const REGISTER = `mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id } }`;
const canaryInput = (extra: Record<string, unknown> = {}) => ({
  name: CANARY.name,
  dateOfBirth: CANARY.dateOfBirth,
  municipalityCode: 'GM0153',
  confidentialAddress: CANARY.address,
  riskLevel: 'RED',
  ...extra,
});

describe('logs at debug level', () => {
  let hub: TestStack;
  let admin: Client;
  const lines: string[] = [];

  beforeAll(async () => {
    // A short statement timeout keeps the lock-wait scenario quick; everything else finishes far below it.
    const database = { ...DEFAULT_DATABASE_LIMITS, statementTimeoutMs: 3_000 };
    hub = await startTestStack({ database }, undefined, { level: 'debug', destination: { write: (line) => void lines.push(line) } });
    admin = new Client({ connectionString: hub.databaseUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await hub?.drop();
  });

  const staff = () => hub.as(testCallers.staff);
  const codes = (response: { errors?: { extensions?: { code?: string } }[] }) => (response.errors ?? []).map((e) => e.extensions?.code);

  /** Waits until a backend of the test database waits on a lock, and returns its pid. */
  async function lockWaiter(): Promise<number> {
    for (;;) {
      const { rows } = await admin.query(
        `select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
      );
      if (rows.length) return rows[0].pid;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Runs `request` while another session holds a lock that blocks inserts into the client table. */
  async function whileClientTableLocked<T>(request: () => Promise<T>, meanwhile: () => Promise<void> = async () => undefined): Promise<T> {
    const holder = new Client({ connectionString: hub.databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table clients.client in share mode');
      const answer = request();
      await meanwhile();
      return await answer;
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await holder.end();
    }
  }

  // The demo clients' and shelters' addresses are canaries too.
  it('hold no confidential address after reads, writes and refusals that touch one', async () => {
    const staff = hub.as(testCallers.staff);
    const read = await staff.query(`{ clients(first: 50) { edges { node { confidentialAddress } } } shelterLocations { address } }`);
    expect(read.errors).toBeUndefined();
    const locations: string[] = read.data.shelterLocations.map((l: any) => l.address);
    const newAddress = 'Geheimeweg 99, 7511 Enschede';
    const written = await staff.query(`mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id confidentialAddress } }`, {
      input: {
        name: 'Log Test Persoon',
        dateOfBirth: '1991-05-06',
        municipalityCode: 'GM0153',
        confidentialAddress: newAddress,
        riskLevel: 'RED',
        formsOfAbuse: ['PARTNER_ABUSE'],
      },
    });
    expect(written.data.registerClient.confidentialAddress).toBe(newAddress);
    await hub.as(testCallers.intake).query(`query ($id: UUID!) { client(id: $id) { confidentialAddress } }`, { id: DEMO_CLIENTS[1].id });

    const text = lines.join('');
    expect(text).toMatch(/"sql"/); // the SQL log was on
    const secrets = [...DEMO_CLIENTS.map((c) => c.confidentialAddress.split(',')[0]), ...locations.map((a) => a.split(',')[0]), 'Geheimeweg'];
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
  });

  // The BSN (docs/security.md, "BSN"): in no log line, no answer and no table in the clear, whatever happens to it.
  it('leave no BSN in any log line, any error or any table, through registration, update, search and refusals', async () => {
    const BSNS = { registered: '628194821', updated: '252760189', unknown: '507529170' };
    const INVALID = '628194822'; // one digit off: fails the eleven test
    const needles = [...Object.values(BSNS), INVALID];
    const answers: string[] = [];
    const ask = async (caller: ReturnType<TestStack['as']>, query: string, variables: Record<string, unknown>) => {
      const response = await caller.query(query, variables);
      answers.push(response.text);
      return response;
    };
    const intake = hub.as(testCallers.intake);
    const input = { ...canaryInput({ name: 'Bsn Kanarie', confidentialAddress: 'Bsnstraat 1, Deventer' }), bsn: BSNS.registered };
    const registered = await ask(intake, REGISTER, { input });
    expect(registered.errors).toBeUndefined();
    const id = registered.data.registerClient.id;
    // A second registration with the same BSN, one with a BSN failing the eleven test, one with a number where a string belongs.
    expect(codes(await ask(staff(), REGISTER, { input: { ...input, name: 'Iemand Anders', confirmNotDuplicate: true } }))).toEqual(['CONFLICT']);
    expect(codes(await ask(staff(), REGISTER, { input: { ...input, bsn: INVALID } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await ask(staff(), REGISTER, { input: { ...input, bsn: Number(BSNS.unknown) } }))).toEqual(['BAD_USER_INPUT']);
    // Updates: a stale one, an invalid one, a good one.
    const UPDATE = `mutation ($c: UUID!, $v: Int!, $b: String) { updateClientBsn(clientId: $c, expectedVersion: $v, bsn: $b) { version } }`;
    expect(codes(await ask(staff(), UPDATE, { c: id, v: 7, b: BSNS.updated }))).toEqual(['CONFLICT']);
    expect(codes(await ask(staff(), UPDATE, { c: id, v: 1, b: INVALID }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await ask(staff(), UPDATE, { c: id, v: 1, b: BSNS.updated }))).toEqual([]);
    // Searches: found, not found, invalid, and refused at the gateway (a partner, a shelter worker).
    const FIND = `query ($b: String!) { clientByBsn(bsn: $b) { id bsn } }`;
    expect((await ask(staff(), FIND, { b: BSNS.updated })).data.clientByBsn).toEqual({ id, bsn: BSNS.updated });
    expect((await ask(staff(), FIND, { b: BSNS.unknown })).data.clientByBsn).toBeNull();
    expect(codes(await ask(staff(), FIND, { b: INVALID }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await ask(hub.as(testCallers.partner(0)), FIND, { b: BSNS.updated }))).toEqual(['FORBIDDEN']);
    expect(codes(await ask(hub.as(testCallers.shelter), `query ($id: UUID!) { client(id: $id) { bsn } }`, { id }))).toEqual(['FORBIDDEN']);

    const logs = lines.join('');
    expect(logs).toMatch(/"sql"/); // the SQL log was on
    const forms = needles.flatMap((bsn) => [bsn, Buffer.from(bsn).toString('hex')]);
    expect(forms.filter((form) => logs.includes(form))).toEqual([]);
    // Only the staff answers that asked for the BSN hold it; no error does.
    const errorTexts = answers.filter((text) => text.includes('"errors"'));
    expect(errorTexts.length).toBeGreaterThan(5);
    expect(errorTexts.filter((text) => forms.some((form) => text.includes(form)))).toEqual([]);
    // Every row of every table of the hub's database, as text.
    const { rows: tables } = await admin.query(
      `select table_schema as schema, table_name as name from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE'`,
    );
    expect(tables.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const { schema, name } of tables) {
      const { rows } = await admin.query(`select t::text as row from "${schema}"."${name}" t`);
      for (const { row } of rows) for (const form of forms) if ((row as string).includes(form)) found.push(`${schema}.${name}`);
    }
    expect(found).toEqual([]);
    // The client row holds the BSN only as ciphertext, key id and keyed index.
    const { rows: columns } = await admin.query(
      `select column_name from information_schema.columns where table_schema = 'clients' and table_name = 'client' and column_name like 'bsn%' order by 1`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['bsn_ciphertext', 'bsn_index', 'bsn_key_id']);
  });

  it('leave no canary in any log line, whatever fails', async () => {
    const token = await staff().token();

    // 1. A malformed JSON body (trailing comma), before authentication and after.
    const malformed = `{"query":${JSON.stringify(REGISTER)},"variables":{"input":${JSON.stringify(canaryInput())}},}`;
    for (const headers of [{}, { authorization: `Bearer ${token}` }] as Record<string, string>[]) {
      const response = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: malformed });
      expect(response.status).toBe(400);
    }

    // 2. A NUL byte in a string.
    expect(codes(await staff().query(REGISTER, { input: canaryInput({ name: `${CANARY.name}\u0000` }) }))).toEqual(['BAD_USER_INPUT']);

    // 3. Over-long and malformed values: a name past its limit, an invalid date, an invalid UUID.
    expect(codes(await staff().query(REGISTER, { input: canaryInput({ name: `${CANARY.name} `.repeat(20) }) }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await staff().query(REGISTER, { input: canaryInput({ dateOfBirth: `${CANARY.dateOfBirth} ${CANARY.name}` }) }))).toEqual(['BAD_USER_INPUT']);
    const badId = await staff().query(`query ($id: UUID!) { client(id: $id) { name } }`, { id: CANARY.name });
    expect(codes(badId)).toEqual(['BAD_USER_INPUT']);

    // 4. A client registered, then again (a duplicate), then its idempotency key reused with other input.
    const first = await staff().query(REGISTER, { input: canaryInput({ idempotencyKey: 'kanarie-key-1' }) });
    expect(first.errors).toBeUndefined();
    expect(codes(await staff().query(REGISTER, { input: canaryInput() }))).toEqual(['CONFLICT']);
    const otherInput = canaryInput({ idempotencyKey: 'kanarie-key-1', confidentialAddress: `${CANARY.freeText} 1` });
    expect(codes(await staff().query(REGISTER, { input: otherInput }))).toEqual(['CONFLICT']);

    // 5. Database faults the application does not foresee: a check constraint, and a trigger whose message quotes the row unquoted.
    await admin.query(`alter table clients.client add constraint log_canary_check check (confidential_address not like '%${CANARY.freeText}%')`);
    const checked = await staff().query(REGISTER, {
      input: canaryInput({ name: 'Kanarie Tweede', confidentialAddress: `${CANARY.freeText}, ${CANARY.address}` }),
    });
    expect(codes(checked)).toEqual(['INTERNAL_SERVER_ERROR']);
    await admin.query(`alter table clients.client drop constraint log_canary_check`);
    await admin.query(`
      create function clients.log_canary_refuse() returns trigger language plpgsql as $$
      begin
        if new.name like 'Kanarie Derde%' then
          raise exception using message = 'refused ' || new.name || ' at ' || new.confidential_address, detail = new.date_of_birth::text, hint = new.name;
        end if;
        return new;
      end $$`);
    await admin.query(`create trigger log_canary_refuse before insert on clients.client for each row execute function clients.log_canary_refuse()`);
    const triggered = await staff().query(REGISTER, { input: canaryInput({ name: 'Kanarie Derde' }) });
    expect(codes(triggered)).toEqual(['INTERNAL_SERVER_ERROR']);
    await admin.query(`drop trigger log_canary_refuse on clients.client`);

    // 6. A statement that runs into the statement timeout, waiting on a lock another session holds.
    const timedOut = await whileClientTableLocked(() => staff().query(REGISTER, { input: canaryInput({ name: 'Kanarie Vierde' }) }));
    expect(codes(timedOut)).toEqual(['TIMEOUT']);

    // 7. The connection killed (pg_terminate_backend) while its statement waits.
    const killed = await whileClientTableLocked(
      () => staff().query(REGISTER, { input: canaryInput({ name: 'Kanarie Vijfde' }) }),
      async () => {
        await admin.query('select pg_terminate_backend($1)', [await lockWaiter()]);
      },
    );
    expect(codes(killed)).toEqual(['SERVICE_UNAVAILABLE']);

    // 8. Denied: a partner asks for the address of a client named by a canary, and tries to register one.
    const partner = hub.as(testCallers.partner(0));
    expect(codes(await partner.query(REGISTER, { input: canaryInput() }))).toContain('FORBIDDEN');
    const deniedRead = await partner.query(`query ($id: UUID!) { client(id: $id) { confidentialAddress name } }`, {
      id: first.data.registerClient.id,
      note: CANARY.freeText,
    });
    expect(codes(deniedRead)).toContain('FORBIDDEN');

    // 9. The client file kept up to date with canaries (address, contact details, care text, risk reason, name), and a stale update refused.
    const clientId = first.data.registerClient.id;
    const updates: Array<[string, Record<string, unknown>]> = [
      [
        `mutation ($c: UUID!, $v: Int!, $a: String!) { updateConfidentialAddress(clientId: $c, expectedVersion: $v, confidentialAddress: $a) { version } }`,
        { a: `${CANARY.freeText} 2, ${CANARY.address}` },
      ],
      [
        `mutation ($c: UUID!, $v: Int!, $d: ContactDetailsInput!) { updateClientContactDetails(clientId: $c, expectedVersion: $v, contactDetails: $d) { version } }`,
        { d: { safeEmail: 'kanarie@vogeldorp.nl', preferredChannel: 'EMAIL', safeTimes: CANARY.name, instructions: CANARY.freeText } },
      ],
      [
        `mutation ($c: UUID!, $v: Int!, $d: CareDetailsInput!) { updateClientCareDetails(clientId: $c, expectedVersion: $v, careDetails: $d) { version } }`,
        { d: { healthScreeningSummary: CANARY.freeText, housingNeed: CANARY.address } },
      ],
      [
        `mutation ($c: UUID!, $v: Int!, $why: String!) { changeRiskLevel(clientId: $c, expectedVersion: $v, riskLevel: GREEN, reason: $why) { version } }`,
        { why: CANARY.freeText },
      ],
    ];
    for (const [index, [mutation, variables]] of updates.entries()) {
      expect(codes(await staff().query(mutation, { c: clientId, v: index + 1, ...variables }))).toEqual([]);
    }
    const IDENTITY = `mutation ($c: UUID!, $v: Int!, $n: String!) { updateClientIdentity(clientId: $c, expectedVersion: $v, name: $n, dateOfBirth: "1987-03-14") { version } }`;
    expect(codes(await staff().query(IDENTITY, { c: clientId, v: 1, n: 'Kanarie Zesde' }))).toEqual(['CONFLICT']);
    expect(codes(await staff().query(IDENTITY, { c: clientId, v: updates.length + 1, n: 'Kanarie Zevende' }))).toEqual([]);

    const text = lines.join('').toLowerCase();
    expect(text).toMatch(/"sql"/); // the SQL log was on
    expect(text).toMatch(/masked internal error/); // the unforeseen faults were logged
    const hits = lines.filter((line) => NEEDLES.some((needle) => line.toLowerCase().includes(needle)));
    expect(hits).toEqual([]);
  });
  it('hold nothing of a safety plan or a child, through saves, reads, conflicts, bad input and refusals', async () => {
    const registered = await staff().query(`mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id } }`, {
      input: {
        name: 'Plan Test Persoon',
        dateOfBirth: '1992-02-02',
        municipalityCode: 'GM0193',
        confidentialAddress: 'Planweg 1, 8011 Zwolle',
        riskLevel: 'RED',
      },
    });
    const clientId = registered.data.registerClient.id;
    const SAVE = `mutation ($input: SaveSafetyPlanInput!) { saveSafetyPlan(input: $input) { version codeWord } }`;
    const plan = (extra: Record<string, unknown> = {}) => ({
      clientId,
      risks: [`${CANARY.freeText} risico`],
      agreements: [`${CANARY.freeText} afspraak`],
      emergencyContacts: [{ name: CANARY.name, relation: 'kanarie-zus', phone: '06 11223344' }],
      codeWord: 'kanariegeel',
      reviewDate: '2099-01-01',
      ...extra,
    });
    const saved = await staff().query(SAVE, { input: plan() });
    expect(saved.errors).toBeUndefined();
    expect(codes(await staff().query(SAVE, { input: plan() }))).toEqual(['CONFLICT']);
    expect(codes(await staff().query(SAVE, { input: plan({ expectedVersion: 1, codeWord: 'kanarie'.repeat(20) }) }))).toEqual(['BAD_USER_INPUT']);
    const read = await hub
      .as(testCallers.shelter)
      .query(`query ($id: UUID!) { client(id: $id) { safetyPlan { codeWord risks emergencyContacts { name } } } }`, { id: clientId });
    expect(read.data.client.safetyPlan.codeWord).toBe('kanariegeel');
    expect(codes(await hub.as(testCallers.intake).query(`query ($id: UUID!) { client(id: $id) { safetyPlan { codeWord } } }`, { id: clientId }))).toContain(
      'FORBIDDEN',
    );
    expect(codes(await hub.as(testCallers.partner(0)).query(SAVE, { input: plan({ expectedVersion: 1 }) }))).toContain('FORBIDDEN');

    const added = await staff().query(`mutation ($input: AddChildInput!) { addChild(input: $input) { id } }`, {
      input: { clientId, firstName: 'Kanarietje', dateOfBirth: '2020-01-01', childSocialWorkerName: CANARY.name },
    });
    const childId = added.data.addChild.id;
    const UPDATE = `mutation ($input: UpdateChildInput!) { updateChild(input: $input) { version } }`;
    expect((await staff().query(UPDATE, { input: { id: childId, expectedVersion: 1, firstName: 'Kanarie Klein' } })).errors).toBeUndefined();
    expect(codes(await staff().query(UPDATE, { input: { id: childId, expectedVersion: 1, firstName: 'Kanarie Oud' } }))).toEqual(['CONFLICT']);
    expect(codes(await staff().query(UPDATE, { input: { id: childId, expectedVersion: 2, dateOfBirth: '2999-01-01' } }))).toEqual(['BAD_USER_INPUT']);

    const hits = lines.filter((line) => NEEDLES.some((needle) => line.toLowerCase().includes(needle)));
    expect(hits).toEqual([]);
  });
});
