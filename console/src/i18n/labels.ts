import type {
  AdmissionOutcome,
  DataCategory,
  HandoffStatus,
  PlacementType,
  Priority,
  ReferralKind,
  ReferralStatus,
  RiskLevel,
  WaitlistStatus,
} from '../gql/graphql';
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

// Capacity and waitlist, client file (console-clients).
const PLACEMENT_TYPE: Record<PlacementType, Words> = {
  CRISIS_RELIEF: { nl: 'Crisisopvang', en: 'Crisis relief' },
  HUMAN_TRAFFICKING_VICTIMS: { nl: 'Opvang slachtoffers mensenhandel', en: 'Human trafficking victims' },
  INTENSIVE_CARE: { nl: 'Intensieve begeleiding', en: 'Intensive care' },
  SAFE_HOUSE: { nl: 'Geheim adres (safe house)', en: 'Safe house' },
  SHELTERED_ACCOMMODATION: { nl: 'Beschermd wonen', en: 'Sheltered accommodation' },
  SHELTERED_ACCOMMODATION_YOUNG_MOTHERS: { nl: 'Beschermd wonen jonge moeders', en: 'Sheltered accommodation, young mothers' },
  SUPPORTED_LIVING_MEN: { nl: 'Begeleid wonen mannen', en: 'Supported living, men' },
};

const WAITLIST_STATUS: Record<WaitlistStatus, Words> = {
  WAITING: { nl: 'Wacht', en: 'Waiting' },
  OFFERED: { nl: 'Plaats aangeboden', en: 'Place offered' },
  ADMITTED: { nl: 'Opgenomen', en: 'Admitted' },
  WITHDRAWN: { nl: 'Van de lijst', en: 'Withdrawn' },
};

const ADMISSION_OUTCOME: Record<AdmissionOutcome, Words> = {
  ADMITTED: { nl: 'Opgenomen: er was een plaats, het verblijf is begonnen.', en: 'Admitted: there was a place, the stay has begun.' },
  WAITLISTED: { nl: 'Op de wachtlijst: alle plaatsen zijn bezet of vastgehouden.', en: 'Waitlisted: every place is taken or held.' },
};

const RISK_LEVEL: Record<RiskLevel, Words> = {
  GREEN: { nl: 'Groen (laag)', en: 'Green (low)' },
  ORANGE: { nl: 'Oranje (verhoogd)', en: 'Orange (raised)' },
  RED: { nl: 'Rood (hoog)', en: 'Red (high)' },
};

const DATA_CATEGORY: Record<DataCategory, Words> = {
  IDENTITY: { nl: 'Identiteit', en: 'Identity' },
  HEALTH_SCREENING: { nl: 'Gezondheidsscreening', en: 'Health screening' },
  FINANCES: { nl: 'Financiën', en: 'Finances' },
  INCOME_BENEFITS: { nl: 'Inkomen en uitkeringen', en: 'Income and benefits' },
  HOUSING: { nl: 'Huisvesting', en: 'Housing' },
  CHILDREN: { nl: 'Kinderen', en: 'Children' },
};

/** Every data category, in the order of the labels: what a consent can cover. */
export const DATA_CATEGORIES = Object.keys(DATA_CATEGORY) as DataCategory[];

export const placementTypeLabel = (type: PlacementType, language: Language) => PLACEMENT_TYPE[type][language];
export const waitlistStatusLabel = (status: WaitlistStatus, language: Language) => WAITLIST_STATUS[status][language];
export const admissionOutcomeLabel = (outcome: AdmissionOutcome, language: Language) => ADMISSION_OUTCOME[outcome][language];
export const riskLevelLabel = (level: RiskLevel, language: Language) => RISK_LEVEL[level][language];
export const dataCategoryLabel = (category: DataCategory, language: Language) => DATA_CATEGORY[category][language];
