import type {
  CareService,
  FundingStream,
  HandoffStatus,
  Priority,
  ReferralKind,
  ReferralSide,
  ReferralSourceType,
  ReferralStatus,
  Region,
  ReportedFormOfAbuse,
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
