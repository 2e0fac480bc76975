/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptWaitlistOfferInput = {
  /** Default today; not before the day of the offer, not in the future. */
  admittedOn?: string | null | undefined;
  /** The waitlist entry holding the open offer. */
  entryId: string;
  /** Retrying with the same key returns the first stay and admits nobody twice. 8-128 of A-Z a-z 0-9 . _ : - */
  idempotencyKey?: string | null | undefined;
};

/** ADMITTED: a stay began. WAITLISTED: the unit was full, the client joined its waitlist. */
export type AdmissionOutcome =
  | 'ADMITTED'
  | 'WAITLISTED';

export type AdmitClientInput = {
  /** Default today; not in the future. */
  admittedOn?: string | null | undefined;
  clientId: string;
  /** Retrying with the same key returns the first result and admits nobody twice. 8-128 of A-Z a-z 0-9 . _ : - */
  idempotencyKey?: string | null | undefined;
  locationId: string;
  /** The client's municipality (CBS code, e.g. GM0193), which funds the care. Default the client's municipalityCode in the clients subgraph; when given it must be that code (BAD_USER_INPUT otherwise). */
  municipalityCode?: string | null | undefined;
  placementType: PlacementType;
};

/** The side a caller acts for (roles.ts: sideOf). */
export type CallerSide =
  | 'AUDITOR'
  | 'KADERA'
  | 'MUNICIPALITY'
  | 'PARTNER'
  | 'REFERRER';

/** A service whose intake is tracked per region; WMO: Social Support Act, YOUTH: Jeugdwet. */
export type CareService =
  | 'AFTERCARE'
  | 'AMBULATORY_WMO'
  | 'AMBULATORY_YOUTH'
  | 'SHELTER';

/** A handoff Kadera sends to one partner organisation for one client. */
export type CreateHandoffInput = {
  /** What is shared; the client's active consent for this partner must cover all of it. */
  categories: Array<DataCategory>;
  clientId: string;
  /** When the partner must have responded. Default: calendar days from now by priority (URGENT 1 day, ROUTINE 7 days; settings CONTACT_DUE_DAYS_URGENT, CONTACT_DUE_DAYS_ROUTINE); in the future, at most 365 days ahead. */
  dueAt?: string | null | undefined;
  /** A retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** The Kadera coordinator the partner contacts about this handoff. */
  kaderaContact?: KaderaContactInput | null | undefined;
  /** CBS code of the client's municipality, which funds the care; defaults to the client's, and must equal it when given. */
  municipalityCode?: string | null | undefined;
  partnerOrganisationId: string;
  priority: Priority;
  /** What the partner is asked to do; 3 to 1000 characters. */
  purpose: string;
};

/** A category of client data that consent can cover. */
export type DataCategory =
  | 'CHILDREN'
  | 'FINANCES'
  | 'HEALTH_SCREENING'
  | 'HOUSING'
  | 'IDENTITY'
  | 'INCOME_BENEFITS';

export type DischargeClientInput = {
  /** Default today; not before admittedOn, not in the future. */
  dischargedOn?: string | null | undefined;
  /** Short reason, at most 200 characters; no case narrative. */
  reason?: string | null | undefined;
  stayId: string;
};

/** Why a registered client may be the person being registered. */
export type DuplicateReasonKind =
  | 'NAME_SIMILARITY'
  | 'SAME_DATE_OF_BIRTH'
  | 'SAME_MUNICIPALITY';

/** Form of abuse; HUMAN_TRAFFICKING includes Romeo pimping. */
export type FormOfAbuse =
  | 'CHILD_ABUSE'
  | 'ELDER_ABUSE'
  | 'FAMILY_VIOLENCE'
  | 'HONOUR_BASED_VIOLENCE'
  | 'HUMAN_TRAFFICKING'
  | 'PARTNER_ABUSE'
  | 'SEXUAL_ABUSE';

/** Who pays: WMO (Social Support Act), JEUGDWET (Youth Act), WLZ (Long-term Care Act). */
export type FundingStream =
  | 'JEUGDWET'
  | 'WLZ'
  | 'WMO';

/** Workflow state of a handoff (HL7 FHIR Task status). */
export type HandoffStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ENTERED_IN_ERROR'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'ON_HOLD'
  | 'RECEIVED'
  | 'REJECTED'
  | 'REQUESTED';

/** How soon the client needs a home of their own. */
export type HousingUrgency =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'URGENT';

/** The Kadera coordinator for a handoff; a work phone number or an email address is required. */
export type KaderaContactInput = {
  /** Work email address; stored in lower case. Blank counts as left out. */
  email?: string | null | undefined;
  /** 1 to 200 characters. */
  name: string;
  /** Work phone. Blank counts as left out. */
  phone?: string | null | undefined;
};

export type LinkReferralClientInput = {
  clientId: string;
  referralId: string;
};

/** Coded reason for the outcome of a handoff. */
export type OutcomeReason =
  | 'CLIENT_DECLINED'
  | 'GOAL_REACHED'
  | 'NOT_ELIGIBLE'
  | 'NO_CONTACT'
  | 'OTHER'
  | 'REFERRED_ELSEWHERE';

/** Kind of chain partner organisation. */
export type PartnerType =
  /** Addiction care */
  | 'ADDICTION_CARE'
  /** Sexual assault centre (CASA, Centrum Seksueel Geweld) */
  | 'CASA'
  /** Debt assistance */
  | 'DEBT_ASSISTANCE'
  /** Mental health care (GGZ) */
  | 'GGZ'
  /** Housing corporation */
  | 'HOUSING'
  /** Benefits agency (UWV) */
  | 'UWV'
  /** Youth services */
  | 'YOUTH_SERVICES';

/** Kind of shelter place: crisis relief, intensive care, safe house (secret location), sheltered accommodation (also for young mothers), supported living for men, shelter for victims of human trafficking. */
export type PlacementType =
  | 'CRISIS_RELIEF'
  | 'HUMAN_TRAFFICKING_VICTIMS'
  | 'INTENSIVE_CARE'
  | 'SAFE_HOUSE'
  | 'SHELTERED_ACCOMMODATION'
  | 'SHELTERED_ACCOMMODATION_YOUNG_MOTHERS'
  | 'SUPPORTED_LIVING_MEN';

export type Priority =
  | 'ROUTINE'
  | 'URGENT';

/** A consent the client gave, as Kadera staff record it. */
export type RecordConsentInput = {
  /** At least one; duplicates are dropped. */
  categories: Array<DataCategory>;
  clientId: string;
  /** A retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** A partner organisation of the handoffs subgraph. */
  partnerOrganisationId: string;
  /** 3 to 1000 characters. */
  purpose: string;
  /** Default today. */
  validFrom?: string | null | undefined;
  /** Last day; after validFrom and not before today. */
  validUntil: string;
};

/** AMBULATORY: outpatient guidance; SHELTER: a shelter place; CONSULTATION: a professional asking for advice anonymously, without client data. */
export type ReferralKind =
  | 'AMBULATORY'
  | 'CONSULTATION'
  | 'SHELTER';

/** Who made a referral status change. */
export type ReferralSide =
  | 'KADERA'
  | 'REFERRER';

/** The kind of referring professional: GP (huisarts), POLICE, VEILIG_THUIS, SCHOOL, or OTHER_PROFESSIONAL. */
export type ReferralSourceType =
  | 'GP'
  | 'OTHER_PROFESSIONAL'
  | 'POLICE'
  | 'SCHOOL'
  | 'VEILIG_THUIS';

/** Workflow state of a referral (HL7 FHIR Task status). */
export type ReferralStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ENTERED_IN_ERROR'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'ON_HOLD'
  | 'RECEIVED'
  | 'REJECTED'
  | 'REQUESTED';

/** The person referred. Never given for an anonymous consultation. */
export type ReferredPersonInput = {
  /** A day before today, not before 1900-01-01. */
  dateOfBirth: string;
  /** CBS municipality code: GM + 4 digits, e.g. GM0193. */
  municipalityCode: string;
  /** 2 to 200 characters. */
  name: string;
};

/** Care region (IJsselland: Zwolle; Twente: Enschede; Hardenberg). */
export type Region =
  | 'HARDENBERG'
  | 'IJSSELLAND'
  | 'TWENTE';

/** A new client, as intake registers them. */
export type RegisterClientInput = {
  /** The citizen service number, when known. Nine digits (spaces and dots between them allowed) that pass the eleven test (elfproef). Only staff and intake may give it; stored encrypted. A BSN already on file is CONFLICT (the same person), whatever confirmNotDuplicate says. */
  bsn?: string | null | undefined;
  /** 5 to 500 characters. */
  confidentialAddress: string;
  /** Register even though possibleDuplicates names candidates (intake checked they are other people). */
  confirmNotDuplicate?: boolean | null | undefined;
  /** A day before today, not before 1900-01-01. */
  dateOfBirth: string;
  /** Duplicates are dropped; default none. */
  formsOfAbuse?: Array<FormOfAbuse> | null | undefined;
  /** A retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** CBS code, GM followed by four digits. */
  municipalityCode: string;
  /** 2 to 200 characters; spacing is tidied. */
  name: string;
  riskLevel: RiskLevel;
};

/** A form of abuse as the referrer reported it; HUMAN_TRAFFICKING includes Romeo pimping. */
export type ReportedFormOfAbuse =
  | 'CHILD_ABUSE'
  | 'ELDER_ABUSE'
  | 'FAMILY_VIOLENCE'
  | 'HONOUR_BASED_VIOLENCE'
  | 'HUMAN_TRAFFICKING'
  | 'PARTNER_ABUSE'
  | 'SEXUAL_ABUSE';

/** AFTERCARE: an aftercare programme; ALARM: an Aware alarm deployment. */
export type ReviewKind =
  | 'AFTERCARE'
  | 'ALARM';

/** Safety risk assessment: RED acute danger, ORANGE elevated, GREEN stable. */
export type RiskLevel =
  | 'GREEN'
  | 'ORANGE'
  | 'RED';

/** The whole availability of one service in one region; fields left out are cleared. */
export type SetServiceAvailabilityInput = {
  /** False declares an intake stop: referrals for this service and region are refused. */
  acceptingNewClients: boolean;
  /** Who referrers should call; at most 200 characters. */
  contact?: string | null | undefined;
  /** At most 500 characters. */
  note?: string | null | undefined;
  region: Region;
  service: CareService;
  /** a whole number of weeks, 0 to 104, at least the minimum. */
  waitingTimeWeeksMax?: number | null | undefined;
  /** a whole number of weeks, 0 to 104; give with waitingTimeWeeksMax. */
  waitingTimeWeeksMin?: number | null | undefined;
};

export type SetUnitCapacityInput = {
  /** Places, 0 to 100; not fewer than the places taken and held now. */
  capacity: number;
  /** The placement unit (occupancy.unitId). */
  unitId: string;
};

/** Which side of a workflow made a change. */
export type Side =
  | 'KADERA'
  | 'PARTNER'
  | 'REFERRER';

export type SubmitReferralInput = {
  /** The forms of abuse the referrer is aware of, if any; for statistics and triage. */
  formsOfAbuse?: Array<ReportedFormOfAbuse> | null | undefined;
  fundingStream: FundingStream;
  /** Retrying with the same key returns the first referral and stores nothing twice. 8-128 of A-Z a-z 0-9 . _ : - */
  idempotencyKey?: string | null | undefined;
  kind: ReferralKind;
  /** Only for an anonymous CONSULTATION, optional: the CBS code (GM + 4 digits) of the municipality the situation is in, so the consultation counts in its statistics. Other referrals count for the person's municipality. */
  municipalityCode?: string | null | undefined;
  /** Required for AMBULATORY and SHELTER; forbidden for CONSULTATION. */
  person?: ReferredPersonInput | null | undefined;
  priority: Priority;
  /** Work email address; stored in lower case. Blank counts as left out. */
  referrerContactEmail?: string | null | undefined;
  /** The professional to contact at work; 1 to 200 characters. */
  referrerContactName: string;
  /** Work phone; a phone number or an email address is required. Blank counts as left out. */
  referrerContactPhone?: string | null | undefined;
  /** Only for Kadera intake registering a phone referral from a known organisation; a referrer always refers as its own organisation. */
  referrerOrganisationId?: string | null | undefined;
  /** The referring organisation as it calls itself; 1 to 200 characters. */
  referrerOrganisationName: string;
  /** The referrer's own reference, e.g. its case number; optional, 1 to 100 characters. The referrer reads it back on its referral. */
  referrerReference?: string | null | undefined;
  region: Region;
  /** The kind of professional referring. */
  sourceType: ReferralSourceType;
};

export type TransitionReferralInput = {
  /** Why; required for REJECTED, ON_HOLD, CANCELLED, FAILED, ENTERED_IN_ERROR. At most 1000 characters. */
  reason?: string | null | undefined;
  referralId: string;
  /** Kadera only: what the referrer is told, in wording meant for it (the reason stays internal); only for REJECTED, ON_HOLD, CANCELLED, where a standard Dutch wording is used when left out. At most 1000 characters. */
  referrerMessage?: string | null | undefined;
  to: ReferralStatus;
};

/** WAITING for a place; OFFERED a freed place, held for the client until the offer is accepted (ADMITTED), declined or lapses (WAITING again, at the back of the queue); ADMITTED to the unit; WITHDRAWN: taken off the list. */
export type WaitlistStatus =
  | 'ADMITTED'
  | 'OFFERED'
  | 'WAITING'
  | 'WITHDRAWN';

export type OccupancyQueryVariables = Exact<{ [key: string]: never; }>;


export type OccupancyQuery = { occupancy: Array<{ unitId: string, type: PlacementType, capacity: number, occupied: number, held: number, available: number, waiting: number, location: { id: string, region: Region, isSecret: boolean } }> };

export type ShelterLocationNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterLocationNamesQuery = { shelterLocations: Array<{ id: string, name: string | null }> };

export type UnitWaitlistQueryVariables = Exact<{
  locationId: string;
  placementType: PlacementType;
}>;


export type UnitWaitlistQuery = { waitlist: Array<{ id: string, position: number | null, status: WaitlistStatus, queuedAt: string, offerExpiresAt: string | null, client: { id: string, name: string | null } }> };

export type CurrentStaysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CurrentStaysQuery = { stays: { edges: Array<{ node: { id: string, admittedOn: string, placementType: PlacementType, location: { id: string, region: Region, isSecret: boolean }, client: { id: string, name: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdmitClientMutationVariables = Exact<{
  input: AdmitClientInput;
}>;


export type AdmitClientMutation = { admitClient: { outcome: AdmissionOutcome, stay: { id: string } | null, waitlistEntry: { id: string, position: number | null } | null } };

export type DischargeClientMutationVariables = Exact<{
  input: DischargeClientInput;
}>;


export type DischargeClientMutation = { dischargeClient: { id: string, dischargedOn: string | null } };

export type AcceptWaitlistOfferMutationVariables = Exact<{
  input: AcceptWaitlistOfferInput;
}>;


export type AcceptWaitlistOfferMutation = { acceptWaitlistOffer: { id: string } };

export type DeclineWaitlistOfferMutationVariables = Exact<{
  id: string;
}>;


export type DeclineWaitlistOfferMutation = { declineWaitlistOffer: { id: string, status: WaitlistStatus } };

export type SetUnitCapacityMutationVariables = Exact<{
  input: SetUnitCapacityInput;
}>;


export type SetUnitCapacityMutation = { setUnitCapacity: { id: string } };

export type ClientConfidentialAddressQueryVariables = Exact<{
  id: string;
}>;


export type ClientConfidentialAddressQuery = { client: { id: string, confidentialAddress: string } | null };

export type SearchClientsQueryVariables = Exact<{
  name: string;
  first?: number | null | undefined;
}>;


export type SearchClientsQuery = { searchClients: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, dateOfBirth: string | null } }> } };

export type ClientIdentityQueryVariables = Exact<{
  id: string;
}>;


export type ClientIdentityQuery = { client: { id: string, name: string | null, dateOfBirth: string | null, municipalityCode: string, riskLevel: RiskLevel } | null };

export type ClientConsentsQueryVariables = Exact<{
  id: string;
}>;


export type ClientConsentsQuery = { client: { id: string, consents: Array<{ id: string, partnerOrganisationId: string, categories: Array<DataCategory>, purpose: string, validFrom: string, validUntil: string, active: boolean, withdrawnAt: string | null }> } | null };

export type PartnerOrganisationNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerOrganisationNamesQuery = { partnerOrganisations: Array<{ id: string, name: string, partnerType: PartnerType }> };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { id: string } };

export type WithdrawConsentMutationVariables = Exact<{
  id: string;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { id: string, active: boolean } };

export type ClientHandoffsQueryVariables = Exact<{
  clientId: string;
}>;


export type ClientHandoffsQuery = { handoffs: { edges: Array<{ node: { id: string, status: HandoffStatus, priority: Priority, purpose: string, dueAt: string, overdue: boolean, partner: { id: string, name: string } } }> } };

export type ClientAftercareQueryVariables = Exact<{
  clientId: string;
}>;


export type ClientAftercareQuery = { aftercarePrograms: Array<{ id: string, startedOn: string, endedOn: string | null, homeVisitsPlanned: number, nextReviewOn: string }> };

export type ClientStaysQueryVariables = Exact<{
  clientId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClientStaysQuery = { stays: { edges: Array<{ node: { id: string, placementType: PlacementType, admittedOn: string, dischargedOn: string | null, location: { id: string, region: Region, isSecret: boolean } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HandoffsInboxQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type HandoffsInboxQuery = { handoffs: { edges: Array<{ node: { id: string, status: HandoffStatus, priority: Priority, purpose: string, dueAt: string, overdue: boolean, createdAt: string } }> } };

export type AcceptHandoffMutationVariables = Exact<{
  handoffId: string;
}>;


export type AcceptHandoffMutation = { transitionHandoff: { id: string, status: HandoffStatus } };

export type HandoffsListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  partnerType?: PartnerType | null | undefined;
  status?: Array<HandoffStatus> | HandoffStatus | null | undefined;
}>;


export type HandoffsListQuery = { handoffs: { edges: Array<{ node: { id: string, status: HandoffStatus, priority: Priority, purpose: string, dueAt: string, overdue: boolean, createdAt: string, partner: { id: string, name: string, partnerType: PartnerType } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HandoffDetailQueryVariables = Exact<{
  id: string;
}>;


export type HandoffDetailQuery = { handoff: { id: string, status: HandoffStatus, statusReason: string | null, priority: Priority, purpose: string, categories: Array<DataCategory>, dueAt: string, overdue: boolean, createdAt: string, updatedAt: string, partner: { id: string, name: string, partnerType: PartnerType }, history: Array<{ id: string, from: HandoffStatus | null, to: HandoffStatus, side: Side, reason: string | null, changedAt: string }>, notes: Array<{ id: string, authorSide: Side, text: string, createdAt: string }>, outcome: { successful: boolean, reasonCode: OutcomeReason, note: string | null } | null } | null };

export type HandoffPartnerOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoffPartnerOrganisationsQuery = { partnerOrganisations: Array<{ id: string, name: string, partnerType: PartnerType, active: boolean }> };

export type HandoffClientSearchQueryVariables = Exact<{
  name: string;
}>;


export type HandoffClientSearchQuery = { searchClients: { edges: Array<{ node: { id: string, name: string | null, dateOfBirth: string | null } }> } };

export type CreateHandoffMutationVariables = Exact<{
  input: CreateHandoffInput;
}>;


export type CreateHandoffMutation = { createHandoff: { id: string, status: HandoffStatus } };

export type InboxClientQueryVariables = Exact<{
  id: string;
}>;


export type InboxClientQuery = { handoff: { id: string, client: { id: string, name: string | null, dateOfBirth: string | null } } | null };

export type InboxClientHealthQueryVariables = Exact<{
  id: string;
}>;


export type InboxClientHealthQuery = { handoff: { id: string, client: { id: string, healthScreeningSummary: string | null } } | null };

export type InboxClientFinancesQueryVariables = Exact<{
  id: string;
}>;


export type InboxClientFinancesQuery = { handoff: { id: string, client: { id: string, financialSituation: string | null } } | null };

export type InboxClientHousingQueryVariables = Exact<{
  id: string;
}>;


export type InboxClientHousingQuery = { handoff: { id: string, client: { id: string, housingNeed: string | null, housingUrgency: HousingUrgency | null } } | null };

export type InboxClientIncomeQueryVariables = Exact<{
  id: string;
}>;


export type InboxClientIncomeQuery = { handoff: { id: string, client: { id: string, incomeAndBenefits: string | null } } | null };

export type InboxClientChildrenQueryVariables = Exact<{
  id: string;
}>;


export type InboxClientChildrenQuery = { handoff: { id: string, client: { id: string, children: Array<{ id: string, firstName: string, dateOfBirth: string, childSocialWorkerName: string }> | null } } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { userId: string, roles: Array<string>, side: CallerSide, organisationId: string | null, partnerType: PartnerType | null } };

export type ReferralPersonQueryVariables = Exact<{
  id: string;
}>;


export type ReferralPersonQuery = { referral: { id: string, referredPerson: { name: string, dateOfBirth: string, municipalityCode: string } | null } | null };

export type ReferralDuplicatesQueryVariables = Exact<{
  name: string;
  dateOfBirth: string;
  municipalityCode?: string | null | undefined;
}>;


export type ReferralDuplicatesQuery = { possibleDuplicates: Array<{ score: number, reasons: Array<{ kind: DuplicateReasonKind }>, client: { id: string, name: string | null, dateOfBirth: string | null } }> };

export type RegisterReferralClientMutationVariables = Exact<{
  input: RegisterClientInput;
}>;


export type RegisterReferralClientMutation = { registerClient: { id: string, name: string | null } };

export type LinkReferralClientMutationVariables = Exact<{
  input: LinkReferralClientInput;
}>;


export type LinkReferralClientMutation = { linkReferralClient: { id: string, client: { id: string, name: string | null } | null } };

export type ReferralDetailQueryVariables = Exact<{
  id: string;
}>;


export type ReferralDetailQuery = { referral: { id: string, status: ReferralStatus, priority: Priority, kind: ReferralKind, region: Region, service: CareService | null, fundingStream: FundingStream, sourceType: ReferralSourceType, receivedAt: string, contactDueAt: string, overdue: boolean, expectedWaitDays: number | null, referrerOrganisationName: string, referrerContactName: string, referrerContactPhone: string | null, referrerContactEmail: string | null, referrerReference: string | null, referrerMessage: string | null, history: Array<{ id: string, changedAt: string, changedByUserId: string, side: ReferralSide, from: ReferralStatus | null, to: ReferralStatus, reason: string | null, referrerMessage: string | null }> } | null };

export type ReferralClientQueryVariables = Exact<{
  id: string;
}>;


export type ReferralClientQuery = { referral: { id: string, client: { id: string, name: string | null } | null } | null };

export type TransitionReferralMutationVariables = Exact<{
  input: TransitionReferralInput;
}>;


export type TransitionReferralMutation = { transitionReferral: { id: string, status: ReferralStatus } };

export type ReferralsListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: Array<ReferralStatus> | ReferralStatus | null | undefined;
  region?: Region | null | undefined;
  overdue?: boolean | null | undefined;
}>;


export type ReferralsListQuery = { referrals: { edges: Array<{ node: { id: string, status: ReferralStatus, priority: Priority, region: Region, kind: ReferralKind, receivedAt: string, contactDueAt: string, overdue: boolean, referrerOrganisationName: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ServiceAvailabilityOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceAvailabilityOverviewQuery = { serviceAvailability: Array<{ id: string, region: Region, service: CareService, acceptingNewClients: boolean, contact: string | null, note: string | null, waitingTimeWeeksMin: number | null, waitingTimeWeeksMax: number | null, updatedAt: string }> };

export type SetServiceAvailabilityMutationVariables = Exact<{
  input: SetServiceAvailabilityInput;
}>;


export type SetServiceAvailabilityMutation = { setServiceAvailability: { id: string, acceptingNewClients: boolean } };

export type StatisticsMunicipalityQueryVariables = Exact<{ [key: string]: never; }>;


export type StatisticsMunicipalityQuery = { me: { municipalityCode: string | null } };

export type StatisticsFiguresFragment = { municipalityCode: string, year: number, clientsSheltered: { suppressed: boolean, value: number | null }, ambulatoryClients: { suppressed: boolean, value: number | null }, aftercarePrograms: { suppressed: boolean, value: number | null }, alarmDeployments: { suppressed: boolean, value: number | null }, referralsByKind: { total: { suppressed: boolean, value: number | null }, cells: Array<{ label: string, suppressed: boolean, value: number | null }> }, handoffsByPartnerType: { total: { suppressed: boolean, value: number | null }, cells: Array<{ label: string, suppressed: boolean, value: number | null }> }, clientsRegisteredByRiskLevel: { total: { suppressed: boolean, value: number | null }, cells: Array<{ label: string, suppressed: boolean, value: number | null }> } };

export type MunicipalityStatisticsQueryVariables = Exact<{
  municipalityCode: string;
  year: number;
}>;


export type MunicipalityStatisticsQuery = { municipalityStatistics: { municipalityCode: string, year: number, clientsSheltered: { suppressed: boolean, value: number | null }, ambulatoryClients: { suppressed: boolean, value: number | null }, aftercarePrograms: { suppressed: boolean, value: number | null }, alarmDeployments: { suppressed: boolean, value: number | null }, referralsByKind: { total: { suppressed: boolean, value: number | null }, cells: Array<{ label: string, suppressed: boolean, value: number | null }> }, handoffsByPartnerType: { total: { suppressed: boolean, value: number | null }, cells: Array<{ label: string, suppressed: boolean, value: number | null }> }, clientsRegisteredByRiskLevel: { total: { suppressed: boolean, value: number | null }, cells: Array<{ label: string, suppressed: boolean, value: number | null }> } } };

export type RegionStatisticsQueryVariables = Exact<{
  region: Region;
  year: number;
}>;


export type RegionStatisticsQuery = { regionStatistics: { municipalityCode: string, year: number, clientsSheltered: { suppressed: boolean, value: number | null }, ambulatoryClients: { suppressed: boolean, value: number | null }, aftercarePrograms: { suppressed: boolean, value: number | null }, alarmDeployments: { suppressed: boolean, value: number | null }, referralsByKind: { total: { suppressed: boolean, value: number | null }, cells: Array<{ label: string, suppressed: boolean, value: number | null }> }, handoffsByPartnerType: { total: { suppressed: boolean, value: number | null }, cells: Array<{ label: string, suppressed: boolean, value: number | null }> }, clientsRegisteredByRiskLevel: { total: { suppressed: boolean, value: number | null }, cells: Array<{ label: string, suppressed: boolean, value: number | null }> } } };

export type SubmitReferralMutationVariables = Exact<{
  input: SubmitReferralInput;
}>;


export type SubmitReferralMutation = { submitReferral: { id: string, status: ReferralStatus } };

export type TodayContactQueueQueryVariables = Exact<{
  withinDays: number;
}>;


export type TodayContactQueueQuery = { referralContactQueue: { totalCount: number, edges: Array<{ node: { id: string, status: ReferralStatus, priority: Priority, region: Region, contactDueAt: string, overdue: boolean, referrerOrganisationName: string } }> } };

export type TodayOverdueHandoffsQueryVariables = Exact<{ [key: string]: never; }>;


export type TodayOverdueHandoffsQuery = { overdueHandoffCounts: Array<{ partnerType: PartnerType, count: number, oldestDueAt: string, partnerOrganisation: { id: string, name: string } }> };

export type TodayWaitlistOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type TodayWaitlistOffersQuery = { waitlistOffers: { totalCount: number, edges: Array<{ node: { id: string, placementType: PlacementType, offerExpiresAt: string | null, location: { id: string, name: string | null } } }> } };

export type TodayReviewsDueQueryVariables = Exact<{
  withinDays: number;
}>;


export type TodayReviewsDueQuery = { reviewsDue: { totalCount: number, edges: Array<{ node: { id: string, kind: ReviewKind, dueOn: string, overdue: boolean } }> } };

export const StatisticsFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"clientsSheltered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ambulatoryClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aftercarePrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alarmDeployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoffsByPartnerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientsRegisteredByRiskLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<StatisticsFiguresFragment, unknown>;
export const OccupancyDocument = {"__meta__":{"hash":"sha256:b04681ed8acca8b226870268d20c8a68808210cbbe7b7b20670c0a12d0ac7b26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"isSecret"}}]}}]}}]}}]} as unknown as DocumentNode<OccupancyQuery, OccupancyQueryVariables>;
export const ShelterLocationNamesDocument = {"__meta__":{"hash":"sha256:d4b5b66641aa3ed7f073b70a0121653b5d31f9ce48d8d2d75a91eb38ba79b067"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShelterLocationNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterLocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ShelterLocationNamesQuery, ShelterLocationNamesQueryVariables>;
export const UnitWaitlistDocument = {"__meta__":{"hash":"sha256:e7baa3df96864f7e7c7fa6c5a6e402b451bb93774a6e526f2b026fd486012f38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placementType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementType"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"placementType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placementType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UnitWaitlistQuery, UnitWaitlistQueryVariables>;
export const CurrentStaysDocument = {"__meta__":{"hash":"sha256:1d14051d8c2e7c5fe355d97d048fe1b831f283a8b1cf6b862963ff7353c1bdae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentStays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"placementType"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"isSecret"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentStaysQuery, CurrentStaysQueryVariables>;
export const AdmitClientDocument = {"__meta__":{"hash":"sha256:e31ac8df382f8396bec63f7fdbdd83922347e0edb925419880743ed44143d91b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmitClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitlistEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<AdmitClientMutation, AdmitClientMutationVariables>;
export const DischargeClientDocument = {"__meta__":{"hash":"sha256:1b7a6ad73d042ccaee4b362fa4e0a8879b3d15e8157c443d27c720696aeb47f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DischargeClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargeClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedOn"}}]}}]}}]} as unknown as DocumentNode<DischargeClientMutation, DischargeClientMutationVariables>;
export const AcceptWaitlistOfferDocument = {"__meta__":{"hash":"sha256:9e3db3df6ec57e2dbea96bc38e51db2c801981baf2f1b863c74c4ac5ecc19a6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptWaitlistOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptWaitlistOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptWaitlistOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcceptWaitlistOfferMutation, AcceptWaitlistOfferMutationVariables>;
export const DeclineWaitlistOfferDocument = {"__meta__":{"hash":"sha256:10625fea81d03a0f49eaf2e8ab7e2daed5d09d963235b56ed7dd6c0ae455bca1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineWaitlistOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineWaitlistOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclineWaitlistOfferMutation, DeclineWaitlistOfferMutationVariables>;
export const SetUnitCapacityDocument = {"__meta__":{"hash":"sha256:766c11da8b3ad430a64453d1955b2538daac39120fa68d607c82f9474aec5fd6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUnitCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUnitCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUnitCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetUnitCapacityMutation, SetUnitCapacityMutationVariables>;
export const ClientConfidentialAddressDocument = {"__meta__":{"hash":"sha256:1af5131f64890d2dbbddd37adcf697eb358d69a8ee051f7d26f926bf665ff402"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientConfidentialAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialAddress"}}]}}]}}]} as unknown as DocumentNode<ClientConfidentialAddressQuery, ClientConfidentialAddressQueryVariables>;
export const SearchClientsDocument = {"__meta__":{"hash":"sha256:cca82a6a380972e75eebc1f2b60a32a7349b141695d289ea5adc9404e95c19d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchClientsQuery, SearchClientsQueryVariables>;
export const ClientIdentityDocument = {"__meta__":{"hash":"sha256:88e7752dd47859301483ebdb72b00f399371daf42b5a150bd5c9740a868d10ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}}]}}]}}]} as unknown as DocumentNode<ClientIdentityQuery, ClientIdentityQueryVariables>;
export const ClientConsentsDocument = {"__meta__":{"hash":"sha256:f1e0f76a8bf8945d103ef14398747c3ff52e700508cd98696cb5ab9884d04967"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]}}]} as unknown as DocumentNode<ClientConsentsQuery, ClientConsentsQueryVariables>;
export const PartnerOrganisationNamesDocument = {"__meta__":{"hash":"sha256:3cbc005f30fc94e532d172a5c8799aa1da73cac13c2c852bc8d80295bf93f088"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOrganisationNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}}]}}]}}]} as unknown as DocumentNode<PartnerOrganisationNamesQuery, PartnerOrganisationNamesQueryVariables>;
export const RecordConsentDocument = {"__meta__":{"hash":"sha256:eb7aeb4eacaf636d51255a05e718dddeeba95bf4c083a49e463e586c7e43369f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const WithdrawConsentDocument = {"__meta__":{"hash":"sha256:f465c8a920227d177963b562d24c4665d224a4adb8a1c7e90272e8d72487c6a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const ClientHandoffsDocument = {"__meta__":{"hash":"sha256:56521503fd260284b2545456fc129932be31dd8b3a979aa17c67f64cac23feb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientHandoffs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientHandoffsQuery, ClientHandoffsQueryVariables>;
export const ClientAftercareDocument = {"__meta__":{"hash":"sha256:8547c75d5572d40e7b79b370e24579571676be65338fb15ad400f407993fe20e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientAftercare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aftercarePrograms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}}]}}]}}]} as unknown as DocumentNode<ClientAftercareQuery, ClientAftercareQueryVariables>;
export const ClientStaysDocument = {"__meta__":{"hash":"sha256:ea6c60eeb79fc5ce9d06c3f984b9cd5dfe3bd4ebfe18bc1ee35a9aa6df0c6aa3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientStays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placementType"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"isSecret"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ClientStaysQuery, ClientStaysQueryVariables>;
export const HandoffsInboxDocument = {"__meta__":{"hash":"sha256:ee3e2a3369d11511f7905f2f6b2a99158ec8f6b4608410bb80042b2febe3b6b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoffsInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REQUESTED"},{"kind":"EnumValue","value":"RECEIVED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HandoffsInboxQuery, HandoffsInboxQueryVariables>;
export const AcceptHandoffDocument = {"__meta__":{"hash":"sha256:ffd6f03d2c6f4adcf830082bb5761b36965fe0f536886c70c1be53eb5071ae5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptHandoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handoffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionHandoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"handoffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handoffId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"EnumValue","value":"ACCEPTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptHandoffMutation, AcceptHandoffMutationVariables>;
export const HandoffsListDocument = {"__meta__":{"hash":"sha256:823c78c5a4d1d3e72ac3121076d8f91e839b43200cbaf5d5ec7ebe52d47b6ea1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoffsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandoffStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnerType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerType"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HandoffsListQuery, HandoffsListQueryVariables>;
export const HandoffDetailDocument = {"__meta__":{"hash":"sha256:bc7282be5b475abfad9fb06bacbfd6abbba1c8495442ce6f91d7269ff807f2c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoffDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorSide"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<HandoffDetailQuery, HandoffDetailQueryVariables>;
export const HandoffPartnerOrganisationsDocument = {"__meta__":{"hash":"sha256:37548ef83269cca5f6463b0e892a77ee8428ab24d714cf9abde59ce03d66930a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoffPartnerOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<HandoffPartnerOrganisationsQuery, HandoffPartnerOrganisationsQueryVariables>;
export const HandoffClientSearchDocument = {"__meta__":{"hash":"sha256:ac21b687104c5873ca04c3ebb4e85f8c7416eca37e96d329d08cdffd49e02a21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoffClientSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HandoffClientSearchQuery, HandoffClientSearchQueryVariables>;
export const CreateHandoffDocument = {"__meta__":{"hash":"sha256:4dd1d42f573bc3eab6d7a05b2f9401b94c7ae4975fee01957e0584667c14a3b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateHandoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHandoffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHandoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateHandoffMutation, CreateHandoffMutationVariables>;
export const InboxClientDocument = {"__meta__":{"hash":"sha256:7481b366661e05f0479f9fb5efcbb50d9030361531615f6de9c29d7f44913409"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]}}]} as unknown as DocumentNode<InboxClientQuery, InboxClientQueryVariables>;
export const InboxClientHealthDocument = {"__meta__":{"hash":"sha256:aa3ff072c0019b0048f9ec409745e8ba3bedc4e6c5a6d614183aab4c4e36688e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxClientHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"healthScreeningSummary"}}]}}]}}]}}]} as unknown as DocumentNode<InboxClientHealthQuery, InboxClientHealthQueryVariables>;
export const InboxClientFinancesDocument = {"__meta__":{"hash":"sha256:6e0dce93b27ad05c05d7416cfcfbfdcd8143cdac855ba5872888bc144734777a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxClientFinances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"financialSituation"}}]}}]}}]}}]} as unknown as DocumentNode<InboxClientFinancesQuery, InboxClientFinancesQueryVariables>;
export const InboxClientHousingDocument = {"__meta__":{"hash":"sha256:c4c641399380147386bfbef185a653691a18dddac53a630b70a94a321d6366db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxClientHousing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"housingNeed"}},{"kind":"Field","name":{"kind":"Name","value":"housingUrgency"}}]}}]}}]}}]} as unknown as DocumentNode<InboxClientHousingQuery, InboxClientHousingQueryVariables>;
export const InboxClientIncomeDocument = {"__meta__":{"hash":"sha256:6c2f0f12bd4426113db2d41bac0adabfa8f778e5b3486ce51572b27b23c6f991"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxClientIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incomeAndBenefits"}}]}}]}}]}}]} as unknown as DocumentNode<InboxClientIncomeQuery, InboxClientIncomeQueryVariables>;
export const InboxClientChildrenDocument = {"__meta__":{"hash":"sha256:4a48ca8984db0d31ddda291c9b5ef6aab76b8201eec6aa0d3e46598a8b251b67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxClientChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"childSocialWorkerName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxClientChildrenQuery, InboxClientChildrenQueryVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:05c3a22e90bb644f709d15a40096f0acff6e7e836925be29b02cdf6ababcabb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ReferralPersonDocument = {"__meta__":{"hash":"sha256:80f28bbfe62c971c648a259eff1953c1ca9d355bdfebc9d36e63103c9419c288"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralPersonQuery, ReferralPersonQueryVariables>;
export const ReferralDuplicatesDocument = {"__meta__":{"hash":"sha256:18235491ae77e51d3a5ae82b3a32b2019a90d6d4a8b5e6c9169098743ee2b473"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateOfBirth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"dateOfBirth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateOfBirth"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralDuplicatesQuery, ReferralDuplicatesQueryVariables>;
export const RegisterReferralClientDocument = {"__meta__":{"hash":"sha256:2bd48d368011e64e6161e33fee68b6f88a8dfe71a50119ecc66c251cf27557ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterReferralClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegisterReferralClientMutation, RegisterReferralClientMutationVariables>;
export const LinkReferralClientDocument = {"__meta__":{"hash":"sha256:8201b1937e5cff967b6d39b466c7ce7eb0027f2c9bb29f66b4ec8fc53e98196f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkReferralClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkReferralClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkReferralClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LinkReferralClientMutation, LinkReferralClientMutationVariables>;
export const ReferralDetailDocument = {"__meta__":{"hash":"sha256:fc7a567b242d74a342a4107bdf2d4bb3e9945fe0f30ead810b2d9d505b20f4bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStream"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"expectedWaitDays"}},{"kind":"Field","name":{"kind":"Name","value":"referrerOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"referrerContactName"}},{"kind":"Field","name":{"kind":"Name","value":"referrerContactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"referrerContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"referrerReference"}},{"kind":"Field","name":{"kind":"Name","value":"referrerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedByUserId"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"referrerMessage"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralDetailQuery, ReferralDetailQueryVariables>;
export const ReferralClientDocument = {"__meta__":{"hash":"sha256:8b08898d1f264f842646d45bde7c7d915c9b3506414651eab727656ce8933abb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralClientQuery, ReferralClientQueryVariables>;
export const TransitionReferralDocument = {"__meta__":{"hash":"sha256:1096c3ed622ddec5dd17faa9135df1b0ce9f9c0d6decc4f96bca05649c80e732"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TransitionReferralMutation, TransitionReferralMutationVariables>;
export const ReferralsListDocument = {"__meta__":{"hash":"sha256:5855ffa99635722654c2a5830dbaea8fc25cf05a39797fefb3d741d4e4eaf10d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"referrerOrganisationName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralsListQuery, ReferralsListQueryVariables>;
export const ServiceAvailabilityOverviewDocument = {"__meta__":{"hash":"sha256:b294a99ce1705eb0f56bbe58aa6e50f4f9f080fbf449a42f77d2287004357b99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceAvailabilityOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingNewClients"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"waitingTimeWeeksMin"}},{"kind":"Field","name":{"kind":"Name","value":"waitingTimeWeeksMax"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ServiceAvailabilityOverviewQuery, ServiceAvailabilityOverviewQueryVariables>;
export const SetServiceAvailabilityDocument = {"__meta__":{"hash":"sha256:f7528dc1b5347f53b71bbb0c1c0e4a07f171886e4903cefed16e33126b6db761"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetServiceAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetServiceAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setServiceAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingNewClients"}}]}}]}}]} as unknown as DocumentNode<SetServiceAvailabilityMutation, SetServiceAvailabilityMutationVariables>;
export const StatisticsMunicipalityDocument = {"__meta__":{"hash":"sha256:e23243b42683b3a4f60e82de3e2e008f128745308241333e08fe17c28e42ca6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}}]}}]} as unknown as DocumentNode<StatisticsMunicipalityQuery, StatisticsMunicipalityQueryVariables>;
export const MunicipalityStatisticsDocument = {"__meta__":{"hash":"sha256:ed23487be0f453d8fe4a8bdc2edce12feef2e3418622abfb9f0b6031bfb2f296"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"clientsSheltered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ambulatoryClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aftercarePrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alarmDeployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoffsByPartnerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientsRegisteredByRiskLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityStatisticsQuery, MunicipalityStatisticsQueryVariables>;
export const RegionStatisticsDocument = {"__meta__":{"hash":"sha256:dd20e8250cdda120405b97dc348eeb5429851079b0fbb8ce00a58a9d60b7d144"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"clientsSheltered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ambulatoryClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aftercarePrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alarmDeployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoffsByPartnerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientsRegisteredByRiskLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<RegionStatisticsQuery, RegionStatisticsQueryVariables>;
export const SubmitReferralDocument = {"__meta__":{"hash":"sha256:78cea3bec1f75cc54ee5a1574c5a4ca46188d12e976973c44c923838d34a49d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitReferralMutation, SubmitReferralMutationVariables>;
export const TodayContactQueueDocument = {"__meta__":{"hash":"sha256:6345de3a924e5bba6a5dc2e61f745deb1a1b61c798cc921a26d0d145c684a352"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayContactQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralContactQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"contactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"referrerOrganisationName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodayContactQueueQuery, TodayContactQueueQueryVariables>;
export const TodayOverdueHandoffsDocument = {"__meta__":{"hash":"sha256:2b17f3de32e8b9bc729f36066e9003543d2eb5a5c52a4a706084e0b162990ec3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayOverdueHandoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueHandoffCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerType"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"oldestDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"partnerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TodayOverdueHandoffsQuery, TodayOverdueHandoffsQueryVariables>;
export const TodayWaitlistOffersDocument = {"__meta__":{"hash":"sha256:9a8216c4e03fe7da23ce79e9162d0fa0423a4fc70b9cb5cee179c3765a552f8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayWaitlistOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitlistOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placementType"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodayWaitlistOffersQuery, TodayWaitlistOffersQueryVariables>;
export const TodayReviewsDueDocument = {"__meta__":{"hash":"sha256:93f489940addf14e581a876abf597564d056d6eb2b5a216c0bae1479edafa1c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayReviewsDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodayReviewsDueQuery, TodayReviewsDueQueryVariables>;