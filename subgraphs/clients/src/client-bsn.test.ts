import { DEMO_CLIENTS } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from './subgraph';

// Valid BSNs (the eleven test) that no demo client has; INVALID fails it.
const BSN = '123456782';
const OTHER_BSN = '111222333';
const INVALID = '123456789';

const REGISTER = `mutation($input: RegisterClientInput!) { registerClient(input: $input) { id version } }`;
const UPDATE = `mutation($c: UUID!, $v: Int!, $b: String) { updateClientBsn(clientId: $c, expectedVersion: $v, bsn: $b) { id version } }`;
const FIND = `query($b: String!) { clientByBsn(bsn: $b) { id name } }`;
const READ = `query($id: UUID!) { client(id: $id) { version bsn changes { fields version } } }`;
const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { action outcome fields } }`;

/** Every way a BSN could sit in a row as text: its digits, and its digits' bytes in hex (how bytea shows). */
const plainForms = (bsn: string) => [bsn, Buffer.from(bsn).toString('hex')];

describe('the BSN on a client: encrypted, found by exact match, staff only', () => {
  let hub: TestSubgraphs;
  let registered: string;
  const sql = (query: string, params: unknown[] = []): Promise<any[]> => hub.servers.clients!.orm.em.getConnection().execute(query, params);
  const read = async (id: string) => {
    const r = await hub.query('clients', READ, { id }, testCallers.staff);
    expect(r.errors).toBeUndefined();
    return r.data.client;
  };
  /** Every row of every table of the clients and audit schemas, as text. */
  const everyRow = async () => {
    const tables: Array<{ schema: string; name: string }> = await sql(
      `select table_schema as schema, table_name as name from information_schema.tables where table_schema in ('clients', 'audit') and table_type = 'BASE TABLE'`,
    );
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['client', 'client_change', 'idempotency_record', 'access_log']));
    const texts = await Promise.all(tables.map(({ schema, name }) => sql(`select t::text as row from "${schema}"."${name}" t`)));
    return texts.flat().map((r) => r.row as string);
  };

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it('intake registers a client with a BSN; staff read it back; intake and shelter cannot', async () => {
    const input = {
      name: 'Bsn Proef',
      dateOfBirth: '1984-04-04',
      municipalityCode: 'GM0164',
      confidentialAddress: 'Verborgen 4, Hengelo',
      riskLevel: 'ORANGE',
      bsn: '1234.56.782',
      idempotencyKey: 'bsn-registration-1',
    };
    const r = await hub.query('clients', REGISTER, { input }, testCallers.intake);
    expect(r.errors).toBeUndefined();
    registered = r.data.registerClient.id;
    // A retry with the same key is the same registration, not a duplicate.
    const again = await hub.query('clients', REGISTER, { input }, testCallers.intake);
    expect(again.data.registerClient.id).toBe(registered);
    expect((await read(registered)).bsn).toBe(BSN);
    for (const caller of [testCallers.intake, testCallers.shelter]) {
      const denied = await hub.query('clients', READ, { id: registered }, caller);
      expect(denied.errors?.map((e) => [e.extensions?.code, (e as any).path.join('.')])).toEqual([['FORBIDDEN', 'client.bsn']]);
      expect(denied.text).not.toContain(BSN);
    }
  });

  it('is in the database only encrypted, with its key id and keyed index: in no table, column or log entry in the clear', async () => {
    const [row] = await sql(`select bsn_ciphertext, bsn_key_id, bsn_index from clients.client where id = ?`, [registered]);
    expect(Buffer.isBuffer(row.bsn_ciphertext)).toBe(true);
    expect(row.bsn_ciphertext.length).toBe(12 + 9 + 16);
    expect(row.bsn_key_id).toBe('test-bsn-key');
    expect(row.bsn_index).toMatch(/^[0-9a-f]{64}$/);
    const rows = await everyRow();
    for (const form of plainForms(BSN)) expect(rows.filter((text) => text.includes(form))).toEqual([]);
  });

  it('clientByBsn finds the client by exact match, however the number is written; an unknown BSN is null', async () => {
    for (const written of [BSN, ' 123 456 782 ', '1234.56.782']) {
      const r = await hub.query('clients', FIND, { b: written }, testCallers.intake);
      expect(r.errors).toBeUndefined();
      expect(r.data.clientByBsn).toEqual({ id: registered, name: 'Bsn Proef' });
    }
    const none = await hub.query('clients', FIND, { b: '999999990' }, testCallers.staff);
    expect(none.errors).toBeUndefined();
    expect(none.data.clientByBsn).toBeNull();
    const log = await hub.query('clients', LOG, { id: registered }, testCallers.auditor);
    expect(log.data.accessLog).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'SEARCH', fields: expect.arrayContaining(['Query.clientByBsn']) })]),
    );
    expect(log.text).not.toContain(BSN);
  });

  it('a BSN failing the eleven test is BAD_USER_INPUT naming the field, never the value', async () => {
    const find = await hub.query('clients', FIND, { b: INVALID }, testCallers.staff);
    const update = await hub.query('clients', UPDATE, { c: registered, v: 1, b: INVALID }, testCallers.staff);
    const register = await hub.query(
      'clients',
      REGISTER,
      {
        input: { name: 'Elf Proef', dateOfBirth: '1980-01-01', municipalityCode: 'GM0193', confidentialAddress: 'Elders 11', riskLevel: 'GREEN', bsn: INVALID },
      },
      testCallers.staff,
    );
    for (const [r, field] of [
      [find, 'bsn'],
      [update, 'bsn'],
      [register, 'bsn'],
    ] as const) {
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(r.errors?.[0].message).toContain(`${field} must be a BSN`);
      expect(r.text).not.toContain(INVALID);
    }
  });

  it('a registration with a BSN already on file is CONFLICT naming that client, even with confirmNotDuplicate', async () => {
    const r = await hub.query(
      'clients',
      REGISTER,
      {
        input: {
          name: 'Heel Iemand Anders',
          dateOfBirth: '1999-09-09',
          municipalityCode: 'GM0150',
          confidentialAddress: 'Elders 9',
          riskLevel: 'GREEN',
          bsn: BSN,
          confirmNotDuplicate: true,
        },
      },
      testCallers.staff,
    );
    expect(r.data).toBeNull();
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', argument: 'input.bsn', candidates: [registered] });
    expect(r.text).not.toContain(BSN);
    expect((await sql(`select count(*)::int as n from clients.client where name = 'Heel Iemand Anders'`))[0].n).toBe(0);
  });

  it('updateClientBsn follows the file maintenance pattern: expectedVersion, CONFLICT, history of the field name only', async () => {
    const client = DEMO_CLIENTS[30];
    expect((await read(client.id)).bsn).toBeNull();
    const stale = await hub.query('clients', UPDATE, { c: client.id, v: 5, b: OTHER_BSN }, testCallers.intake);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1, field: 'expectedVersion' });
    const set = await hub.query('clients', UPDATE, { c: client.id, v: 1, b: OTHER_BSN }, testCallers.intake);
    expect(set.errors).toBeUndefined();
    expect(set.data.updateClientBsn.version).toBe(2);
    // The same number again changes nothing (its ciphertext would differ; its index does not).
    const same = await hub.query('clients', UPDATE, { c: client.id, v: 2, b: '111 222 333' }, testCallers.staff);
    expect(same.data.updateClientBsn.version).toBe(2);
    // Another client's BSN is the other client: CONFLICT naming her, nothing written.
    const taken = await hub.query('clients', UPDATE, { c: client.id, v: 2, b: BSN }, testCallers.staff);
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', argument: 'bsn', candidates: [registered] });
    expect(taken.text).not.toContain(BSN);
    let file = await read(client.id);
    expect(file).toMatchObject({ version: 2, bsn: OTHER_BSN, changes: [{ fields: ['bsn'], version: 2 }] });
    const cleared = await hub.query('clients', UPDATE, { c: client.id, v: 2, b: null }, testCallers.staff);
    expect(cleared.data.updateClientBsn.version).toBe(3);
    file = await read(client.id);
    expect(file).toMatchObject({
      version: 3,
      bsn: null,
      changes: [
        { fields: ['bsn'], version: 3 },
        { fields: ['bsn'], version: 2 },
      ],
    });
    const gone = await hub.query('clients', FIND, { b: OTHER_BSN }, testCallers.staff);
    expect(gone.data.clientByBsn).toBeNull();
    const [row] = await sql(`select bsn_ciphertext, bsn_key_id, bsn_index from clients.client where id = ?`, [client.id]);
    expect(row).toEqual({ bsn_ciphertext: null, bsn_key_id: null, bsn_index: null });
    const log = await hub.query('clients', LOG, { id: client.id }, testCallers.auditor);
    expect(log.data.accessLog).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'UPDATE', outcome: 'ALLOWED', fields: expect.arrayContaining(['Mutation.updateClientBsn']) })]),
    );
    for (const form of [...plainForms(BSN), ...plainForms(OTHER_BSN)]) expect((await everyRow()).filter((text) => text.includes(form))).toEqual([]);
  });

  it('a ciphertext moved to another client does not decrypt there: an internal error, no number', async () => {
    const target = DEMO_CLIENTS[31];
    await sql(
      `update clients.client t set bsn_ciphertext = s.bsn_ciphertext, bsn_key_id = s.bsn_key_id, bsn_index = md5(random()::text) from clients.client s where s.id = ? and t.id = ?`,
      [registered, target.id],
    );
    const r = await hub.query('clients', `query($id: UUID!) { client(id: $id) { id bsn } }`, { id: target.id }, testCallers.staff);
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(r.text).not.toContain(BSN);
    expect((await read(registered)).bsn).toBe(BSN);
  });
});
