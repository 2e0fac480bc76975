import { Client } from 'pg';

/** Copies of a row the caller already sees, with new ids: enough that a page of 100 is full. */
const COPIES = 110;

/** Copies one row of `table` matching `where` COPIES times: new id, and a change sequence number of its own (unique). */
const copyRows = (table: string, where: string) => `
  insert into ${table}
  select (jsonb_populate_record(null::${table},
            to_jsonb(r) || jsonb_build_object('id', gen_random_uuid(), 'change_seq', nextval('${table}_change_seq')))).*
    from (select * from ${table} where ${where} limit 1) r, generate_series(1, ${COPIES})`;

/**
 * The demo data holds a couple of handoffs per partner and a few dozen
 * referrals: too few for the statement count to see a page grow from 10 to
 * 100. Adds copies of one handoff addressed to `partnerOrganisationId` (same
 * client, so the same consent covers it) and of one referral with a client.
 */
export async function fillPages(databaseUrl: string, partnerOrganisationId: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(copyRows('handoffs.handoff', 'partner_id = $1'), [partnerOrganisationId]);
    await client.query(copyRows('referrals.referral', 'client_id is not null'));
  } finally {
    await client.end();
  }
}
