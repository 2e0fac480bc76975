import { Client } from 'pg';
import type { Stack } from '../stack';

/** 25 municipality codes: the region's seven and eighteen more, so one municipality-year is a thin slice. */
const CODES = [
  'GM0193',
  'GM0153',
  'GM0160',
  'GM0150',
  'GM0164',
  'GM0141',
  'GM0166',
  ...Array.from({ length: 18 }, (_, i) => `GM${String(900 + i).padStart(4, '0')}`),
];
const codes = `array[${CODES.map((c) => `'${c}'`).join(',')}]`;

/**
 * Adds `count` referrals and `count` (discharged) stays, spread over 25 municipalities and ten years, in SQL,
 * then vacuums and analyses both tables, as years of history would be by the time anyone asks: otherwise
 * the timings depend on whether autovacuum happened to get there first (index-only scans need it).
 * On a connection of its own: a million-row insert outlasts the services' statement timeout.
 */
export async function addBulkData(stack: Stack, count: number): Promise<void> {
  const sql = new Client({ connectionString: stack.config.databaseUrl });
  await sql.connect();
  try {
    await insertBulk(sql, count);
    await sql.query('vacuum analyze referrals.referral');
    await sql.query('vacuum analyze placements.stay');
  } finally {
    await sql.end();
  }
}

async function insertBulk(sql: Client, count: number): Promise<void> {
  await sql.query(`
    insert into referrals.referral
      (id, kind, region, priority, status, referrer_organisation_name, received_at, contact_due_at, created_at, updated_at,
       funding_stream, referrer_contact_name, referrer_contact_phone, source_type, forms_of_abuse, municipality_code,
       referred_person_name, referred_person_date_of_birth, referred_person_municipality_code)
    select gen_random_uuid(), (array['AMBULATORY','SHELTER'])[1 + i % 2], 'TWENTE', 'ROUTINE',
           (array['REQUESTED','ACCEPTED','IN_PROGRESS','COMPLETED'])[1 + i % 4], 'Bench GP', t, t + interval '7 days', t, t,
           'WMO', 'Bench', '0381234567', (array['GP','POLICE','VEILIG_THUIS','SCHOOL','OTHER_PROFESSIONAL'])[1 + i % 5],
           array[(array['PARTNER_ABUSE','CHILD_ABUSE','SEXUAL_ABUSE'])[1 + i % 3]], m, 'Bench Person', date '1980-01-01', m
      from generate_series(1, ${count}) i,
           lateral (select (${codes})[1 + i % 25] as m, timestamptz '2016-01-01' + (i % 3650) * interval '1 day' as t) x`);
  await sql.query(`
    insert into placements.stay (id, client_id, unit_id, admitted_on, discharged_on, created_at, municipality_code)
    select gen_random_uuid(), gen_random_uuid(), u.ids[1 + i % cardinality(u.ids)], d, d + (i % 120), now(), (${codes})[1 + i % 25]
      from generate_series(1, ${count}) i,
           (select array_agg(id) as ids from placements.placement_unit) u,
           lateral (select date '2016-01-01' + (i % 3650) as d) x`);
}
