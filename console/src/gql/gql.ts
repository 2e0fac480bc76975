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
    "query HandoffsInbox($first: Int) {\n  handoffs(first: $first, status: [REQUESTED, RECEIVED, ACCEPTED, IN_PROGRESS]) {\n    edges {\n      node {\n        id\n        status\n        priority\n        purpose\n        dueAt\n        overdue\n        createdAt\n      }\n    }\n  }\n}\n\nmutation AcceptHandoff($handoffId: UUID!) {\n  transitionHandoff(input: {handoffId: $handoffId, to: ACCEPTED}) {\n    id\n    status\n  }\n}": typeof types.HandoffsInboxDocument,
    "query Me {\n  me {\n    userId\n    roles\n    side\n    organisationId\n    partnerType\n  }\n}": typeof types.MeDocument,
    "query ReferralsList($first: Int, $after: String, $status: [ReferralStatus!]) {\n  referrals(first: $first, after: $after, status: $status) {\n    edges {\n      node {\n        id\n        status\n        priority\n        region\n        kind\n        receivedAt\n        contactDueAt\n        overdue\n        referrerOrganisationName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ReferralsListDocument,
};
const documents: Documents = {
    "query HandoffsInbox($first: Int) {\n  handoffs(first: $first, status: [REQUESTED, RECEIVED, ACCEPTED, IN_PROGRESS]) {\n    edges {\n      node {\n        id\n        status\n        priority\n        purpose\n        dueAt\n        overdue\n        createdAt\n      }\n    }\n  }\n}\n\nmutation AcceptHandoff($handoffId: UUID!) {\n  transitionHandoff(input: {handoffId: $handoffId, to: ACCEPTED}) {\n    id\n    status\n  }\n}": types.HandoffsInboxDocument,
    "query Me {\n  me {\n    userId\n    roles\n    side\n    organisationId\n    partnerType\n  }\n}": types.MeDocument,
    "query ReferralsList($first: Int, $after: String, $status: [ReferralStatus!]) {\n  referrals(first: $first, after: $after, status: $status) {\n    edges {\n      node {\n        id\n        status\n        priority\n        region\n        kind\n        receivedAt\n        contactDueAt\n        overdue\n        referrerOrganisationName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ReferralsListDocument,
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
export function graphql(source: "query HandoffsInbox($first: Int) {\n  handoffs(first: $first, status: [REQUESTED, RECEIVED, ACCEPTED, IN_PROGRESS]) {\n    edges {\n      node {\n        id\n        status\n        priority\n        purpose\n        dueAt\n        overdue\n        createdAt\n      }\n    }\n  }\n}\n\nmutation AcceptHandoff($handoffId: UUID!) {\n  transitionHandoff(input: {handoffId: $handoffId, to: ACCEPTED}) {\n    id\n    status\n  }\n}"): (typeof documents)["query HandoffsInbox($first: Int) {\n  handoffs(first: $first, status: [REQUESTED, RECEIVED, ACCEPTED, IN_PROGRESS]) {\n    edges {\n      node {\n        id\n        status\n        priority\n        purpose\n        dueAt\n        overdue\n        createdAt\n      }\n    }\n  }\n}\n\nmutation AcceptHandoff($handoffId: UUID!) {\n  transitionHandoff(input: {handoffId: $handoffId, to: ACCEPTED}) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    userId\n    roles\n    side\n    organisationId\n    partnerType\n  }\n}"): (typeof documents)["query Me {\n  me {\n    userId\n    roles\n    side\n    organisationId\n    partnerType\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralsList($first: Int, $after: String, $status: [ReferralStatus!]) {\n  referrals(first: $first, after: $after, status: $status) {\n    edges {\n      node {\n        id\n        status\n        priority\n        region\n        kind\n        receivedAt\n        contactDueAt\n        overdue\n        referrerOrganisationName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ReferralsList($first: Int, $after: String, $status: [ReferralStatus!]) {\n  referrals(first: $first, after: $after, status: $status) {\n    edges {\n      node {\n        id\n        status\n        priority\n        region\n        kind\n        receivedAt\n        contactDueAt\n        overdue\n        referrerOrganisationName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;