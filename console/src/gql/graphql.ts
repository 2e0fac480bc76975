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

/** Safety risk assessment: RED acute danger, ORANGE elevated, GREEN stable. */
export type RiskLevel =
  | 'GREEN'
  | 'ORANGE'
  | 'RED';

export type SetUnitCapacityInput = {
  /** Places, 0 to 100; not fewer than the places taken and held now. */
  capacity: number;
  /** The placement unit (occupancy.unitId). */
  unitId: string;
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

export type HandoffsInboxQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type HandoffsInboxQuery = { handoffs: { edges: Array<{ node: { id: string, status: HandoffStatus, priority: Priority, purpose: string, dueAt: string, overdue: boolean, createdAt: string } }> } };

export type AcceptHandoffMutationVariables = Exact<{
  handoffId: string;
}>;


export type AcceptHandoffMutation = { transitionHandoff: { id: string, status: HandoffStatus } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { userId: string, roles: Array<string>, side: CallerSide, organisationId: string | null, partnerType: PartnerType | null } };

export type ReferralsListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: Array<ReferralStatus> | ReferralStatus | null | undefined;
}>;


export type ReferralsListQuery = { referrals: { edges: Array<{ node: { id: string, status: ReferralStatus, priority: Priority, region: Region, kind: ReferralKind, receivedAt: string, contactDueAt: string, overdue: boolean, referrerOrganisationName: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };


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
export const HandoffsInboxDocument = {"__meta__":{"hash":"sha256:ee3e2a3369d11511f7905f2f6b2a99158ec8f6b4608410bb80042b2febe3b6b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoffsInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REQUESTED"},{"kind":"EnumValue","value":"RECEIVED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HandoffsInboxQuery, HandoffsInboxQueryVariables>;
export const AcceptHandoffDocument = {"__meta__":{"hash":"sha256:ffd6f03d2c6f4adcf830082bb5761b36965fe0f536886c70c1be53eb5071ae5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptHandoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handoffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionHandoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"handoffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handoffId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"EnumValue","value":"ACCEPTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptHandoffMutation, AcceptHandoffMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:05c3a22e90bb644f709d15a40096f0acff6e7e836925be29b02cdf6ababcabb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ReferralsListDocument = {"__meta__":{"hash":"sha256:d1cd10070d9f7a26f177cc851ea349c5ad4cdd942b74733a18094681c3cf9ea6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"referrerOrganisationName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralsListQuery, ReferralsListQueryVariables>;