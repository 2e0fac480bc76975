import type { HandoffStatus, Priority, ReferralKind, ReferralStatus } from '../gql/graphql';
import type { Language } from './messages';

type Words = Record<Language, string>;

/** The schema's status codes in words; typed by the generated enums, so a new status fails the build until worded. */
const STATUS: Record<ReferralStatus | HandoffStatus, Words> = {
  REQUESTED: { nl: 'Aangevraagd', en: 'Requested' },
  RECEIVED: { nl: 'Ontvangen', en: 'Received' },
  ACCEPTED: { nl: 'Geaccepteerd', en: 'Accepted' },
  IN_PROGRESS: { nl: 'In behandeling', en: 'In progress' },
  ON_HOLD: { nl: 'Gepauzeerd', en: 'On hold' },
  COMPLETED: { nl: 'Afgerond', en: 'Completed' },
  REJECTED: { nl: 'Afgewezen', en: 'Rejected' },
  CANCELLED: { nl: 'Geannuleerd', en: 'Cancelled' },
  FAILED: { nl: 'Mislukt', en: 'Failed' },
  ENTERED_IN_ERROR: { nl: 'Ten onrechte ingevoerd', en: 'Entered in error' },
};

const PRIORITY: Record<Priority, Words> = {
  URGENT: { nl: 'Spoed', en: 'Urgent' },
  ROUTINE: { nl: 'Regulier', en: 'Routine' },
};

const KIND: Record<ReferralKind, Words> = {
  AMBULATORY: { nl: 'Ambulant', en: 'Outpatient' },
  SHELTER: { nl: 'Opvang', en: 'Shelter' },
  CONSULTATION: { nl: 'Consultatie', en: 'Consultation' },
};

export const statusLabel = (status: ReferralStatus | HandoffStatus, language: Language) => STATUS[status][language];
export const priorityLabel = (priority: Priority, language: Language) => PRIORITY[priority][language];
export const kindLabel = (kind: ReferralKind, language: Language) => KIND[kind][language];
