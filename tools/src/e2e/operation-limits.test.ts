import { CALLER_HEADER, DEMO_CLIENTS, ROLE_LIMITS, ROLES, signCallerToken } from '@hub/common';
import { CALLERS_BY_ROLE, postGraphQL } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

const CALLERS = CALLERS_BY_ROLE;

/** The query that grew the hub past 4 GB: consents and their client, nested 15 deep. */
function nestedConsents(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i += 1) inner = `consents { client { ${inner} } }`;
  return `{ client(id: "${DEMO_CLIENTS[0].id}") { ${inner} } }`;
}

const limitsOf = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) =>
  (response.errors ?? []).flatMap((e) => (e.extensions?.code === 'QUERY_TOO_COMPLEX' ? e.extensions.limits : [])) as Array<{
    limit: string;
    measured: number;
    maximum: number;
  }>;

describe('operation limits', () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  /** SQL statements all subgraphs have sent since the last reset: a refused operation sends none. */
  const sqlSent = () => Object.values(hub.stack.subgraphs).reduce((sum, s) => sum + s.server.queries.count, 0);
  const resetSql = () => Object.values(hub.stack.subgraphs).forEach((s) => s.server.queries.reset());

  it.each(ROLES)('refuses the nested consents query for %s by its depth, before any subgraph is asked', async (role) => {
    resetSql();
    const response = await hub.as(CALLERS[role]).query(nestedConsents(15));
    expect(response.status).toBe(400);
    expect(limitsOf(response)).toContainEqual({ limit: 'depth', measured: 32, maximum: ROLE_LIMITS[role].operation.depth });
    expect(response.errors![0].message).toMatch(/depth 32 \(at most \d+\)/);
    expect(sqlSent()).toBe(0);
  });

  const aliasedPages = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `h${i}: handoffs(first: 100) { edges { node { id status } } }`).join(' ')} }`;

  it('refuses 200 aliased pages of handoffs for a partner: the document is longer than its role may send', async () => {
    resetSql();
    const response = await hub.as(CALLERS['partner:ggz']).query(aliasedPages(200));
    expect(response.status).toBe(400);
    expect(limitsOf(response)).toEqual([expect.objectContaining({ limit: 'tokens', maximum: ROLE_LIMITS['partner:ggz'].operation.tokens })]);
    expect(sqlSent()).toBe(0);
  });

  it('refuses 20 aliased pages of handoffs for a partner by its aliases and root fields', async () => {
    resetSql();
    const response = await hub.as(CALLERS['partner:ggz']).query(aliasedPages(20));
    expect(response.status).toBe(400);
    expect(limitsOf(response)).toEqual(
      expect.arrayContaining([
        { limit: 'aliases', measured: 20, maximum: ROLE_LIMITS['partner:ggz'].operation.aliases },
        { limit: 'rootFields', measured: 20, maximum: ROLE_LIMITS['partner:ggz'].operation.rootFields },
      ]),
    );
    expect(sqlSent()).toBe(0);
  });

  const aliasedAvailability = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `s${i}: serviceAvailability { region }`).join(' ')} }`;

  it('refuses 5,000 aliased serviceAvailability before reading it: the body is over the limit', async () => {
    const response = await hub.as(CALLERS.staff).query(aliasedAvailability(5000));
    expect(response.status).toBe(413);
    expect(response.errors![0].extensions!.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each(ROLES)('refuses 2,000 aliased serviceAvailability (within the body limit) for %s by its tokens, in the parser', async (role) => {
    const response = await hub.as(CALLERS[role]).query(aliasedAvailability(2000));
    expect(response.status).toBe(400);
    expect(limitsOf(response)).toEqual([expect.objectContaining({ limit: 'tokens' })]);
  });

  it('refuses a 4,000-level nesting with the token limit named, not a planner crash', async () => {
    const query = `{ ${'serviceAvailability { '.repeat(4000)}region${' }'.repeat(4000)} }`;
    const response = await hub.as(CALLERS.staff).query(query);
    expect(response.status).toBe(400);
    expect(response.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(limitsOf(response)[0].limit).toBe('tokens');
  });

  it('refuses a partner token of more tokens than its role allows, below the parser ceiling', async () => {
    const maximum = ROLE_LIMITS['partner:ggz'].operation.tokens;
    const fields = Array.from({ length: maximum }, () => 'region').join(' ');
    const response = await hub.as(CALLERS['partner:ggz']).query(`{ serviceAvailability { ${fields} } }`);
    expect(response.status).toBe(400);
    // `{ serviceAvailability {` and `} }`: five tokens besides the fields.
    expect(limitsOf(response)).toEqual([{ limit: 'tokens', measured: maximum + 5, maximum }]);
    // The same document is within a staff member's token limit (graphql-js's own validation budget may still refuse it).
    expect(limitsOf(await hub.as(CALLERS.staff).query(`{ serviceAvailability { ${fields} } }`))).toEqual([]);
  });

  it("counts a page by its size: one full page of a partner's handoffs passes, five do not", async () => {
    const page = (alias: string) => `${alias}: handoffs(first: 100) { edges { node { status purpose history { from to changedAt reason } client { name } } } }`;
    const ggz = hub.as(CALLERS['partner:ggz']);
    const one = await ggz.query(`{ ${page('a')} }`);
    expect(one.errors).toBeUndefined();
    expect(one.status).toBe(200);
    resetSql();
    const five = await ggz.query(`{ ${['a', 'b', 'c', 'd', 'e'].map(page).join(' ')} }`);
    expect(five.status).toBe(400);
    const [cost] = limitsOf(five);
    expect(cost.limit).toBe('cost');
    expect(cost.measured).toBeGreaterThan(ROLE_LIMITS['partner:ggz'].operation.cost);
    expect(sqlSent()).toBe(0);
  });

  it('takes the page size from variables too', async () => {
    const query = `query ($n: Int) { a: handoffs(first: $n) { edges { node { history { from to changedAt reason side } } } } b: handoffs(first: $n) { edges { node { history { from to changedAt reason side } } } } }`;
    const ggz = hub.as(CALLERS['partner:ggz']);
    expect((await ggz.query(query, { n: 5 })).status).toBe(200);
    const big = await ggz.query(query, { n: 100 });
    expect(big.status).toBe(400);
    expect(limitsOf(big)[0].limit).toBe('cost');
  });

  it('caps list arguments', async () => {
    const statuses = Array(ROLE_LIMITS['partner:ggz'].operation.listArgumentItems + 1).fill('REQUESTED');
    const response = await hub
      .as(CALLERS['partner:ggz'])
      .query(`query ($s: [HandoffStatus!]) { handoffs(status: $s) { edges { node { id } } } }`, { s: statuses });
    expect(response.status).toBe(400);
    expect(limitsOf(response)).toEqual([{ limit: 'listArgumentItems', measured: statuses.length, maximum: statuses.length - 1 }]);
  });

  it('lets a staff member read a full page of referrals with their clients', async () => {
    const response = await hub.query(
      `{ referrals(first: 100) { edges { node { id status history { from to changedAt } client { name riskLevel consents { categories active } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
  });

  it('is enforced again by a subgraph called with a valid gateway signature', async () => {
    const url = hub.stack.subgraphs.referrals!.url;
    const caller = CALLERS.referrer;
    const query = `{ ${Array.from({ length: 20 }, (_, i) => `s${i}: serviceAvailability { region }`).join(' ')} }`;
    const token = signCallerToken(caller, { audience: 'referrals', body: JSON.stringify({ query }) }, hub.stack.internalKeys.gateway!);
    const response = await postGraphQL(url, query, undefined, { [CALLER_HEADER]: token });
    expect(response.status).toBe(400);
    expect(limitsOf(response)).toContainEqual({ limit: 'aliases', measured: 20, maximum: ROLE_LIMITS.referrer.operation.aliases });
  });
});
