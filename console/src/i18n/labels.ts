import type {
  DataCategory,
  HandoffStatus,
  OutcomeReason,
  PartnerType,
  PlacementType,
  Priority,
  ReferralKind,
  ReferralStatus,
  ReviewKind,
  Side,
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

// Handoffs, Today and statistics screens: partner types, data categories, sides, outcomes, review kinds, placement types.
const PARTNER_TYPE: Record<PartnerType, Words> = {
  ADDICTION_CARE: { nl: 'Verslavingszorg', en: 'Addiction care' },
  CASA: { nl: 'Centrum Seksueel Geweld', en: 'Sexual assault centre' },
  DEBT_ASSISTANCE: { nl: 'Schuldhulpverlening', en: 'Debt assistance' },
  GGZ: { nl: 'GGZ', en: 'Mental health care' },
  HOUSING: { nl: 'Woningcorporatie', en: 'Housing corporation' },
  UWV: { nl: 'UWV', en: 'Benefits agency (UWV)' },
  YOUTH_SERVICES: { nl: 'Jeugdzorg', en: 'Youth services' },
};

const DATA_CATEGORY: Record<DataCategory, Words> = {
  IDENTITY: { nl: 'Identiteit', en: 'Identity' },
  HEALTH_SCREENING: { nl: 'Gezondheidsscreening', en: 'Health screening' },
  FINANCES: { nl: 'Financiën', en: 'Finances' },
  HOUSING: { nl: 'Huisvesting', en: 'Housing' },
  INCOME_BENEFITS: { nl: 'Inkomen en uitkeringen', en: 'Income and benefits' },
  CHILDREN: { nl: 'Kinderen', en: 'Children' },
};

const SIDE: Record<Side, Words> = {
  KADERA: { nl: 'Kadera', en: 'Kadera' },
  PARTNER: { nl: 'Partner', en: 'Partner' },
  REFERRER: { nl: 'Verwijzer', en: 'Referrer' },
};

const OUTCOME_REASON: Record<OutcomeReason, Words> = {
  CLIENT_DECLINED: { nl: 'Cliënt zag ervan af', en: 'Client declined' },
  GOAL_REACHED: { nl: 'Doel bereikt', en: 'Goal reached' },
  NOT_ELIGIBLE: { nl: 'Komt niet in aanmerking', en: 'Not eligible' },
  NO_CONTACT: { nl: 'Geen contact', en: 'No contact' },
  OTHER: { nl: 'Anders', en: 'Other' },
  REFERRED_ELSEWHERE: { nl: 'Elders naartoe verwezen', en: 'Referred elsewhere' },
};

const REVIEW_KIND: Record<ReviewKind, Words> = {
  AFTERCARE: { nl: 'Nazorg', en: 'Aftercare' },
  ALARM: { nl: 'Alarm (Aware)', en: 'Alarm (Aware)' },
};

const PLACEMENT_TYPE: Record<PlacementType, Words> = {
  CRISIS_RELIEF: { nl: 'Crisisopvang', en: 'Crisis relief' },
  HUMAN_TRAFFICKING_VICTIMS: { nl: 'Opvang slachtoffers mensenhandel', en: 'Human trafficking victims' },
  INTENSIVE_CARE: { nl: 'Intensieve zorg', en: 'Intensive care' },
  SAFE_HOUSE: { nl: 'Blijf-van-mijn-lijfhuis', en: 'Safe house' },
  SHELTERED_ACCOMMODATION: { nl: 'Beschermd wonen', en: 'Sheltered accommodation' },
  SHELTERED_ACCOMMODATION_YOUNG_MOTHERS: { nl: 'Beschermd wonen jonge moeders', en: 'Sheltered accommodation, young mothers' },
  SUPPORTED_LIVING_MEN: { nl: 'Begeleid wonen mannen', en: 'Supported living, men' },
};

export const PARTNER_TYPES = Object.keys(PARTNER_TYPE) as PartnerType[];
export const DATA_CATEGORIES = Object.keys(DATA_CATEGORY) as DataCategory[];
export const partnerTypeLabel = (type: PartnerType, language: Language) => PARTNER_TYPE[type][language];
export const dataCategoryLabel = (category: DataCategory, language: Language) => DATA_CATEGORY[category][language];
export const sideLabel = (side: Side, language: Language) => SIDE[side][language];
export const outcomeReasonLabel = (reason: OutcomeReason, language: Language) => OUTCOME_REASON[reason][language];
export const reviewKindLabel = (kind: ReviewKind, language: Language) => REVIEW_KIND[kind][language];
export const placementTypeLabel = (type: PlacementType, language: Language) => PLACEMENT_TYPE[type][language];
/** A code the API names (e.g. CONSENT_REQUIRED's missing categories) in words when it is a data category, else as given. */
export const categoryCodeLabel = (code: string, language: Language) => (code in DATA_CATEGORY ? DATA_CATEGORY[code as DataCategory][language] : code);

// The risk levels as statistics cells name them (no console document selects the RiskLevel enum itself).
const RISK_LEVEL: Record<string, Words> = {
  GREEN: { nl: 'Groen', en: 'Green' },
  ORANGE: { nl: 'Oranje', en: 'Orange' },
  RED: { nl: 'Rood', en: 'Red' },
};

/** A statistics cell's label (a code of the kind, partner type or risk level it counts) in words; else as given. */
export function statCellLabel(label: string, language: Language): string {
  for (const words of [KIND, PARTNER_TYPE, RISK_LEVEL] as Record<string, Words>[]) if (label in words) return words[label][language];
  return label;
}
