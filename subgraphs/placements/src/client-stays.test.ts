import { randomUUID } from 'node:crypto';
import { clientsSubgraph } from '@hub/testing/peers';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { placementsSubgraph } from './subgraph';
import { admit, codeOf, daysAgo, DISCHARGE, newClient, occupancy, sql } from './placement-test-support';

const STAYS = `query ($clientId: UUID, $active: Boolean, $first: Int, $after: String) {
  stays(clientId: $clientId, active: $active, first: $first, after: $after) {
    edges { node { id admittedOn dischargedOn client { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** `stays(clientId:)`: one client's stays, for her file in the console. */
describe('placements: a client’s stays', () => {
  let hub: TestSubgraphs;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, placementsSubgraph]);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  const stays = async (variables: Record<string, unknown>) => {
    const response = await hub.query('placements', STAYS, variables, testCallers.staff);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data.stays;
  };

  async function admitted(clientId: string, locationId: string, type: string, admittedOn: string) {
    const response = await admit(hub, { clientId, municipalityCode: 'GM0193', placementType: type, locationId, admittedOn });
    expect(response.data.admitClient.outcome).toBe('ADMITTED');
    return response.data.admitClient.stay.id as string;
  }

  it('filters by client, pages in admission order, and combines with active', async () => {
    const unit = (await occupancy(hub)).find((row) => row.available >= 2);
    if (!unit) throw new Error('no unit with two free places');
    const [her, other] = [await newClient(hub), await newClient(hub)];
    const at = (clientId: string, days: number) => admitted(clientId, unit.location.id, unit.type, daysAgo(days));
    const first = await at(her, 40);
    await hub.query('placements', DISCHARGE, { input: { stayId: first, dischargedOn: daysAgo(30) } }, testCallers.staff);
    const second = await at(her, 20);
    await hub.query('placements', DISCHARGE, { input: { stayId: second, dischargedOn: daysAgo(10) } }, testCallers.staff);
    const current = await at(her, 5);
    await at(other, 3);

    const expected = (await sql<{ id: string }>(hub, 'select id from placements.stay where client_id = ? order by admitted_on desc, id desc', [her])).map(
      (row) => row.id,
    );
    expect(expected).toEqual([current, second, first]);

    const all = await stays({ clientId: her, first: 100 });
    expect(all.edges.map((e: any) => e.node.id)).toEqual(expected);
    expect(all.edges.every((e: any) => e.node.client.id === her)).toBe(true);
    expect(all.pageInfo.hasNextPage).toBe(false);

    const page1 = await stays({ clientId: her, first: 2 });
    expect(page1.edges.map((e: any) => e.node.id)).toEqual(expected.slice(0, 2));
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await stays({ clientId: her, first: 2, after: page1.pageInfo.endCursor });
    expect(page2.edges.map((e: any) => e.node.id)).toEqual(expected.slice(2));
    expect(page2.pageInfo.hasNextPage).toBe(false);

    expect((await stays({ clientId: her, active: true })).edges.map((e: any) => e.node)).toEqual([
      { id: current, admittedOn: daysAgo(5), dischargedOn: null, client: { id: her } },
    ]);
    expect((await stays({ clientId: her, active: false, first: 100 })).edges.map((e: any) => e.node.id)).toEqual([second, first]);

    // Without the filter the list is still everyone's.
    const everyone = await sql<{ n: number }>(hub, 'select count(*)::int as n from placements.stay');
    expect((await stays({ first: 100 })).edges).toHaveLength(Math.min(everyone[0].n, 100));
  });

  it('an unknown client gives an empty page; a malformed id is BAD_USER_INPUT', async () => {
    expect(await stays({ clientId: randomUUID() })).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(codeOf(await hub.query('placements', STAYS, { clientId: 'nope' }, testCallers.staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hub.query('placements', '{ stays(clientId: "nope") { edges { node { id } } } }', {}, testCallers.staff))).toBe('BAD_USER_INPUT');
  });

  it('the field keeps its access rules: a partner may not list a client’s stays', async () => {
    const response = await hub.query('placements', STAYS, { clientId: randomUUID() }, testCallers.partner(0));
    expect(codeOf(response)).toBe('FORBIDDEN');
  });
});
