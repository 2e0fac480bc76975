import { createLogger, createOrm, migrate, type SubgraphOrm } from '@hub/common';
import { createTestDatabase, declaredEnumColumns, storedEnumColumns, type TestDatabase } from '@hub/testing';
import { referralsSubgraph } from './subgraph';
import { ReferralSide, ReferralStatus } from './referral.workflow';

describe('referrals: enum columns are text with a check made from the enum', () => {
  let database: TestDatabase;
  let subject: SubgraphOrm;

  beforeAll(async () => {
    database = await createTestDatabase();
    subject = await createOrm(referralsSubgraph.orm, database.url, createLogger('silent'));
    await migrate(subject.orm);
  });
  afterAll(async () => {
    await subject?.orm.close(true);
    await database?.drop();
  });

  it("every enum column is text and its check allows exactly the enum's values", async () => {
    const declared = declaredEnumColumns(subject.orm);
    const values = (column: string) => declared.find((c) => c.column === column)?.values;
    expect(values('referral.status')).toEqual(Object.values(ReferralStatus).sort());
    expect(values('referral_status_change.from_status')).toEqual(Object.values(ReferralStatus).sort());
    expect(values('referral_status_change.to_status')).toEqual(Object.values(ReferralStatus).sort());
    expect(values('referral_status_change.side')).toEqual(Object.values(ReferralSide).sort());
    expect(await storedEnumColumns(subject.orm, 'referrals', declared)).toEqual(declared);
  });

  it('a status outside ReferralStatus is refused by the database', async () => {
    const insert = `insert into referrals.referral_status_change (id, referral_id, from_status, to_status, changed_at, changed_by_user_id, side)
      values (gen_random_uuid(), gen_random_uuid(), null, ?, now(), 'test', 'KADERA')`;
    await expect(subject.orm.em.getConnection().execute(insert, ['WAITLISTED'])).rejects.toMatchObject({ code: '23514' });
  });
});
