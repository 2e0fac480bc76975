import type {
  HousingUrgency,
  AdmissionOutcome,
  CareService,
  DataCategory,
  FundingStream,
  HandoffStatus,
  OutcomeReason,
  PartnerType,
  PlacementType,
  Priority,
  ReferralKind,
  ReferralSide,
  ReferralSourceType,
  ReferralStatus,
  Region,
  ReportedFormOfAbuse,
  ReviewKind,
  RiskLevel,
  Side,
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

// Risk levels (the client file, and statistics cells that count per risk level).
const RISK_LEVEL: Record<RiskLevel, Words> = {
  GREEN: { nl: 'Groen (laag)', en: 'Green (low)' },
  ORANGE: { nl: 'Oranje (verhoogd)', en: 'Orange (raised)' },
  RED: { nl: 'Rood (hoog)', en: 'Red (high)' },
};

/** A statistics cell's label (a code of the kind, partner type or risk level it counts) in words; else as given. */
export function statCellLabel(label: string, language: Language): string {
  for (const words of [KIND, PARTNER_TYPE, RISK_LEVEL] as Record<string, Words>[]) if (label in words) return words[label][language];
  return label;
}
// Referral screens (referral detail, submit, intake stops).
const REGION: Record<Region, Words> = {
  IJSSELLAND: { nl: 'IJsselland', en: 'IJsselland' },
  TWENTE: { nl: 'Twente', en: 'Twente' },
  HARDENBERG: { nl: 'Hardenberg', en: 'Hardenberg' },
};

const SERVICE: Record<CareService, Words> = {
  AMBULATORY_WMO: { nl: 'Ambulante begeleiding (Wmo)', en: 'Outpatient guidance (Social Support Act)' },
  AMBULATORY_YOUTH: { nl: 'Ambulante begeleiding (jeugd)', en: 'Outpatient guidance (youth)' },
  SHELTER: { nl: 'Opvang', en: 'Shelter' },
  AFTERCARE: { nl: 'Nazorg', en: 'Aftercare' },
};

const FUNDING: Record<FundingStream, Words> = {
  WMO: { nl: 'Wmo', en: 'Social Support Act (Wmo)' },
  JEUGDWET: { nl: 'Jeugdwet', en: 'Youth Act (Jeugdwet)' },
  WLZ: { nl: 'Wlz', en: 'Long-term Care Act (Wlz)' },
};

const SOURCE: Record<ReferralSourceType, Words> = {
  GP: { nl: 'Huisarts', en: 'GP' },
  POLICE: { nl: 'Politie', en: 'Police' },
  VEILIG_THUIS: { nl: 'Veilig Thuis', en: 'Veilig Thuis' },
  SCHOOL: { nl: 'School', en: 'School' },
  OTHER_PROFESSIONAL: { nl: 'Andere professional', en: 'Other professional' },
};

const FORM_OF_ABUSE: Record<ReportedFormOfAbuse, Words> = {
  PARTNER_ABUSE: { nl: 'Partnergeweld', en: 'Partner abuse' },
  FAMILY_VIOLENCE: { nl: 'Huiselijk geweld', en: 'Family violence' },
  CHILD_ABUSE: { nl: 'Kindermishandeling', en: 'Child abuse' },
  ELDER_ABUSE: { nl: 'Ouderenmishandeling', en: 'Elder abuse' },
  HONOUR_BASED_VIOLENCE: { nl: 'Eergerelateerd geweld', en: 'Honour-based violence' },
  SEXUAL_ABUSE: { nl: 'Seksueel geweld', en: 'Sexual abuse' },
  HUMAN_TRAFFICKING: { nl: 'Mensenhandel', en: 'Human trafficking' },
};

const REFERRAL_SIDE: Record<ReferralSide, Words> = {
  KADERA: { nl: 'Kadera', en: 'Kadera' },
  REFERRER: { nl: 'Verwijzer', en: 'Referrer' },
};

export const regionLabel = (region: Region, language: Language) => REGION[region][language];
export const serviceLabel = (service: CareService, language: Language) => SERVICE[service][language];
export const fundingLabel = (funding: FundingStream, language: Language) => FUNDING[funding][language];
export const sourceTypeLabel = (source: ReferralSourceType, language: Language) => SOURCE[source][language];
export const formOfAbuseLabel = (form: ReportedFormOfAbuse, language: Language) => FORM_OF_ABUSE[form][language];
export const referralSideLabel = (side: ReferralSide, language: Language) => REFERRAL_SIDE[side][language];
/** The values of a worded enum, in the order written above (for a filter or a form's choices). */
export const REGIONS = Object.keys(REGION) as Region[];
export const FUNDING_STREAMS = Object.keys(FUNDING) as FundingStream[];
export const SOURCE_TYPES = Object.keys(SOURCE) as ReferralSourceType[];
export const FORMS_OF_ABUSE = Object.keys(FORM_OF_ABUSE) as ReportedFormOfAbuse[];
export const PRIORITIES = Object.keys(PRIORITY) as Priority[];
export const REFERRAL_KINDS = Object.keys(KIND) as ReferralKind[];
export const SERVICES = Object.keys(SERVICE) as CareService[];

// Capacity and waitlist, client file.
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

export const waitlistStatusLabel = (status: WaitlistStatus, language: Language) => WAITLIST_STATUS[status][language];
export const admissionOutcomeLabel = (outcome: AdmissionOutcome, language: Language) => ADMISSION_OUTCOME[outcome][language];
export const RISK_LEVELS = Object.keys(RISK_LEVEL) as RiskLevel[];
export const riskLevelLabel = (level: RiskLevel, language: Language) => RISK_LEVEL[level][language];

// The handoffs inbox's client panel (inbox-client.tsx).
const HOUSING_URGENCY: Record<HousingUrgency, Words> = {
  LOW: { nl: 'Laag', en: 'Low' },
  MEDIUM: { nl: 'Gemiddeld', en: 'Medium' },
  HIGH: { nl: 'Hoog', en: 'High' },
  URGENT: { nl: 'Spoed', en: 'Urgent' },
};
export const housingUrgencyLabel = (urgency: HousingUrgency, language: Language) => HOUSING_URGENCY[urgency][language];
