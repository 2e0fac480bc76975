import { startTestStack, type TestStack } from '../testing/test-stack';

/**
 * A page that asks for `client { name }` must cost the clients subgraph one
 * query, whatever the page size: the gateway sends one `_entities` request and
 * the reference resolver batches it.
 */
describe('cross-subgraph client references are batched', () => {
  let hub: TestStack;

  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(async () => {
    await hub?.drop();
  });

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
    const { response, count, sql } = await clientQueriesFor(
      `{ ${list}(first: ${first}) { edges { node { id client { name } } } } }`,
    );
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
