import { DEMO_CLIENTS } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from './subgraph';

const SEARCH = `query($name: String, $dob: LocalDate, $first: Int, $after: String) {
  searchClients(name: $name, dateOfBirth: $dob, first: $first, after: $after) {
    totalCount edges { cursor node { id name dateOfBirth } } pageInfo { hasNextPage endCursor }
  }
}`;

const iris = DEMO_CLIENTS[7]; // Iris Hendriks
const hendriks = DEMO_CLIENTS.filter((c) => c.name.endsWith(' Hendriks'));

/** Client search: pg_trgm word similarity on the name key, date of birth, ranked, paged with a total. */
describe('searchClients', () => {
  let hub: TestSubgraphs;
  const sql = (query: string, params: unknown[] = []) => hub.servers.clients!.orm.em.getConnection().execute(query, params);
  const search = (variables: Record<string, unknown>, caller = testCallers.staff) => hub.query('clients', SEARCH, variables, caller);

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it('"Iris Hendrix" finds Iris Hendriks first, through a typo', async () => {
    const { data, errors } = await search({ name: 'Iris Hendrix' });
    expect(errors).toBeUndefined();
    expect(data.searchClients.edges[0].node).toEqual({ id: iris.id, name: iris.name, dateOfBirth: iris.dateOfBirth });
  });

  it('ranks the exact name first, then the others of that surname; the total counts them all', async () => {
    const noor = DEMO_CLIENTS[20];
    expect(noor.name).toBe('Noor Hendriks');
    const { data } = await search({ name: '  noor   HENDRIKS ' });
    const ids = data.searchClients.edges.map((e: any) => e.node.id);
    expect(ids[0]).toBe(noor.id);
    expect(new Set(ids)).toEqual(new Set(hendriks.map((c) => c.id)));
    expect(data.searchClients.totalCount).toBe(hendriks.length);
    // A surname alone finds every client of that surname, typo or not.
    const surname = await search({ name: 'Hendrics' });
    expect(new Set(surname.data.searchClients.edges.map((e: any) => e.node.id))).toEqual(new Set(hendriks.map((c) => c.id)));
  });

  // "Hendriks" ranks its results alike (a tie on the rank, ordered by id); "Iris Hendriks" ranks Iris above the other Hendriks (a real rank in the cursor).
  it.each(['Hendriks', 'Iris Hendriks'])('pages "%s" with a stable cursor: every result once, in order, with the same total on every page', async (name) => {
    const all = await search({ name, first: 100 });
    const expected = all.data.searchClients.edges.map((e: any) => e.node.id);
    expect(expected.length).toBeGreaterThan(2);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { data, errors } = await search({ name, first: 1, after });
      expect(errors).toBeUndefined();
      expect(data.searchClients.totalCount).toBe(expected.length);
      seen.push(...data.searchClients.edges.map((e: any) => e.node.id));
      if (!data.searchClients.pageInfo.hasNextPage) break;
      after = data.searchClients.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    const bad = await search({ name, after: 'not-a-cursor' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('by date of birth, alone or with the name', async () => {
    const { data } = await search({ dob: iris.dateOfBirth });
    const same = DEMO_CLIENTS.filter((c) => c.dateOfBirth === iris.dateOfBirth);
    expect(data.searchClients.edges.map((e: any) => e.node.id).sort()).toEqual(same.map((c) => c.id).sort());
    expect(data.searchClients.totalCount).toBe(same.length);
    const both = await search({ name: 'Iris Hendrix', dob: iris.dateOfBirth });
    expect(both.data.searchClients.edges.map((e: any) => e.node.id)).toEqual([iris.id]);
    const none = await search({ name: 'Iris Hendrix', dob: '1950-01-01' });
    expect(none.data.searchClients).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('another name finds nothing of Iris', async () => {
    const { data } = await search({ name: 'Sanne Visser' });
    expect(data.searchClients.edges.map((e: any) => e.node.id)).not.toContain(iris.id);
  });

  it('needs a name or a date of birth, each valid', async () => {
    const neither = await search({});
    expect(neither.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const short = await search({ name: 'I' });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'name' });
    const future = await search({ dob: '2999-01-01' });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'dateOfBirth' });
  });

  it('every Kadera role may search; the results keep their fields rules (intake never gets the address)', async () => {
    for (const caller of [testCallers.staff, testCallers.intake, testCallers.shelter]) {
      const { data, errors } = await search({ name: 'Iris Hendrix' }, caller);
      expect(errors).toBeUndefined();
      expect(data.searchClients.edges[0].node.id).toBe(iris.id);
    }
    const address = await hub.query('clients', `{ searchClients(name: "Iris Hendrix") { edges { node { confidentialAddress } } } }`, {}, testCallers.intake);
    expect(address.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(address.text).not.toContain(iris.confidentialAddress);
  });

  it('is in the access log as a SEARCH of the clients it served', async () => {
    await search({ name: 'Iris Hendrix', dob: iris.dateOfBirth }, testCallers.intake);
    const [entry] = await sql(`select action, outcome, client_ids, fields, roles from audit.access_log order by seq desc limit 1`);
    expect(entry).toMatchObject({ action: 'SEARCH', outcome: 'ALLOWED', client_ids: [iris.id], roles: ['intake'] });
    expect(entry.fields).toEqual(['Client.dateOfBirth', 'Client.id', 'Client.name']);
  });

  it('the trigram index serves both operators (pg_trgm, created by the migration)', async () => {
    for (const condition of [`name_key % 'iris hendrix'`, `'hendrix' <% name_key`]) {
      const plan = await hub.servers.clients!.orm.em.fork().transactional(async (tx) => {
        await tx.execute('set local enable_seqscan = off');
        return tx.execute(`explain select id from clients.client where ${condition}`);
      });
      expect(JSON.stringify(plan)).toContain('client_name_key_trgm_index');
    }
  });
});
