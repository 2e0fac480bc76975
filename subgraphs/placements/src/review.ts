import { addDays, hubError, today, type Caller } from '@hub/common';
import { notBefore } from './not-before';
import type { RecordReviewInput } from './review.input';

/** What a review moves on: a running programme or deployment with its start and review dates. */
interface Reviewed {
  nextReviewOn: string;
  lastReviewedOn: string | null;
  lastReviewedByUserId: string | null;
}

/**
 * Records a review and sets the next one `intervalDays` after it (the interval is a setting, config.ts).
 * An ended programme or returned alarm is reviewed no more: INVALID_TRANSITION.
 */
export function recordReview(
  row: Reviewed,
  began: { on: string; name: string },
  ended: string | null,
  input: RecordReviewInput,
  intervalDays: number,
  caller: Caller,
): void {
  if (ended) throw hubError('INVALID_TRANSITION', 'it has ended; only a running one is reviewed', { from: 'ENDED', to: 'REVIEWED' });
  const reviewedOn = input.reviewedOn ?? today();
  notBefore(reviewedOn, began.on, 'reviewedOn', began.name);
  if (row.lastReviewedOn) notBefore(reviewedOn, row.lastReviewedOn, 'reviewedOn', 'the last review');
  Object.assign(row, { lastReviewedOn: reviewedOn, lastReviewedByUserId: caller.userId, nextReviewOn: addDays(reviewedOn, intervalDays) });
}
