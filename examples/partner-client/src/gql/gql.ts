/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation TransitionHandoff($input: TransitionHandoffInput!) {\n  transitionHandoff(input: $input) {\n    id\n    status\n    updatedAt\n  }\n}\n\nmutation AddHandoffNote($input: AddHandoffNoteInput!) {\n  addHandoffNote(input: $input) {\n    id\n    createdAt\n  }\n}": typeof types.TransitionHandoffDocument,
    "query HandoffsChangedSince($updatedSince: DateTimeISO!, $after: String, $first: Int) {\n  handoffs(updatedSince: $updatedSince, after: $after, first: $first) {\n    edges {\n      node {\n        ...HandoffSummary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery Handoff($id: UUID!) {\n  handoff(id: $id) {\n    ...HandoffSummary\n    notes {\n      authorSide\n      createdAt\n      text\n    }\n  }\n}\n\nfragment HandoffSummary on Handoff {\n  id\n  status\n  statusReason\n  priority\n  purpose\n  dueAt\n  updatedAt\n  outcome {\n    successful\n    reasonCode\n  }\n}": typeof types.HandoffsChangedSinceDocument,
};
const documents: Documents = {
    "mutation TransitionHandoff($input: TransitionHandoffInput!) {\n  transitionHandoff(input: $input) {\n    id\n    status\n    updatedAt\n  }\n}\n\nmutation AddHandoffNote($input: AddHandoffNoteInput!) {\n  addHandoffNote(input: $input) {\n    id\n    createdAt\n  }\n}": types.TransitionHandoffDocument,
    "query HandoffsChangedSince($updatedSince: DateTimeISO!, $after: String, $first: Int) {\n  handoffs(updatedSince: $updatedSince, after: $after, first: $first) {\n    edges {\n      node {\n        ...HandoffSummary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery Handoff($id: UUID!) {\n  handoff(id: $id) {\n    ...HandoffSummary\n    notes {\n      authorSide\n      createdAt\n      text\n    }\n  }\n}\n\nfragment HandoffSummary on Handoff {\n  id\n  status\n  statusReason\n  priority\n  purpose\n  dueAt\n  updatedAt\n  outcome {\n    successful\n    reasonCode\n  }\n}": types.HandoffsChangedSinceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransitionHandoff($input: TransitionHandoffInput!) {\n  transitionHandoff(input: $input) {\n    id\n    status\n    updatedAt\n  }\n}\n\nmutation AddHandoffNote($input: AddHandoffNoteInput!) {\n  addHandoffNote(input: $input) {\n    id\n    createdAt\n  }\n}"): (typeof documents)["mutation TransitionHandoff($input: TransitionHandoffInput!) {\n  transitionHandoff(input: $input) {\n    id\n    status\n    updatedAt\n  }\n}\n\nmutation AddHandoffNote($input: AddHandoffNoteInput!) {\n  addHandoffNote(input: $input) {\n    id\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HandoffsChangedSince($updatedSince: DateTimeISO!, $after: String, $first: Int) {\n  handoffs(updatedSince: $updatedSince, after: $after, first: $first) {\n    edges {\n      node {\n        ...HandoffSummary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery Handoff($id: UUID!) {\n  handoff(id: $id) {\n    ...HandoffSummary\n    notes {\n      authorSide\n      createdAt\n      text\n    }\n  }\n}\n\nfragment HandoffSummary on Handoff {\n  id\n  status\n  statusReason\n  priority\n  purpose\n  dueAt\n  updatedAt\n  outcome {\n    successful\n    reasonCode\n  }\n}"): (typeof documents)["query HandoffsChangedSince($updatedSince: DateTimeISO!, $after: String, $first: Int) {\n  handoffs(updatedSince: $updatedSince, after: $after, first: $first) {\n    edges {\n      node {\n        ...HandoffSummary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery Handoff($id: UUID!) {\n  handoff(id: $id) {\n    ...HandoffSummary\n    notes {\n      authorSide\n      createdAt\n      text\n    }\n  }\n}\n\nfragment HandoffSummary on Handoff {\n  id\n  status\n  statusReason\n  priority\n  purpose\n  dueAt\n  updatedAt\n  outcome {\n    successful\n    reasonCode\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;