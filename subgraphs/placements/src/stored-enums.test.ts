import { createLogger, createOrm, type SubgraphOrm } from '@hub/common';
import { createTestDatabase, declaredEnumColumns, storedEnumColumns, type TestDatabase, writeInOlderTables } from '@hub/testing';
import { seedPlacements } from './seed';
import { placementsSubgraph } from './subgraph';
import { WaitlistStatus } from './waitlist.workflow';

/** The migration before the waitlist status became text: entries are written in the old shape, then migrated. */
const LAST_NATIVE_STATUS = 'Migration20261128105954';

describe('placements: the waitlist status is text with a check made from WaitlistStatus', () => {
  let database: TestDatabase;
  let subject: SubgraphOrm;
  const sql = <T = any>(query: string, params: unknown[] = []) => subject.orm.em.getConnection().execute<T[]>(query, params);

  beforeAll(async () => {
    database = await createTestDatabase();
    subject = await createOrm(placementsSubgraph.orm, database.url, createLogger('silent'));
  });
  afterAll(async () => {
    await subject?.orm.close(true);
    await database?.drop();
  });

  const entries = () => sql(`select id, client_id, status from placements.waitlist_entry order by id`);
  /** `queued`: the entry has its queue time (a column since the waitlist offers). */
  const insert = (client: string, unit: string, status?: string, queued = false) =>
    sql(
      `insert into placements.waitlist_entry (id, client_id, unit_id, requested_at, requested_by_user_id, municipality_code${status ? ', status' : ''}${queued ? ', queued_at' : ''})
       values (gen_random_uuid(), ?, ?, now(), 'test', 'GM0193'${status ? ', ?' : ''}${queued ? ', now()' : ''})`,
      status ? [client, unit, status] : [client, unit],
    );

  it('the migration keeps every entry, the default and the one-waiting-entry rule, and drops the native type', async () => {
    await subject.orm.getMigrator().up({ to: LAST_NATIVE_STATUS });
    await writeInOlderTables(subject.orm, 'placements', () => subject.orm.em.fork().transactional((em) => seedPlacements(em)));
    const [{ id: unit }] = await sql(`select id from placements.placement_unit order by id limit 1`);
    await insert('00000000-0000-4000-8000-000000000001', unit);
    await insert('00000000-0000-4000-8000-000000000002', unit, 'ADMITTED');
    await insert('00000000-0000-4000-8000-000000000003', unit, 'WITHDRAWN');
    const before = await entries();
    expect(before.map((row: any) => row.status).sort()).toEqual(['ADMITTED', 'WAITING', 'WITHDRAWN']);
    await subject.orm.getMigrator().up();
    expect(await entries()).toEqual(before);
    expect(await sql(`select typname from pg_type where typnamespace = 'placements'::regnamespace and typname = 'waitlist_status'`)).toEqual([]);
    // Still WAITING by default, and still one WAITING entry per client and unit.
    // Every entry's queue time is its request time.
    expect(await sql(`select count(*)::int as n from placements.waitlist_entry where queued_at is distinct from requested_at`)).toEqual([{ n: 0 }]);
    await insert('00000000-0000-4000-8000-000000000004', unit, undefined, true);
    await expect(insert('00000000-0000-4000-8000-000000000004', unit, undefined, true)).rejects.toMatchObject({ code: '23505' });
    await insert('00000000-0000-4000-8000-000000000004', unit, 'WITHDRAWN', true);
    await expect(insert('00000000-0000-4000-8000-000000000005', unit, 'PAUSED', true)).rejects.toMatchObject({ code: '23514' });
    // One place in a unit's queue covers an open offer too; an offer needs its times.
    await expect(
      sql(
        `insert into placements.waitlist_entry (id, client_id, unit_id, requested_at, queued_at, requested_by_user_id, municipality_code, status, offered_at, offer_expires_at)
         values (gen_random_uuid(), ?, ?, now(), now(), 'test', 'GM0193', 'OFFERED', now(), now() + interval '1 day')`,
        ['00000000-0000-4000-8000-000000000004', unit],
      ),
    ).rejects.toMatchObject({ code: '23505' });
    await expect(insert('00000000-0000-4000-8000-000000000006', unit, 'OFFERED', true)).rejects.toMatchObject({ code: '23514' });
  });

  it("its check allows exactly WaitlistStatus's values", async () => {
    const declared = declaredEnumColumns(subject.orm).filter((column) => column.column === 'waitlist_entry.status');
    expect(declared).toEqual([{ column: 'waitlist_entry.status', type: 'text', values: Object.values(WaitlistStatus).sort() }]);
    expect(await storedEnumColumns(subject.orm, 'placements', declared)).toEqual(declared);
  });
});
