import { CLOSED_STATUSES, DEMO_CLIENTS, DEMO_PARTNERS } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import { Handoff } from './handoff.entity';
import { AWAITING_RESPONSE, HandoffStatus } from './handoff.workflow';
import { handoffsSubgraph } from './subgraph';

const LIST = `query($first: Int, $after: String, $status: [HandoffStatus!], $partnerType: PartnerType, $partnerOrganisationId: UUID, $overdue: Boolean, $clientId: UUID) {
  handoffs(first: $first, after: $after, status: $status, partnerType: $partnerType, partnerOrganisationId: $partnerOrganisationId, overdue: $overdue, clientId: $clientId) {
    edges { node { id status overdue } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('handoffs list and its filters', () => {
  let hub: TestSubgraphs;
  let all: Handoff[];

  const ids = async (variables: Record<string, unknown>) => {
    const { data, errors } = await hub.query('handoffs', LIST, { first: 100, ...variables }, testCallers.staff);
    expect(errors).toBeUndefined();
    return data.handoffs.edges.map((e: any) => e.node.id).sort();
  };
  const expected = (keep: (h: Handoff) => boolean) =>
    all
      .filter(keep)
      .map((h) => h.id)
      .sort();
  // Overdue ends when the partner responds: past dueAt only while it has not accepted or rejected.
  const isOverdue = (h: Handoff) => h.dueAt.getTime() < Date.now() && AWAITING_RESPONSE.includes(h.status);

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, handoffsSubgraph]);
    all = await hub.servers.handoffs!.orm.em.fork().find(Handoff, {}, { populate: ['partner'] });
  });
  afterAll(() => hub?.stop());

  it('without filters lists every handoff, newest first', async () => {
    expect(await ids({})).toEqual(expected(() => true));
  });

  it.each([HandoffStatus.REQUESTED, HandoffStatus.IN_PROGRESS, HandoffStatus.COMPLETED])('filters by status %s', async (status) => {
    const found = await ids({ status });
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(expected((h) => h.status === status));
  });

  it('filters by several statuses at once', async () => {
    expect(await ids({ status: ['ACCEPTED', 'ON_HOLD'] })).toEqual(expected((h) => ['ACCEPTED', 'ON_HOLD'].includes(h.status)));
  });

  it.each(['GGZ', 'HOUSING', 'CASA'])('filters by partner type %s', async (partnerType) => {
    const found = await ids({ partnerType });
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(expected((h) => h.partner.partnerType === partnerType));
  });

  it('filters by partner organisation', async () => {
    const partnerOrganisationId = DEMO_PARTNERS[4].id;
    const found = await ids({ partnerOrganisationId });
    expect(found).toHaveLength(2);
    expect(found).toEqual(expected((h) => h.partner.id === partnerOrganisationId));
  });

  it('filters by overdue, both ways', async () => {
    const overdue = await ids({ overdue: true });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue).toEqual(expected(isOverdue));
    expect(await ids({ overdue: false })).toEqual(expected((h) => !isOverdue(h)));
  });

  it('filters by client', async () => {
    const clientId = DEMO_CLIENTS[3].id;
    const found = await ids({ clientId });
    expect(found).toHaveLength(2);
    expect(found).toEqual(expected((h) => h.clientId === clientId));
  });

  it('combines filters', async () => {
    const found = await ids({ partnerType: 'GGZ', overdue: true });
    expect(found).toEqual(expected((h) => h.partner.partnerType === 'GGZ' && isOverdue(h)));
    expect(await ids({ status: 'COMPLETED', overdue: true })).toEqual([]);
  });

  it('pages through a filtered list with the cursor', async () => {
    const want = expected((h) => !CLOSED_STATUSES.has(h.status));
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { data } = await hub.query(
        'handoffs',
        LIST,
        { first: 3, after, status: ['REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'] },
        testCallers.staff,
      );
      seen.push(...data.handoffs.edges.map((e: any) => e.node.id));
      if (!data.handoffs.pageInfo.hasNextPage) break;
      after = data.handoffs.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(want);
  });

  it.each([
    ['clientId', { clientId: 'x' }],
    ['partnerOrganisationId', { partnerOrganisationId: 'x' }],
    ['status', { status: [] }],
    ['first', { first: 101 }],
    ['after', { after: 'garbage' }],
  ])('a bad %s argument is BAD_USER_INPUT', async (argument, variables) => {
    const { errors } = await hub.query('handoffs', LIST, { first: 10, ...variables }, testCallers.staff);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('a page costs the same number of SQL statements for 5 and for 20 handoffs, history and partner included', async () => {
    const counts: number[] = [];
    for (const first of [5, 20]) {
      hub.servers.handoffs!.queries.reset();
      const { data, errors } = await hub.query(
        'handoffs',
        `{ handoffs(first: ${first}) { edges { node { id overdue partner { name } client { id } outcome { successful } history { from to reason } } } } }`,
        {},
        testCallers.staff,
      );
      expect(errors).toBeUndefined();
      expect(data.handoffs.edges.length).toBe(Math.min(first, all.length));
      counts.push(hub.servers.handoffs!.queries.count);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(2);
  });

  it('joins the partner organisation only when the page asks for it (alias and fragment included): one statement either way', async () => {
    const page = async (selection: string, fragments = '') => {
      hub.servers.handoffs!.queries.reset();
      const { data, errors } = await hub.query(
        'handoffs',
        `{ handoffs(first: 20) { edges { node { id ${selection} } } } } ${fragments}`,
        {},
        testCallers.staff,
      );
      expect(errors).toBeUndefined();
      expect(hub.servers.handoffs!.queries.count).toBe(1);
      return { nodes: data.handoffs.edges.map((e: any) => e.node), sql: hub.servers.handoffs!.queries.recent[0] };
    };
    const partnerName = new Map(all.map((h) => [h.id, h.partner.name]));
    const bare = await page('');
    expect(bare.sql).not.toMatch(/partner_organisation/);
    for (const [selection, fragments, read] of [
      ['partner { name }', '', (node: any) => node.partner.name],
      ['p: partner { name }', '', (node: any) => node.p.name],
      ['...withPartner', 'fragment withPartner on Handoff { partner { name } }', (node: any) => node.partner.name],
    ] as const) {
      const joined = await page(selection, fragments);
      expect(joined.sql).toMatch(/join "handoffs"."partner_organisation"/);
      expect(joined.nodes.length).toBe(Math.min(20, all.length));
      for (const node of joined.nodes) expect(read(node)).toBe(partnerName.get(node.id));
    }
  });
});
