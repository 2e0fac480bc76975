import { createTestDatabase, type TestDatabase } from '@hub/testing';
import { startTestStack } from '../testing/test-stack';

/** A second start over the same database migrates nothing and seeds nothing. */
describe('demo data is loaded once', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  const counts = async (hub: Awaited<ReturnType<typeof startTestStack>>) => {
    const result: Record<string, number> = {};
    for (const [name, table] of [
      ['clients', 'clients.client'],
      ['placements', 'placements.stay'],
      ['referrals', 'referrals.referral'],
      ['handoffs', 'handoffs.handoff'],
    ] as const) {
      const rows = await hub.stack.subgraphs[name]!.server.orm.em
        .getConnection()
        .execute<Array<{ count: string }>>(`select count(*) as count from ${table}`);
      result[name] = Number(rows[0].count);
    }
    return result;
  };

  it('keeps the same rows across restarts', async () => {
    const first = await startTestStack({}, database.url);
    const before = await counts(first);
    await first.stop();
    expect(Object.values(before).every((n) => n > 0)).toBe(true);

    const second = await startTestStack({}, database.url);
    try {
      expect(await counts(second)).toEqual(before);
    } finally {
      await second.stop();
    }
  });
});
