import { type TextLimit } from '@hub/common';
import { ReferralStatus } from './referral.workflow';

/** The referrer's own reference for a referral, e.g. its case number. */
export const REFERRER_REFERENCE: TextLimit = { min: 1, max: 100 };

/** Kadera's message to the referrer about a status; blank counts as left out (the default wording is used). */
export const REFERRER_MESSAGE: TextLimit = { min: 0, max: 1000 };

/**
 * The statuses a referrer gets a message for, each with the wording used when Kadera gives none.
 * Dutch, Kadera's working language. Every key is one of the workflow's reason statuses (checked in
 * referrer-feedback.unit.test.ts); Kadera's own reason stays internal, this is what the referrer reads.
 */
const DEFAULT_REFERRER_MESSAGES: Readonly<Partial<Record<ReferralStatus, string>>> = {
  [ReferralStatus.REJECTED]: 'Kadera kan uw verwijzing niet in behandeling nemen. Neem voor overleg contact op met Kadera.',
  [ReferralStatus.ON_HOLD]: 'Uw verwijzing staat in de wacht; Kadera neemt contact met u op.',
  [ReferralStatus.CANCELLED]: 'Deze verwijzing is geannuleerd.',
};

/** The statuses that carry a message for the referrer. */
export const referrerMessageStatuses = (): ReferralStatus[] =>
  Object.values(ReferralStatus).filter((status) => DEFAULT_REFERRER_MESSAGES[status] !== undefined);

/** The message stored with a move to `to`: the one Kadera wrote, else the default; null for a status without one. */
export function referrerMessageFor(to: ReferralStatus, given: string | null): string | null {
  return DEFAULT_REFERRER_MESSAGES[to] === undefined ? null : (given ?? DEFAULT_REFERRER_MESSAGES[to]);
}

const DAYS_PER_WEEK = 7;

/** What a referrer may expect to wait, in days, from the service's availability; null when no estimate can be given. */
export function expectedWaitDays(availability: { acceptingNewClients: boolean; waitingTimeWeeksMax: number | null } | null): number | null {
  if (!availability?.acceptingNewClients) return null;
  // The upper end of the range: a referrer is better told too long than too short.
  return (availability.waitingTimeWeeksMax ?? 0) * DAYS_PER_WEEK;
}
