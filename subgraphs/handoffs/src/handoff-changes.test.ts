import { DEMO_PARTNERS } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import type { Caller } from '@hub/common';
import { Handoff } from './handoff.entity';
import { HandoffStatus } from './handoff.workflow';
import { move } from './handoff-test-support';
import { handoffsSubgraph } from './subgraph';

const CHANGES = `query($first: Int, $after: String, $updatedSince: DateTimeISO, $status: [HandoffStatus!]) {
  handoffs(first: $first, after: $after, updatedSince: $updatedSince, status: $status) {
    edges { cursor node { id status updatedAt partner { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Seen {
  id: string;
  status: HandoffStatus;
  updatedAt: string;
  partner: { id: string };
}

describe('handoffs(updatedSince:): changed-since reading', () => {
  let hub: TestSubgraphs;
  const EPOCH = '2000-01-01T00:00:00.000Z';

  /** One page as `caller`; fails the test on any error. */
  const page = async (caller: Caller, variables: Record<string, unknown>) => {
    const { data, errors } = await hub.query('handoffs', CHANGES, variables, caller);
    expect(errors).toBeUndefined();
    return data.handoffs as { edges: { cursor: string; node: Seen }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  };

  /** Follows the cursor to the end, from `after`; returns every node in order and the last cursor. */
  const drain = async (caller: Caller, after: string | null, first = 4) => {
    const seen: Seen[] = [];
    let cursor = after;
    for (;;) {
      const result = await page(caller, { first, after: cursor, updatedSince: EPOCH });
      seen.push(...result.edges.map((edge) => edge.node));
      if (result.pageInfo.endCursor) cursor = result.pageInfo.endCursor;
      if (!result.pageInfo.hasNextPage) return { seen, cursor };
    }
  };

  /** The change numbers of the given handoffs, read from the database. */
  const changeNumbers = async (ids: string[]) => {
    const rows = await hub.servers.handoffs!.orm.em.fork().find(Handoff, { id: { $in: ids } });
    return new Map(rows.map((row) => [row.id, BigInt(row.changeSeq!)]));
  };

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, handoffsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it('lists every handoff once, in change order, through a stable cursor', async () => {
    const total = await hub.servers.handoffs!.orm.em.fork().count(Handoff, {});
    const { seen } = await drain(testCallers.staff, null, 3);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((h) => h.id)).size).toBe(total);
    const numbers = await changeNumbers(seen.map((h) => h.id));
    const inOrder = seen.map((h) => numbers.get(h.id)!);
    expect(inOrder).toEqual([...inOrder].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // The same cursor gives the same next page.
    const first = await page(testCallers.staff, { first: 2, updatedSince: EPOCH });
    const again = await page(testCallers.staff, { first: 2, after: first.pageInfo.endCursor, updatedSince: EPOCH });
    const repeat = await page(testCallers.staff, { first: 2, after: first.pageInfo.endCursor, updatedSince: EPOCH });
    expect(repeat.edges.map((e) => e.node.id)).toEqual(again.edges.map((e) => e.node.id));
  });

  it('shows a change made during paging exactly once, later; unchanged handoffs once in all', async () => {
    const total = await hub.servers.handoffs!.orm.em.fork().count(Handoff, {});
    const firstPage = await page(testCallers.staff, { first: 5, updatedSince: EPOCH });
    const changed = firstPage.edges.map((e) => e.node).find((h) => h.status === HandoffStatus.REQUESTED);
    expect(changed).toBeDefined();
    const partnerIndex = DEMO_PARTNERS.findIndex((p) => p.id === changed!.partner.id);
    const { errors } = await move(hub, testCallers.partner(partnerIndex), changed!.id, HandoffStatus.RECEIVED);
    expect(errors).toBeUndefined();

    const { seen: rest } = await drain(testCallers.staff, firstPage.pageInfo.endCursor);
    const all = [...firstPage.edges.map((e) => e.node), ...rest];
    // The changed handoff: once before the change (on the first page), once after it with its new state.
    expect(rest.filter((h) => h.id === changed!.id)).toEqual([expect.objectContaining({ status: HandoffStatus.RECEIVED })]);
    expect(rest[rest.length - 1].id).toBe(changed!.id);
    expect(new Date(rest[rest.length - 1].updatedAt).getTime()).toBeGreaterThan(new Date(changed!.updatedAt).getTime());
    // Every other handoff exactly once.
    const others = all.filter((h) => h.id !== changed!.id).map((h) => h.id);
    expect(new Set(others).size).toBe(others.length);
    expect(others).toHaveLength(total - 1);
  });

  it('polls from the last cursor: nothing when nothing changed, then just the changed handoff', async () => {
    const { cursor } = await drain(testCallers.staff, null, 50);
    expect((await drain(testCallers.staff, cursor)).seen).toEqual([]);
    const open = await hub.servers.handoffs!.orm.em.fork().findOneOrFail(Handoff, { status: HandoffStatus.REQUESTED });
    const { errors } = await move(hub, testCallers.staff, open.id, HandoffStatus.CANCELLED, { reason: 'Client moved away' });
    expect(errors).toBeUndefined();
    const { seen } = await drain(testCallers.staff, cursor);
    expect(seen.map((h) => [h.id, h.status])).toEqual([[open.id, HandoffStatus.CANCELLED]]);
  });

  it('updatedSince keeps only handoffs changed at or after that time', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const open = await hub.servers.handoffs!.orm.em.fork().findOneOrFail(Handoff, { status: HandoffStatus.REQUESTED });
    await move(hub, testCallers.staff, open.id, HandoffStatus.CANCELLED, { reason: 'Duplicate request' });
    const result = await page(testCallers.staff, { first: 100, updatedSince: since });
    expect(result.edges.map((e) => e.node.id)).toContain(open.id);
    for (const { node } of result.edges) expect(new Date(node.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(since).getTime());
    // Other filters still apply.
    const cancelled = await page(testCallers.staff, { first: 100, updatedSince: since, status: [HandoffStatus.REQUESTED] });
    expect(cancelled.edges.map((e) => e.node.id)).not.toContain(open.id);
  });

  it('a partner sees only handoffs addressed to its own organisation', async () => {
    const index = DEMO_PARTNERS.findIndex((p) => p.partnerType === 'GGZ');
    const own = await hub.servers.handoffs!.orm.em.fork().count(Handoff, { partner: DEMO_PARTNERS[index].id });
    expect(own).toBeGreaterThan(0);
    const { seen } = await drain(testCallers.partner(index), null, 2);
    expect(seen).toHaveLength(own);
    for (const handoff of seen) expect(handoff.partner.id).toBe(DEMO_PARTNERS[index].id);
  });

  it('refuses a cursor of the other ordering with BAD_USER_INPUT', async () => {
    const newest = await hub.query('handoffs', CHANGES, { first: 1 }, testCallers.staff);
    const { errors } = await hub.query(
      'handoffs',
      CHANGES,
      { first: 1, after: newest.data.handoffs.pageInfo.endCursor, updatedSince: EPOCH },
      testCallers.staff,
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const changes = await page(testCallers.staff, { first: 1, updatedSince: EPOCH });
    const back = await hub.query('handoffs', CHANGES, { first: 1, after: changes.pageInfo.endCursor }, testCallers.staff);
    expect(back.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a new note brings its handoff back in the next poll of the partner it is addressed to', async () => {
    const partner = testCallers.partner(0);
    const { seen, cursor } = await drain(partner, null);
    const handoff = seen[0];
    expect((await drain(partner, cursor)).seen).toEqual([]);
    const note = await hub.query(
      'handoffs',
      `mutation($input: AddHandoffNoteInput!) { addHandoffNote(input: $input) { id } }`,
      { input: { handoffId: handoff.id, text: 'Intake planned for Tuesday.' } },
      testCallers.staff,
    );
    expect(note.errors).toBeUndefined();
    expect((await drain(partner, cursor)).seen.map((node) => node.id)).toEqual([handoff.id]);
  });
});

describe('handoff change numbers are drawn in commit order', () => {
  let hub: TestSubgraphs;
  const EPOCH = '2000-01-01T00:00:00.000Z';
  const IDS = `query($after: String, $updatedSince: DateTimeISO) {
    handoffs(first: 100, after: $after, updatedSince: $updatedSince) { edges { node { id purpose } } pageInfo { endCursor } }
  }`;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, handoffsSubgraph]);
  });
  afterAll(() => hub?.stop());

  const read = async (after: string | null) => {
    const { data, errors } = await hub.query('handoffs', IDS, { after, updatedSince: EPOCH }, testCallers.staff);
    expect(errors).toBeUndefined();
    return data.handoffs as { edges: { node: { id: string; purpose: string } }[]; pageInfo: { endCursor: string | null } };
  };

  it('a plain SQL update counts as a change too, and a later writer waits for an earlier one to commit', async () => {
    const { pageInfo } = await read(null);
    const [first, second] = await hub.servers.handoffs!.orm.em.fork().find(Handoff, {}, { limit: 2, orderBy: { id: 'asc' } });
    const update = `update handoffs.handoff set purpose = purpose || ' (checked)' where id = ?`;

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let firstDone = false;
    let secondDone = false;
    // The first transaction changes a handoff and stays open; the second changes another one meanwhile.
    const slow = hub.servers
      .handoffs!.orm.em.fork()
      .transactional(async (em) => {
        await em.execute(update, [first.id]);
        await held;
      })
      .then(() => (firstDone = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const fast = hub.servers
      .handoffs!.orm.em.fork()
      .execute(update, [second.id])
      .then(() => (secondDone = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The second writer cannot draw its number while the first is open, so a reader sees neither yet.
    expect([firstDone, secondDone]).toEqual([false, false]);
    expect((await read(pageInfo.endCursor)).edges).toEqual([]);

    release();
    await Promise.all([slow, fast]);
    const changes = await read(pageInfo.endCursor);
    expect(changes.edges.map((e) => e.node.id)).toEqual([first.id, second.id]);
    for (const { node } of changes.edges) expect(node.purpose).toMatch(/\(checked\)$/);
  });
});
