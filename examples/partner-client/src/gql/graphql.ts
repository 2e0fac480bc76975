/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A message on a handoff, from Kadera or from the partner it is addressed to. */
export type AddHandoffNoteInput = {
  handoffId: string;
  /** A retry with the same key returns the first note. */
  idempotencyKey?: string | null | undefined;
  /** 1 to 4000 characters. */
  text: string;
};

/** The outcome a partner reports when closing a handoff. */
export type HandoffOutcomeInput = {
  /** At most 2000 characters. */
  note?: string | null | undefined;
  reasonCode: OutcomeReason;
  successful: boolean;
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

/** Coded reason for the outcome of a handoff. */
export type OutcomeReason =
  | 'CLIENT_DECLINED'
  | 'GOAL_REACHED'
  | 'NOT_ELIGIBLE'
  | 'NO_CONTACT'
  | 'OTHER'
  | 'REFERRED_ELSEWHERE';

export type Priority =
  | 'ROUTINE'
  | 'URGENT';

/** Which side of a workflow made a change. */
export type Side =
  | 'KADERA'
  | 'PARTNER'
  | 'REFERRER';

/** A move of a handoff to another status. */
export type TransitionHandoffInput = {
  handoffId: string;
  /** Required for COMPLETED (successful) and FAILED (not). */
  outcome?: HandoffOutcomeInput | null | undefined;
  /** Required for REJECTED, ON_HOLD, CANCELLED, FAILED, ENTERED_IN_ERROR. At most 1000 characters. */
  reason?: string | null | undefined;
  to: HandoffStatus;
};

export type TransitionHandoffMutationVariables = Exact<{
  input: TransitionHandoffInput;
}>;


export type TransitionHandoffMutation = { transitionHandoff: { id: string, status: HandoffStatus, updatedAt: string } };

export type AddHandoffNoteMutationVariables = Exact<{
  input: AddHandoffNoteInput;
}>;


export type AddHandoffNoteMutation = { addHandoffNote: { id: string, createdAt: string } };

export type HandoffsChangedSinceQueryVariables = Exact<{
  updatedSince: string;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type HandoffsChangedSinceQuery = { handoffs: { edges: Array<{ node: { id: string, status: HandoffStatus, statusReason: string | null, priority: Priority, purpose: string, dueAt: string, updatedAt: string, outcome: { successful: boolean, reasonCode: OutcomeReason } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HandoffQueryVariables = Exact<{
  id: string;
}>;


export type HandoffQuery = { handoff: { id: string, status: HandoffStatus, statusReason: string | null, priority: Priority, purpose: string, dueAt: string, updatedAt: string, notes: Array<{ authorSide: Side, createdAt: string, text: string }>, outcome: { successful: boolean, reasonCode: OutcomeReason } | null } | null };

export type HandoffSummaryFragment = { id: string, status: HandoffStatus, statusReason: string | null, priority: Priority, purpose: string, dueAt: string, updatedAt: string, outcome: { successful: boolean, reasonCode: OutcomeReason } | null };

export const HandoffSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoffSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handoff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}}]}}]}}]} as unknown as DocumentNode<HandoffSummaryFragment, unknown>;
export const TransitionHandoffDocument = {"__meta__":{"hash":"sha256:2101931ef1735210bad0158336d52628ce42b06152dc0f9d30528bf35a45309f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionHandoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionHandoffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionHandoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<TransitionHandoffMutation, TransitionHandoffMutationVariables>;
export const AddHandoffNoteDocument = {"__meta__":{"hash":"sha256:b02cfef54dce4d4048855901e5abe878a2a27738fa8d4c24b6ef0b985715a24b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddHandoffNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddHandoffNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addHandoffNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AddHandoffNoteMutation, AddHandoffNoteMutationVariables>;
export const HandoffsChangedSinceDocument = {"__meta__":{"hash":"sha256:eb77fc55edb223e0cb64f33145df7b5db093ab1c264e078a000181ed543e0e92"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoffsChangedSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoffSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoffSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handoff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}}]}}]}}]} as unknown as DocumentNode<HandoffsChangedSinceQuery, HandoffsChangedSinceQueryVariables>;
export const HandoffDocument = {"__meta__":{"hash":"sha256:8ae0baf1a486eef9f10c528115b2893e3ddeae6b52c5e14bdf2f4627022c917d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Handoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoffSummary"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorSide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoffSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handoff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successful"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}}]}}]}}]} as unknown as DocumentNode<HandoffQuery, HandoffQueryVariables>;