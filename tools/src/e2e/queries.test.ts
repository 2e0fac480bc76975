import { addCalendarDays, CONTACT_DUE_DEFAULTS, DEMO_PARTNERS, type Priority } from '@hub/common';
import { testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

/** The hub's first queries, through the gateway over HTTP, against real PostgreSQL. */
describe('queries through the gateway', () => {
  let hub: TestStack;

  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  it('me tells a partner and a municipality who they are, from their verified tokens', async () => {
    const ME = `{ me { userId roles side organisationId municipalityCode partnerType } }`;
    const partner = await hub.as(testCallers.partner(0)).query(ME);
    expect(partner.errors).toBeUndefined();
    expect(partner.data.me).toEqual({
      userId: 'partner-user-0',
      roles: ['partner:ggz'],
      side: 'PARTNER',
      organisationId: DEMO_PARTNERS[0].id,
      municipalityCode: null,
      partnerType: 'GGZ',
    });
    const municipality = await hub.as(testCallers.municipality('GM0193')).query(ME);
    expect(municipality.errors).toBeUndefined();
    expect(municipality.data.me).toEqual({
      userId: 'municipality-GM0193',
      roles: ['municipality'],
      side: 'MUNICIPALITY',
      organisationId: null,
      municipalityCode: 'GM0193',
      partnerType: null,
    });
  });

  it('shelterCapacity has one row per placement type, 61 places in all, occupancy from the stays table', async () => {
    const { data, errors } = await hub.query(`{ shelterCapacity { type capacity occupied available } }`);
    expect(errors).toBeUndefined();
    const rows = data.shelterCapacity as Array<{ type: string; capacity: number; occupied: number; available: number }>;
    expect(rows).toHaveLength(7);
    expect(new Set(rows.map((r) => r.type)).size).toBe(7);
    expect(rows.reduce((sum, r) => sum + r.capacity, 0)).toBe(61);
    const byType = Object.fromEntries(rows.map((r) => [r.type, r]));
    expect(byType.CRISIS_RELIEF.capacity).toBe(10);
    expect(byType.INTENSIVE_CARE.capacity).toBe(17);
    expect(byType.SAFE_HOUSE.capacity).toBe(2);
    for (const row of rows) expect(row.available).toBe(row.capacity - row.occupied);

    const orm = hub.stack.subgraphs.placements!.server.orm;
    const counted = await orm.em.getConnection().execute<Array<{ count: string }>>('select count(*) as count from placements.stay where discharged_on is null');
    expect(rows.reduce((sum, r) => sum + r.occupied, 0)).toBe(Number(counted[0].count));
  });

  it('serviceAvailability shows the IJsselland ambulatory intake stop and 8-12 weeks in Twente and Hardenberg', async () => {
    const { data, errors } = await hub.query(`{ serviceAvailability { region service acceptingNewClients waitingTimeWeeksMin waitingTimeWeeksMax } }`);
    expect(errors).toBeUndefined();
    const rows = data.serviceAvailability as any[];
    const find = (region: string, service: string) => rows.find((r) => r.region === region && r.service === service);
    expect(find('IJSSELLAND', 'AMBULATORY_WMO').acceptingNewClients).toBe(false);
    for (const region of ['TWENTE', 'HARDENBERG']) {
      expect(find(region, 'AMBULATORY_WMO')).toMatchObject({ acceptingNewClients: true, waitingTimeWeeksMin: 8, waitingTimeWeeksMax: 12 });
      expect(find(region, 'AMBULATORY_YOUTH')).toMatchObject({ waitingTimeWeeksMin: 8, waitingTimeWeeksMax: 12 });
    }
  });

  it('client(id) returns the client; a malformed id is BAD_USER_INPUT; an unknown id is null', async () => {
    const list = await hub.query(`{ clients(first: 1) { edges { node { id name } } } }`);
    const { id, name } = list.data.clients.edges[0].node;
    const one = await hub.query(`query ($id: UUID!) { client(id: $id) { id name riskLevel } }`, { id });
    expect(one.data.client).toMatchObject({ id, name });

    const bad = await hub.query(`{ client(id: "not-a-uuid") { id } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const none = await hub.query(`{ client(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(none.errors).toBeUndefined();
    expect(none.data.client).toBeNull();
  });

  it('referral(id) resolves a referral and its client across subgraphs', async () => {
    const page = await hub.query(`{ referrals(first: 50) { edges { node { id client { id } } } } }`);
    const withClient = page.data.referrals.edges.find((e: any) => e.node.client);
    const { data, errors } = await hub.query(
      `query ($id: UUID!) { referral(id: $id) { id kind region priority status receivedAt contactDueAt client { id name } } }`,
      {
        id: withClient.node.id,
      },
    );
    expect(errors).toBeUndefined();
    expect(data.referral.client.id).toBe(withClient.node.client.id);
    expect(typeof data.referral.client.name).toBe('string');
    // Contact due by the referral's priority, on the office clock (the organisation's calendar).
    const days = CONTACT_DUE_DEFAULTS[data.referral.priority as Priority];
    expect(data.referral.contactDueAt).toBe(addCalendarDays(new Date(data.referral.receivedAt), days).toISOString());
  });

  it('referrals pages with a cursor, without overlap, and rejects bad page arguments', async () => {
    const first = await hub.query(`{ referrals(first: 5) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`);
    expect(first.data.referrals.edges).toHaveLength(5);
    expect(first.data.referrals.pageInfo.hasNextPage).toBe(true);
    const second = await hub.query(`query ($after: String) { referrals(first: 5, after: $after) { edges { node { id } } } }`, {
      after: first.data.referrals.pageInfo.endCursor,
    });
    const ids1 = first.data.referrals.edges.map((e: any) => e.node.id);
    const ids2 = second.data.referrals.edges.map((e: any) => e.node.id);
    expect(ids2).toHaveLength(5);
    expect(ids1.filter((id: string) => ids2.includes(id))).toEqual([]);

    for (const args of ['first: 0', 'first: 101', 'after: "garbage!"']) {
      const bad = await hub.query(`{ referrals(${args}) { edges { node { id } } } }`);
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.text).not.toMatch(/stack|select |postgres/i);
    }
  });

  it('handoffs list their partner organisation and client', async () => {
    const { data, errors } = await hub.query(`{ handoffs(first: 10) { edges { node { id status partner { name partnerType } client { id name } } } } }`);
    expect(errors).toBeUndefined();
    expect(data.handoffs.edges.length).toBeGreaterThan(0);
    for (const { node } of data.handoffs.edges) {
      expect(node.partner.name).toEqual(expect.any(String));
      expect(node.client.name).toEqual(expect.any(String));
    }
  });

  it('errors reach the caller with a code and no stack trace', async () => {
    const invalid = await hub.query(`{ shelterCapacity { nope } }`);
    expect(invalid.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(invalid.text).not.toContain('stacktrace');
    expect(invalid.text).not.toMatch(/did you mean/i);
  });

  /**
   * A page that asks for `client { name }` must cost the clients subgraph one
   * query, whatever the page size: the gateway sends one `_entities` request and
   * the reference resolver batches it.
   */
  describe('cross-subgraph client references are batched', () => {
    const clientQueriesFor = async (query: string) => {
      const log = hub.stack.subgraphs.clients!.server.queries;
      log.reset();
      const response = await hub.query(query);
      expect(response.errors).toBeUndefined();
      return { response, count: log.count, sql: [...log.recent] };
    };

    it.each([
      ['referrals', 5],
      ['referrals', 20],
      ['handoffs', 5],
      ['handoffs', 15],
    ])('%s(first: %i) resolves its clients in one SQL query', async (list, first) => {
      const { response, count, sql } = await clientQueriesFor(`{ ${list}(first: ${first}) { edges { node { id client { name } } } } }`);
      const clients = response.data[list].edges.map((e: any) => e.node.client).filter(Boolean);
      expect(clients.length).toBeGreaterThan(1);
      expect(clients.every((c: any) => typeof c.name === 'string')).toBe(true);
      expect(count).toBe(1);
      expect(sql[0]).toMatch(/from "clients"\."client"/);
    });

    it('the owning subgraphs also answer a page in a fixed number of queries', async () => {
      const counts: number[] = [];
      for (const first of [5, 20]) {
        const log = hub.stack.subgraphs.handoffs!.server.queries;
        log.reset();
        await hub.query(`{ handoffs(first: ${first}) { edges { node { id partner { name } } } } }`);
        counts.push(log.count);
      }
      expect(counts[0]).toBe(counts[1]);
    });
  });
});
