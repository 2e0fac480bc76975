import type { EntityManager } from '@mikro-orm/postgresql';
import { hubError, notFound, optionalText, sqlTable, writeLogged } from '@hub/common';
import { EmergencyAccess, EmergencyReviewState } from './emergency-access.entity';
import type { CloseEmergencyAccessReviewInput } from './emergency-access.input';

/** The review queue's order: the oldest opening first; the id keeps the cursor stable between openings of one instant. */
export const REVIEW_QUEUE_ORDER = { openedAt: 'asc', id: 'asc' } as const;

/**
 * Fills in, for each access, how many clients its opener opened in an emergency in the hour up to and including it:
 * one statement for the page.
 */
export async function countOpeningsInHour(em: EntityManager, accesses: EmergencyAccess[]): Promise<void> {
  if (accesses.length === 0) return;
  const table = sqlTable(em, EmergencyAccess);
  const rows = await em.getConnection().execute<Array<{ id: string; n: string | number }>>(
    `select a.id, (select count(*) from ${table} b where b.opened_by_user_id = a.opened_by_user_id
        and b.opened_at > a.opened_at - interval '1 hour' and b.opened_at <= a.opened_at) as n
       from ${table} a where a.id = any(?::uuid[])`,
    [`{${accesses.map((access) => access.id).join(',')}}`],
  );
  const counts = new Map(rows.map((row) => [row.id, Number(row.n)]));
  for (const access of accesses) access.openingsByUserInHour = counts.get(access.id) ?? 1;
}

/**
 * Closes the review of one emergency access with the privacy officer's finding, in one conditional statement with
 * its access log entry: of two closing it at once, one gets through and the other gets CONFLICT. Closed is final.
 */
export async function closeEmergencyAccessReview(em: EntityManager, input: CloseEmergencyAccessReviewInput, reviewerUserId: string): Promise<void> {
  const data = {
    reviewState: EmergencyReviewState.CLOSED,
    finding: input.finding,
    reviewNote: optionalText(input.note),
    reviewedByUserId: reviewerUserId,
    reviewedAt: new Date(),
  };
  const closed = await writeLogged(em, async (tx) => {
    const written = await tx.nativeUpdate(EmergencyAccess, { id: input.id, reviewState: EmergencyReviewState.OPEN }, data);
    const row = written ? await tx.findOne(EmergencyAccess, { id: input.id }, { fields: ['client'], disableIdentityMap: true }) : null;
    const fields = Object.keys(data).map((field) => `EmergencyAccess.${field}`);
    return {
      result: !!row,
      writes: row ? [{ action: 'UPDATE' as const, clientId: row.client.id, fields, object: `EmergencyAccess:${input.id}` }] : [],
    };
  });
  if (closed) return;
  const existing = await em.fork().findOne(EmergencyAccess, { id: input.id }, { fields: ['reviewedAt'] });
  if (!existing) throw notFound('emergency access');
  throw hubError('CONFLICT', 'the review of this emergency access was closed already; a closed review is final', {
    argument: 'input',
    field: 'id',
    reviewedAt: existing.reviewedAt?.toISOString() ?? null,
  });
}
