import { DEMO_CLIENTS, DEMO_PARTNERS, ROLE_LIMITS, ROLES, type Caller } from '@hub/common';
import { accessMatrix, readSupergraph, supergraphSchema } from '@hub/gateway';
import { CALLERS_BY_ROLE, postGraphQL, splitWalkRequest, testCallers, walkRequests, type WalkRequest } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

const ADDRESSES = DEMO_CLIENTS.map((c) => c.confidentialAddress.split(',')[0]);

describe('field access at the gateway', () => {
  let hub: TestStack;
  let clientId: string;

  beforeAll(async () => {
    hub = await startTestStack();
    clientId = DEMO_CLIENTS[0].id;
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const as = (caller: Caller) => hub.as(caller);
  const deniedOf = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) =>
    (response.errors ?? []).flatMap((e) => e.extensions?.denied ?? []) as Array<{ field: string; path: string }>;
  const leaksAnAddress = (text: string) => ADDRESSES.some((address) => text.includes(address));

  describe('the confidential address reaches staff and shelter roles only, by every route', () => {
    const routes: Array<[string, string, string]> = [
      ['direct field', `query ($id: UUID!) { client(id: $id) { confidentialAddress } }`, 'client.confidentialAddress'],
      ['alias', `query ($id: UUID!) { who: client(id: $id) { where: confidentialAddress } }`, 'who.where'],
      [
        'named fragment',
        `query ($id: UUID!) { client(id: $id) { ...Where } } fragment Where on Client { confidentialAddress }`,
        '...Where.confidentialAddress',
      ],
      ['inline fragment', `query ($id: UUID!) { client(id: $id) { ... on Client { confidentialAddress } } }`, 'client.confidentialAddress'],
      ['entity reference', `{ handoffs(first: 5) { edges { node { client { confidentialAddress } } } } }`, 'handoffs.edges.node.client.confidentialAddress'],
      ['list', `{ clients(first: 5) { edges { node { confidentialAddress } } } }`, 'clients.edges.node.confidentialAddress'],
    ];

    it.each(routes)('%s: refused for intake, with the path named and nothing fetched', async (_name, query, path) => {
      const logs = Object.values(hub.stack.subgraphs).map((s) => s.server.queries);
      logs.forEach((log) => log.reset());
      const response = await as(testCallers.intake).query(query, { id: clientId });
      expect(response.status).toBe(403);
      expect(response.data ?? null).toBeNull();
      expect(deniedOf(response)).toContainEqual({ field: 'Client.confidentialAddress', path });
      expect(leaksAnAddress(response.text)).toBe(false);
      // Nothing the operation asked for is fetched. The one statement allowed is the access log's: the gateway asks
      // the clients subgraph for the client of the record `client(id:)` names, one row by id (record-client-route.ts).
      const lookups = (log: (typeof logs)[number]) => (log === hub.stack.subgraphs.clients!.server.queries && query.includes('client(id: $id)') ? 1 : 0);
      expect(logs.map((log) => log.count)).toEqual(logs.map(lookups));
    });

    it.each(['partner:ggz', 'referrer', 'municipality', 'auditor'])('refused for %s too', async (role) => {
      const caller =
        role === 'partner:ggz'
          ? testCallers.partner(0)
          : role === 'referrer'
            ? testCallers.referrer(0)
            : role === 'municipality'
              ? testCallers.municipality('GM0193')
              : testCallers.auditor;
      const response = await as(caller).query(`{ handoffs(first: 5) { edges { node { client { confidentialAddress } } } } }`);
      expect(deniedOf(response).map((d) => d.field)).toContain('Client.confidentialAddress');
      expect(leaksAnAddress(response.text)).toBe(false);
    });

    it('is served to staff and shelter', async () => {
      for (const caller of [testCallers.staff, testCallers.shelter]) {
        const response = await as(caller).query(`query ($id: UUID!) { client(id: $id) { confidentialAddress } }`, { id: clientId });
        expect(response.data.client.confidentialAddress).toBe(DEMO_CLIENTS[0].confidentialAddress);
      }
    });
  });

  it('shelter locations: intake sees ids but not where; staff see where', async () => {
    const query = `{ occupancy { location { id isSecret } } stays(first: 3) { edges { node { location { id region } } } } }`;
    const allowed = await as(testCallers.intake).query(query);
    expect(allowed.errors).toBeUndefined();
    const refused = await as(testCallers.intake).query(`{ stays(first: 3) { edges { node { location { city address } } } } }`);
    expect(
      deniedOf(refused)
        .map((d) => d.field)
        .sort(),
    ).toEqual(['ShelterLocation.address', 'ShelterLocation.city']);
    const staff = await as(testCallers.staff).query(`{ shelterLocations { name city address } }`);
    expect(staff.data.shelterLocations.length).toBeGreaterThan(0);
  });

  it('partners see only handoffs addressed to their own organisation', async () => {
    const list = async (caller: Caller) => {
      const response = await as(caller).query(`{ handoffs(first: 100) { edges { node { id partner { id } } } } }`);
      expect(response.errors).toBeUndefined();
      return response.data.handoffs.edges.map((e: any) => e.node);
    };
    const zwolle = await list(testCallers.partner(0));
    const twente = await list(testCallers.partner(1));
    expect(zwolle.length).toBeGreaterThan(0);
    expect(twente.length).toBeGreaterThan(0);
    expect(zwolle.every((h: any) => h.partner.id === DEMO_PARTNERS[0].id)).toBe(true);
    expect(twente.every((h: any) => h.partner.id === DEMO_PARTNERS[1].id)).toBe(true);
    const other = await as(testCallers.partner(0)).query(`query ($id: UUID!) { handoff(id: $id) { id } }`, { id: twente[0].id });
    expect(other.data?.handoff ?? null).toBeNull();
  });

  it('a GGZ partner reads the consented identity and screening of its clients, and never their finances', async () => {
    const ggz = as(testCallers.partner(0));
    const consented = await ggz.query(`{ handoffs(first: 20) { edges { node { status client { name healthScreeningSummary } } } } }`);
    const clients = consented.data.handoffs.edges.map((e: any) => e.node.client);
    expect(clients.some((c: any) => typeof c.name === 'string')).toBe(true);
    const finances = await ggz.query(`{ handoffs(first: 20) { edges { node { client { financialSituation } } } } }`);
    expect(deniedOf(finances).map((d) => d.field)).toContain('Client.financialSituation');
  });

  it('a referrer sees the status and timeline of its own referrals only', async () => {
    const referrer = as(testCallers.referrer(1));
    const own = await referrer.query(`{ referrals(first: 100) { edges { node { id status history { to changedAt } } } } }`);
    expect(own.errors).toBeUndefined();
    const staffView = await as(testCallers.staff).query(`{ referrals(first: 100) { edges { node { id referrerOrganisationId } } } }`);
    const ownIds = new Set(
      staffView.data.referrals.edges.filter((e: any) => e.node.referrerOrganisationId === testCallers.referrer(1).organisationId).map((e: any) => e.node.id),
    );
    expect(new Set(own.data.referrals.edges.map((e: any) => e.node.id))).toEqual(ownIds);
    const more = await referrer.query(`{ referrals(first: 5) { edges { node { referredPerson { name } client { id } } } } }`);
    expect(
      deniedOf(more)
        .map((d) => d.field)
        .sort(),
    ).toEqual(['Client.id', 'Referral.client', 'Referral.referredPerson', 'ReferredPerson.name']);
  });

  it('a municipality reads waiting times and nothing about a person', async () => {
    const municipality = as(testCallers.municipality('GM0193'));
    const ok = await municipality.query(`{ serviceAvailability { region service waitingTimeWeeksMax } }`);
    expect(ok.errors).toBeUndefined();
    const refused = await municipality.query(`{ clients(first: 1) { edges { node { name } } } }`);
    expect(deniedOf(refused).map((d) => d.field)).toContain('Query.clients');
  });

  it("federation's own entry points are not part of the API the gateway serves", async () => {
    for (const query of [
      `{ _service { sdl } }`,
      `{ _entities(representations: [{ __typename: "Client", id: "${DEMO_CLIENTS[0].id}" }]) { ... on Client { confidentialAddress } } }`,
    ]) {
      const response = await as(testCallers.staff).query(query);
      expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.data ?? null).toBeNull();
      expect(leaksAnAddress(response.text)).toBe(false);
    }
  });

  it('__typename is always allowed; an operation with any denied field is refused whole', async () => {
    const typename = await as(testCallers.partner(0)).query(`{ __typename handoffs(first: 1) { __typename } }`);
    expect(typename.errors).toBeUndefined();
    const mixed = await as(testCallers.partner(0)).query(`{ handoffs(first: 1) { edges { node { id } } } clients(first: 1) { edges { node { id } } } }`);
    expect(mixed.status).toBe(403);
    expect(mixed.data ?? null).toBeNull();
  });

  /**
   * Every cell of docs/access-matrix.md through the running gateway: real
   * tokens, real HTTP, real PostgreSQL. Cells go several to a request
   * (testing/src/matrix-walk.ts): the gateway must name exactly the denied
   * fields of each request, so every denied cell is named and no allowed one is;
   * a request of allowed cells only must pass, and runs for real unless it
   * needs variables (mutations are sent without theirs, so none is ever made).
   */
  describe('the access matrix, cell by cell', () => {
    const sdl = readSupergraph();
    const schema = supergraphSchema(sdl);
    const rows = accessMatrix(sdl);
    let sent = 0;
    afterAll(() => console.log(`access walk: ${rows.length * ROLES.length} cells in ${sent} requests`));

    /** What is wrong with the gateway's answer to a walk request, or undefined. */
    const problemWith = (request: WalkRequest, response: Awaited<ReturnType<typeof postGraphQL>>) => {
      const errors = response.errors ?? [];
      const named = [...new Set(errors.flatMap((e) => (e.extensions?.denied ?? []).map((d: { field: string }) => d.field) as string[]))].sort();
      const missing = request.denied.filter((field) => !named.includes(field));
      const extra = named.filter((field) => !request.denied.includes(field));
      if (missing.length || extra.length) {
        return [missing.length && `denied but not named: ${missing.join(', ')}`, extra.length && `allowed but named: ${extra.join(', ')}`]
          .filter(Boolean)
          .join('; ');
      }
      // Dummy arguments must meet a clear error code, never an internal error.
      if (response.status >= 500 || errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'))
        return `${response.status} ${response.text.slice(0, 300)}`;
      if (request.denied.length) return response.status === 403 ? undefined : `refused with ${response.status}, not 403`;
      // Let through: it ran, or it stopped at the variables it lacks, after the access check.
      const codes = errors.map((e) => e.extensions?.code);
      if (request.unexecuted)
        return response.status === 400 && codes.every((code) => code === 'BAD_USER_INPUT') ? undefined : `${response.status} ${codes.join(', ')}`;
      return response.status === 200 ? undefined : `${response.status} ${codes.join(', ')}`;
    };

    it.each(ROLES)('every field, as %s', async (role) => {
      const token = await hub.as(CALLERS_BY_ROLE[role]).token();
      const mismatches: string[] = [];
      const queue = walkRequests(schema, rows, role, ROLE_LIMITS[role].operation.rootFields);
      const worker = async () => {
        for (let request = queue.shift(); request; request = queue.shift()) {
          sent += 1;
          const response = await postGraphQL(hub.gatewayUrl, request.text, undefined, { authorization: `Bearer ${token}` });
          // Operation limits are checked before field access: the same cells again, in two smaller requests.
          if (response.errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')) queue.push(...splitWalkRequest(schema, rows, role, request));
          else {
            const problem = problemWith(request, response);
            if (problem) mismatches.push(`${problem}\n  cells: ${request.fields.join(', ')}\n  request: ${request.text}`);
          }
        }
      };
      await Promise.all(Array.from({ length: 6 }, worker));
      expect(mismatches).toEqual([]);
    });
  });
});
