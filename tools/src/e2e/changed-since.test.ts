import { DEMO_PARTNERS } from '@hub/common';
import { testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

const POLL = `query($after: String, $updatedSince: DateTimeISO) {
  handoffs(first: 2, after: $after, updatedSince: $updatedSince) {
    edges { node { id status updatedAt partner { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ALL = `{ handoffs(first: 100) { edges { node { id status updatedAt partner { id } } } } }`;
const TRANSITION = `mutation($input: TransitionHandoffInput!) { transitionHandoff(input: $input) { id status } }`;
const OPEN = ['REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'];

interface Version {
  id: string;
  status: string;
  updatedAt: string;
  partner: { id: string };
}

/**
 * Issue 11 item 7 end to end: a GGZ partner polls `handoffs(updatedSince:)` through the gateway, one small page
 * at a time, while Kadera staff move its handoffs concurrently; every change reaches the partner exactly once.
 */
describe('changed-since reading through the gateway', () => {
  let hub: TestStack;

  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  it('a GGZ partner polling with updatedSince sees every concurrent change exactly once', async () => {
    const partner = testCallers.partnerOfType('GGZ');
    const own = partner.organisationId!;
    expect(DEMO_PARTNERS.some((p) => p.id === own)).toBe(true);
    const before = ((await hub.query(ALL)).data.handoffs.edges as { node: Version }[]).map((e) => e.node);
    const mine = before.filter((h) => h.partner.id === own);
    const toChange = mine.filter((h) => OPEN.includes(h.status));
    expect(toChange.length).toBeGreaterThan(0);

    const seen: Version[] = [];
    let cursor: string | null = null;
    const poll = async () => {
      const { data, errors } = await hub.as(partner).query(POLL, { after: cursor, updatedSince: '2000-01-01T00:00:00Z' });
      expect(errors).toBeUndefined();
      seen.push(...(data.handoffs.edges as { node: Version }[]).map((e) => e.node));
      if (data.handoffs.pageInfo.endCursor) cursor = data.handoffs.pageInfo.endCursor;
      return data.handoffs.edges.length as number;
    };

    // Staff cancel each open handoff and then mark it entered in error, all at once, while the partner polls.
    let writing = true;
    const move = async (handoffId: string, to: string, reason: string) => {
      const { errors } = await hub.query(TRANSITION, { input: { handoffId, to, reason } });
      expect(errors).toBeUndefined();
    };
    const writers = Promise.all(
      toChange.map(async (h) => {
        await move(h.id, 'CANCELLED', 'Client moved out of the region');
        await move(h.id, 'ENTERED_IN_ERROR', 'Recorded for the wrong client');
      }),
    ).finally(() => {
      writing = false;
    });
    const reader = (async () => {
      // Keep polling while staff write, then until a poll brings nothing new.
      while (writing || (await poll()) > 0) if (writing) await poll();
    })();
    await Promise.all([writers, reader]);

    const after = ((await hub.query(ALL)).data.handoffs.edges as { node: Version }[]).map((e) => e.node);
    const finalMine = after.filter((h) => h.partner.id === own);
    // Only its own handoffs, and no version of a handoff twice.
    expect(seen.every((h) => h.partner.id === own)).toBe(true);
    const versions = seen.map((h) => `${h.id}@${h.updatedAt}`);
    expect(new Set(versions).size).toBe(versions.length);
    // Every handoff at least once; the last version seen of each is its final state.
    const last = new Map(seen.map((h) => [h.id, h]));
    expect([...last.keys()].sort()).toEqual(finalMine.map((h) => h.id).sort());
    for (const h of finalMine) expect(last.get(h.id)).toEqual(h);
    for (const h of toChange) expect(last.get(h.id)!.status).toBe('ENTERED_IN_ERROR');
    // Changes arrive in the order they were made.
    const changedVersions = seen.filter((h) => h.status !== before.find((b) => b.id === h.id)!.status);
    const times = changedVersions.map((h) => new Date(h.updatedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // Nothing more once the writing is done.
    expect(await poll()).toBe(0);
  });
});
