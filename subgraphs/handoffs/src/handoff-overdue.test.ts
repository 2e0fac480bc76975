import { addCalendarDays, DEMO_CLIENTS, DEMO_PARTNERS, Priority } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import { Handoff } from './handoff.entity';
import { createHandoff, handoffInput, move, recordConsent } from './handoff-test-support';
import { AWAITING_RESPONSE, HandoffStatus } from './handoff.workflow';
import { handoffsSubgraph } from './subgraph';

const QUEUE = `query($partnerType: PartnerType, $partnerOrganisationId: UUID, $first: Int, $after: String) {
  overdueHandoffs(partnerType: $partnerType, partnerOrganisationId: $partnerOrganisationId, first: $first, after: $after) {
    totalCount
    edges { node { id status dueAt overdue partner { id partnerType } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const COUNTS = `query($partnerType: PartnerType) {
  overdueHandoffCounts(partnerType: $partnerType) { partnerOrganisation { id name } partnerType count oldestDueAt }
}`;

const partnerIndex = (id: string) => DEMO_PARTNERS.findIndex((p) => p.id === id);

describe('overdueHandoffs and overdueHandoffCounts: handoffs the partner has not answered by their due date', () => {
  let hub: TestSubgraphs;

  const queue = async (variables: Record<string, unknown> = {}, caller = testCallers.staff) => {
    const { data, errors } = await hub.query('handoffs', QUEUE, { first: 100, ...variables }, caller);
    expect(errors).toBeUndefined();
    return data.overdueHandoffs;
  };
  /** The queue as the rule says, from the table: past dueAt and still REQUESTED or RECEIVED, longest overdue first. */
  const expected = async (keep: (h: Handoff) => boolean = () => true) => {
    const rows = await hub.servers.handoffs!.orm.em.fork().find(Handoff, {}, { populate: ['partner'], orderBy: { dueAt: 'asc', id: 'asc' } });
    return rows.filter((h) => h.dueAt.getTime() < Date.now() && AWAITING_RESPONSE.includes(h.status) && keep(h));
  };

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, handoffsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it('lists every handoff past its due date that the partner has not accepted or rejected, longest overdue first, with the total', async () => {
    const all = await expected();
    expect(all.length).toBeGreaterThan(2);
    const page = await queue();
    expect(page.edges.map((e: any) => e.node.id)).toEqual(all.map((h) => h.id));
    expect(page.totalCount).toBe(all.length);
    expect(page.edges.every((e: any) => e.node.overdue && ['REQUESTED', 'RECEIVED'].includes(e.node.status))).toBe(true);
    // An accepted or in-progress handoff past its due date is not overdue: the partner has responded.
    const answered = await hub.servers
      .handoffs!.orm.em.fork()
      .find(Handoff, { dueAt: { $lt: new Date() }, status: { $in: [HandoffStatus.ACCEPTED, HandoffStatus.IN_PROGRESS, HandoffStatus.ON_HOLD] } });
    expect(answered.length).toBeGreaterThan(0);
    expect(page.edges.map((e: any) => e.node.id)).not.toContain(answered[0].id);
  });

  it('filters by partner type and by partner organisation', async () => {
    const ggz = await queue({ partnerType: 'GGZ' });
    expect(ggz.edges.map((e: any) => e.node.id)).toEqual((await expected((h) => h.partner.partnerType === 'GGZ')).map((h) => h.id));
    const [first] = await expected();
    const own = await queue({ partnerOrganisationId: first.partner.id });
    expect(own.edges.map((e: any) => e.node.id)).toEqual((await expected((h) => h.partner.id === first.partner.id)).map((h) => h.id));
    expect(own.totalCount).toBe(own.edges.length);
  });

  it('pages by cursor with the total on every page', async () => {
    const all = (await expected()).map((h) => h.id);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await queue({ first: 2, after });
      expect(page.totalCount).toBe(all.length);
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('counts per partner organisation: how many and the oldest due date, most first', async () => {
    const all = await expected();
    const { data, errors } = await hub.query('handoffs', COUNTS, {}, testCallers.staff);
    expect(errors).toBeUndefined();
    const byPartner = new Map<string, Handoff[]>();
    for (const h of all) byPartner.set(h.partner.id, [...(byPartner.get(h.partner.id) ?? []), h]);
    expect(data.overdueHandoffCounts).toHaveLength(byPartner.size);
    for (const row of data.overdueHandoffCounts) {
      const mine = byPartner.get(row.partnerOrganisation.id)!;
      expect(row).toEqual({
        partnerOrganisation: { id: mine[0].partner.id, name: mine[0].partner.name },
        partnerType: mine[0].partner.partnerType,
        count: mine.length,
        oldestDueAt: mine[0].dueAt.toISOString(),
      });
    }
    const counts = data.overdueHandoffCounts.map((row: any) => row.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const ggz = await hub.query('handoffs', COUNTS, { partnerType: 'GGZ' }, testCallers.staff);
    expect(ggz.data.overdueHandoffCounts.map((row: any) => row.partnerOrganisation.id).sort()).toEqual(
      [...new Set(all.filter((h) => h.partner.partnerType === 'GGZ').map((h) => h.partner.id))].sort(),
    );
  });

  it('a partner sees only its own organisation overdue handoffs, whatever it asks for; counts are for Kadera only', async () => {
    const [first] = await expected();
    const partner = testCallers.partner(partnerIndex(first.partner.id));
    const mine = (await expected((h) => h.partner.id === first.partner.id)).map((h) => h.id);
    const own = await queue({}, partner);
    expect(own.edges.map((e: any) => e.node.id)).toEqual(mine);
    expect(own.totalCount).toBe(mine.length);
    const other = (await expected((h) => h.partner.id !== first.partner.id))[0];
    const asked = await queue({ partnerOrganisationId: other.partner.id }, partner);
    expect(asked).toMatchObject({ totalCount: 0, edges: [] });
    const counts = await hub.query('handoffs', COUNTS, {}, partner);
    expect(counts.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const outsider of [testCallers.referrer(0), testCallers.auditor, testCallers.municipality('GM0193')]) {
      expect((await hub.query('handoffs', QUEUE, {}, outsider)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('a handoff leaves the queue and the counts when its partner accepts or rejects it; receiving it does not', async () => {
    const all = await expected();
    const requested = all.filter((h) => h.status === HandoffStatus.REQUESTED);
    expect(requested.length).toBeGreaterThanOrEqual(2);
    const [toAccept, toReject] = requested;
    const countOf = async (partnerId: string) => {
      const { data } = await hub.query('handoffs', COUNTS, {}, testCallers.staff);
      return data.overdueHandoffCounts.find((row: any) => row.partnerOrganisation.id === partnerId)?.count ?? 0;
    };
    const ids = async () => (await queue()).edges.map((e: any) => e.node.id);

    const accepting = testCallers.partner(partnerIndex(toAccept.partner.id));
    expect((await move(hub, accepting, toAccept.id, 'RECEIVED')).errors).toBeUndefined();
    expect(await ids()).toContain(toAccept.id);
    const before = await countOf(toAccept.partner.id);
    expect((await move(hub, accepting, toAccept.id, 'ACCEPTED')).errors).toBeUndefined();
    expect(await ids()).not.toContain(toAccept.id);
    expect(await countOf(toAccept.partner.id)).toBe(before - 1);

    const rejecting = testCallers.partner(partnerIndex(toReject.partner.id));
    expect((await move(hub, rejecting, toReject.id, 'REJECTED', { reason: 'No capacity' })).errors).toBeUndefined();
    expect(await ids()).not.toContain(toReject.id);
    expect((await queue()).totalCount).toBe(all.length - 2);
  });

  it('dates a new handoff by its priority: ROUTINE 7 days, URGENT the next day', async () => {
    const client = DEMO_CLIENTS[31].id;
    await recordConsent(hub, client, 0, ['IDENTITY', 'HEALTH_SCREENING']);
    for (const [priority, days] of [
      ['ROUTINE', 7],
      ['URGENT', 1],
    ] as const) {
      const { data, errors } = await createHandoff(hub, handoffInput(client, 0, { priority }));
      expect(errors).toBeUndefined();
      expect(data.createHandoff.dueAt).toBe(addCalendarDays(new Date(data.createHandoff.createdAt), days).toISOString());
    }
  });
});

describe('handoff due dates, as set', () => {
  let hub: TestSubgraphs;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, handoffsSubgraph], { contactDueDays: { URGENT: 2, ROUTINE: 10 } });
  });
  afterAll(() => hub?.stop());

  it('dates the demo handoffs by the settings too', async () => {
    const rows = await hub.servers.handoffs!.orm.em.fork().find(Handoff, {});
    for (const row of rows) expect(row.dueAt).toEqual(addCalendarDays(row.createdAt, row.priority === Priority.URGENT ? 2 : 10));
  });

  it('a new handoff is due after the days the settings give its priority; an explicit dueAt still wins', async () => {
    const client = DEMO_CLIENTS[31].id;
    await recordConsent(hub, client, 0, ['IDENTITY', 'HEALTH_SCREENING']);
    for (const [priority, days] of [
      ['URGENT', 2],
      ['ROUTINE', 10],
    ] as const) {
      const { data, errors } = await createHandoff(hub, handoffInput(client, 0, { priority }));
      expect(errors).toBeUndefined();
      expect(data.createHandoff.dueAt).toBe(addCalendarDays(new Date(data.createHandoff.createdAt), days).toISOString());
    }
    const dueAt = addCalendarDays(new Date(), 3).toISOString();
    const explicit = await createHandoff(hub, handoffInput(client, 0, { priority: 'URGENT', dueAt }));
    expect(explicit.data.createHandoff.dueAt).toBe(dueAt);
  });
});
