/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The side a caller acts for (roles.ts: sideOf). */
export type CallerSide =
  | 'AUDITOR'
  | 'KADERA'
  | 'MUNICIPALITY'
  | 'PARTNER'
  | 'REFERRER';

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

/** The Kadera coordinator for a handoff; a work phone number or an email address is required. */
export type KaderaContactInput = {
  /** Work email address; stored in lower case. Blank counts as left out. */
  email?: string | null | undefined;
  /** 1 to 200 characters. */
  name: string;
  /** Work phone. Blank counts as left out. */
  phone?: string | null | undefined;
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

/** AMBULATORY: outpatient guidance; SHELTER: a shelter place; CONSULTATION: a professional asking for advice anonymously, without client data. */
export type ReferralKind =
  | 'AMBULATORY'
  | 'CONSULTATION'
  | 'SHELTER';

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

/** Care region (IJsselland: Zwolle; Twente: Enschede; Hardenberg). */
export type Region =
  | 'HARDENBERG'
  | 'IJSSELLAND'
  | 'TWENTE';

/** AFTERCARE: an aftercare programme; ALARM: an Aware alarm deployment. */
export type ReviewKind =
  | 'AFTERCARE'
  | 'ALARM';

/** Which side of a workflow made a change. */
export type Side =
  | 'KADERA'
  | 'PARTNER'
  | 'REFERRER';

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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { userId: string, roles: Array<string>, side: CallerSide, organisationId: string | null, partnerType: PartnerType | null } };

export type ReferralsListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: Array<ReferralStatus> | ReferralStatus | null | undefined;
}>;


export type ReferralsListQuery = { referrals: { edges: Array<{ node: { id: string, status: ReferralStatus, priority: Priority, region: Region, kind: ReferralKind, receivedAt: string, contactDueAt: string, overdue: boolean, referrerOrganisationName: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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
export const HandoffsInboxDocument = {"__meta__":{"hash":"sha256:ee3e2a3369d11511f7905f2f6b2a99158ec8f6b4608410bb80042b2febe3b6b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoffsInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REQUESTED"},{"kind":"EnumValue","value":"RECEIVED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HandoffsInboxQuery, HandoffsInboxQueryVariables>;
export const AcceptHandoffDocument = {"__meta__":{"hash":"sha256:ffd6f03d2c6f4adcf830082bb5761b36965fe0f536886c70c1be53eb5071ae5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptHandoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handoffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionHandoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"handoffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handoffId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"EnumValue","value":"ACCEPTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptHandoffMutation, AcceptHandoffMutationVariables>;
export const HandoffsListDocument = {"__meta__":{"hash":"sha256:823c78c5a4d1d3e72ac3121076d8f91e839b43200cbaf5d5ec7ebe52d47b6ea1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoffsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandoffStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnerType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerType"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HandoffsListQuery, HandoffsListQueryVariables>;
export const HandoffDetailDocument = {"__meta__":{"hash":"sha256:bc7282be5b475abfad9fb06bacbfd6abbba1c8495442ce6f91d7269ff807f2c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoffDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorSide"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<HandoffDetailQuery, HandoffDetailQueryVariables>;
export const HandoffPartnerOrganisationsDocument = {"__meta__":{"hash":"sha256:37548ef83269cca5f6463b0e892a77ee8428ab24d714cf9abde59ce03d66930a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoffPartnerOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<HandoffPartnerOrganisationsQuery, HandoffPartnerOrganisationsQueryVariables>;
export const HandoffClientSearchDocument = {"__meta__":{"hash":"sha256:ac21b687104c5873ca04c3ebb4e85f8c7416eca37e96d329d08cdffd49e02a21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoffClientSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HandoffClientSearchQuery, HandoffClientSearchQueryVariables>;
export const CreateHandoffDocument = {"__meta__":{"hash":"sha256:4dd1d42f573bc3eab6d7a05b2f9401b94c7ae4975fee01957e0584667c14a3b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateHandoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHandoffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHandoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateHandoffMutation, CreateHandoffMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:05c3a22e90bb644f709d15a40096f0acff6e7e836925be29b02cdf6ababcabb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ReferralsListDocument = {"__meta__":{"hash":"sha256:d1cd10070d9f7a26f177cc851ea349c5ad4cdd942b74733a18094681c3cf9ea6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"referrerOrganisationName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralsListQuery, ReferralsListQueryVariables>;
export const StatisticsMunicipalityDocument = {"__meta__":{"hash":"sha256:e23243b42683b3a4f60e82de3e2e008f128745308241333e08fe17c28e42ca6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}}]}}]} as unknown as DocumentNode<StatisticsMunicipalityQuery, StatisticsMunicipalityQueryVariables>;
export const MunicipalityStatisticsDocument = {"__meta__":{"hash":"sha256:ed23487be0f453d8fe4a8bdc2edce12feef2e3418622abfb9f0b6031bfb2f296"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"clientsSheltered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ambulatoryClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aftercarePrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alarmDeployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoffsByPartnerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientsRegisteredByRiskLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityStatisticsQuery, MunicipalityStatisticsQueryVariables>;
export const RegionStatisticsDocument = {"__meta__":{"hash":"sha256:dd20e8250cdda120405b97dc348eeb5429851079b0fbb8ce00a58a9d60b7d144"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"clientsSheltered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ambulatoryClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aftercarePrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alarmDeployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoffsByPartnerType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientsRegisteredByRiskLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<RegionStatisticsQuery, RegionStatisticsQueryVariables>;
export const TodayContactQueueDocument = {"__meta__":{"hash":"sha256:6345de3a924e5bba6a5dc2e61f745deb1a1b61c798cc921a26d0d145c684a352"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayContactQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralContactQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"contactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"referrerOrganisationName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodayContactQueueQuery, TodayContactQueueQueryVariables>;
export const TodayOverdueHandoffsDocument = {"__meta__":{"hash":"sha256:2b17f3de32e8b9bc729f36066e9003543d2eb5a5c52a4a706084e0b162990ec3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayOverdueHandoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueHandoffCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerType"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"oldestDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"partnerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TodayOverdueHandoffsQuery, TodayOverdueHandoffsQueryVariables>;
export const TodayWaitlistOffersDocument = {"__meta__":{"hash":"sha256:9a8216c4e03fe7da23ce79e9162d0fa0423a4fc70b9cb5cee179c3765a552f8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayWaitlistOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitlistOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placementType"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodayWaitlistOffersQuery, TodayWaitlistOffersQueryVariables>;
export const TodayReviewsDueDocument = {"__meta__":{"hash":"sha256:93f489940addf14e581a876abf597564d056d6eb2b5a216c0bae1479edafa1c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayReviewsDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodayReviewsDueQuery, TodayReviewsDueQueryVariables>;