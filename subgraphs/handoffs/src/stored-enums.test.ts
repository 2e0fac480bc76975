import { createLogger, createOrm, PartnerType, REASON_REQUIRED, type SubgraphOrm } from '@hub/common';
import { createTestDatabase, declaredEnumColumns, storedEnumColumns, type TestDatabase, writeInOlderTables } from '@hub/testing';
import { HandoffStatus, OUTCOME_REQUIRED } from './handoff.workflow';
import { seedHandoffs } from './seed';
import { handoffsSubgraph } from './subgraph';

/** The migration before enums became text: the demo data is written in the old shape, then migrated. */
const LAST_NATIVE_ENUMS = 'Migration20261128105929';

describe('handoffs: enum columns are text with a check made from the enum', () => {
  let database: TestDatabase;
  let subject: SubgraphOrm;
  const sql = <T = any>(query: string, params: unknown[] = []) => subject.orm.em.getConnection().execute<T[]>(query, params);
  const constraint = async (name: string) =>
    (
      await sql<{ definition: string }>(
        `select pg_get_constraintdef(oid) as definition from pg_constraint where conname = ? and connamespace = 'handoffs'::regnamespace`,
        [name],
      )
    )[0].definition;

  beforeAll(async () => {
    database = await createTestDatabase();
    subject = await createOrm(handoffsSubgraph.orm, database.url, createLogger('silent'));
  });
  afterAll(async () => {
    await subject?.orm.close(true);
    await database?.drop();
  });

  const rows = async () => ({
    handoffs: await sql(`select id, status, priority, outcome_reason, status_reason from handoffs.handoff order by id`),
    history: await sql(`select id, "from", "to", side from handoffs.handoff_status_change order by id`),
    partners: await sql(`select id, partner_type from handoffs.partner_organisation order by id`),
  });

  it('the migration keeps every stored value and drops the native types', async () => {
    const migrator = subject.orm.getMigrator();
    await migrator.up({ to: LAST_NATIVE_ENUMS });
    // The demo world may hold partner types added after this migration: the old enum type takes them for the
    // seed, then their rows go again, so the data is what a database of that time could hold and adding a
    // partner type never needs this test edited.
    const known = (await sql<{ label: string }>(`select enumlabel as label from pg_enum where enumtypid = 'handoffs.partner_type'::regtype`)).map(
      (row) => row.label,
    );
    const later = Object.values(PartnerType).filter((type) => !known.includes(type));
    for (const type of later) await sql(`alter type handoffs.partner_type add value '${type}'`);
    await writeInOlderTables(subject.orm, 'handoffs', async () => {
      expect(await subject.orm.em.fork().transactional((em) => seedHandoffs(em))).toBe(true);
    });
    if (later.length > 0) {
      const ofLater = `select id from handoffs.partner_organisation where partner_type::text in (${later.map(() => '?').join(', ')})`;
      await sql(`delete from handoffs.handoff_status_change where handoff_id in (select id from handoffs.handoff where partner_id in (${ofLater}))`, later);
      await sql(`delete from handoffs.handoff where partner_id in (${ofLater})`, later);
      await sql(`delete from handoffs.partner_organisation where id in (${ofLater})`, later);
    }
    const before = await rows();
    expect(before.handoffs).toHaveLength(18);
    expect(new Set(before.history.map((row: any) => row.side))).toEqual(new Set(['KADERA', 'PARTNER']));
    await migrator.up();
    expect(await rows()).toEqual(before);
    expect(await sql(`select typname from pg_type where typnamespace = 'handoffs'::regnamespace and typtype = 'e'`)).toEqual([]);
    const [status] = await sql(
      `select column_default from information_schema.columns where table_schema = 'handoffs' and table_name = 'handoff' and column_name = 'status'`,
    );
    expect(status.column_default).toBe(`'REQUESTED'::text`);
  });

  it("every enum column is text and its check allows exactly the enum's values", async () => {
    const declared = declaredEnumColumns(subject.orm);
    expect(declared.map((column) => column.column)).toEqual([
      'handoff.outcome_reason',
      'handoff.priority',
      'handoff.status',
      'handoff_note.author_side',
      'handoff_status_change.from',
      'handoff_status_change.side',
      'handoff_status_change.to',
      'partner_organisation.partner_type',
    ]);
    expect(declared.find((column) => column.column === 'handoff.status')!.values).toEqual(Object.values(HandoffStatus).sort());
    expect(declared.find((column) => column.column === 'handoff_status_change.side')!.values).toEqual(['KADERA', 'PARTNER']);
    expect(declared.find((column) => column.column === 'handoff_note.author_side')!.values).toEqual(['KADERA', 'PARTNER']);
    expect(await storedEnumColumns(subject.orm, 'handoffs', declared)).toEqual(declared);
  });

  it('the reason and outcome checks say what REASON_REQUIRED and OUTCOME_REQUIRED say', async () => {
    const reason = await constraint('handoff_status_reason_check');
    const listed = [...reason.matchAll(/'(\w+)'::text/g)].map((m) => m[1]).sort();
    expect(listed).toEqual(
      Object.values(HandoffStatus)
        .filter((status) => REASON_REQUIRED.has(status))
        .sort(),
    );
    const outcome = await constraint('handoff_closed_outcome_check');
    const demanded = [...outcome.matchAll(/status <> '(\w+)'::text\) OR (\(NOT )?outcome_successful/g)].map((m) => [m[1], !m[2]]);
    expect(demanded).toEqual([...OUTCOME_REQUIRED]);
  });

  it('a value outside the enum is refused by the database', async () => {
    const [{ id }] = await sql(`select id from handoffs.handoff limit 1`);
    await expect(sql(`update handoffs.handoff set status = 'WAITLISTED' where id = ?`, [id])).rejects.toMatchObject({ code: '23514' });
    await expect(sql(`update handoffs.handoff_status_change set side = 'REFERRER' where handoff_id = ?`, [id])).rejects.toMatchObject({ code: '23514' });
    await expect(sql(`update handoffs.partner_organisation set partner_type = 'EDUCATION'`)).rejects.toMatchObject({ code: '23514' });
  });
});
