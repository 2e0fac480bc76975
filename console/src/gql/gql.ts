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
    "query ReferralDetail($id: UUID!) {\n  referral(id: $id) {\n    id\n    status\n    priority\n    kind\n    region\n    service\n    fundingStream\n    sourceType\n    receivedAt\n    contactDueAt\n    overdue\n    expectedWaitDays\n    referrerOrganisationName\n    referrerContactName\n    referrerContactPhone\n    referrerContactEmail\n    referrerReference\n    referrerMessage\n    history {\n      id\n      changedAt\n      changedByUserId\n      side\n      from\n      to\n      reason\n      referrerMessage\n    }\n  }\n}\n\nquery ReferralClient($id: UUID!) {\n  referral(id: $id) {\n    id\n    client {\n      id\n      name\n    }\n  }\n}\n\nmutation TransitionReferral($input: TransitionReferralInput!) {\n  transitionReferral(input: $input) {\n    id\n    status\n  }\n}": typeof types.ReferralDetailDocument,
    "query ReferralsList($first: Int, $after: String, $status: [ReferralStatus!], $region: Region, $overdue: Boolean) {\n  referrals(\n    first: $first\n    after: $after\n    status: $status\n    region: $region\n    overdue: $overdue\n  ) {\n    edges {\n      node {\n        id\n        status\n        priority\n        region\n        kind\n        receivedAt\n        contactDueAt\n        overdue\n        referrerOrganisationName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ReferralsListDocument,
    "query ServiceAvailabilityOverview {\n  serviceAvailability {\n    id\n    region\n    service\n    acceptingNewClients\n    contact\n    note\n    waitingTimeWeeksMin\n    waitingTimeWeeksMax\n    updatedAt\n  }\n}\n\nmutation SetServiceAvailability($input: SetServiceAvailabilityInput!) {\n  setServiceAvailability(input: $input) {\n    id\n    acceptingNewClients\n  }\n}": typeof types.ServiceAvailabilityOverviewDocument,
    "mutation SubmitReferral($input: SubmitReferralInput!) {\n  submitReferral(input: $input) {\n    id\n    status\n  }\n}": typeof types.SubmitReferralDocument,
};
const documents: Documents = {
    "query HandoffsInbox($first: Int) {\n  handoffs(first: $first, status: [REQUESTED, RECEIVED, ACCEPTED, IN_PROGRESS]) {\n    edges {\n      node {\n        id\n        status\n        priority\n        purpose\n        dueAt\n        overdue\n        createdAt\n      }\n    }\n  }\n}\n\nmutation AcceptHandoff($handoffId: UUID!) {\n  transitionHandoff(input: {handoffId: $handoffId, to: ACCEPTED}) {\n    id\n    status\n  }\n}": types.HandoffsInboxDocument,
    "query Me {\n  me {\n    userId\n    roles\n    side\n    organisationId\n    partnerType\n  }\n}": types.MeDocument,
    "query ReferralDetail($id: UUID!) {\n  referral(id: $id) {\n    id\n    status\n    priority\n    kind\n    region\n    service\n    fundingStream\n    sourceType\n    receivedAt\n    contactDueAt\n    overdue\n    expectedWaitDays\n    referrerOrganisationName\n    referrerContactName\n    referrerContactPhone\n    referrerContactEmail\n    referrerReference\n    referrerMessage\n    history {\n      id\n      changedAt\n      changedByUserId\n      side\n      from\n      to\n      reason\n      referrerMessage\n    }\n  }\n}\n\nquery ReferralClient($id: UUID!) {\n  referral(id: $id) {\n    id\n    client {\n      id\n      name\n    }\n  }\n}\n\nmutation TransitionReferral($input: TransitionReferralInput!) {\n  transitionReferral(input: $input) {\n    id\n    status\n  }\n}": types.ReferralDetailDocument,
    "query ReferralsList($first: Int, $after: String, $status: [ReferralStatus!], $region: Region, $overdue: Boolean) {\n  referrals(\n    first: $first\n    after: $after\n    status: $status\n    region: $region\n    overdue: $overdue\n  ) {\n    edges {\n      node {\n        id\n        status\n        priority\n        region\n        kind\n        receivedAt\n        contactDueAt\n        overdue\n        referrerOrganisationName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ReferralsListDocument,
    "query ServiceAvailabilityOverview {\n  serviceAvailability {\n    id\n    region\n    service\n    acceptingNewClients\n    contact\n    note\n    waitingTimeWeeksMin\n    waitingTimeWeeksMax\n    updatedAt\n  }\n}\n\nmutation SetServiceAvailability($input: SetServiceAvailabilityInput!) {\n  setServiceAvailability(input: $input) {\n    id\n    acceptingNewClients\n  }\n}": types.ServiceAvailabilityOverviewDocument,
    "mutation SubmitReferral($input: SubmitReferralInput!) {\n  submitReferral(input: $input) {\n    id\n    status\n  }\n}": types.SubmitReferralDocument,
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
export function graphql(source: "query ReferralDetail($id: UUID!) {\n  referral(id: $id) {\n    id\n    status\n    priority\n    kind\n    region\n    service\n    fundingStream\n    sourceType\n    receivedAt\n    contactDueAt\n    overdue\n    expectedWaitDays\n    referrerOrganisationName\n    referrerContactName\n    referrerContactPhone\n    referrerContactEmail\n    referrerReference\n    referrerMessage\n    history {\n      id\n      changedAt\n      changedByUserId\n      side\n      from\n      to\n      reason\n      referrerMessage\n    }\n  }\n}\n\nquery ReferralClient($id: UUID!) {\n  referral(id: $id) {\n    id\n    client {\n      id\n      name\n    }\n  }\n}\n\nmutation TransitionReferral($input: TransitionReferralInput!) {\n  transitionReferral(input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["query ReferralDetail($id: UUID!) {\n  referral(id: $id) {\n    id\n    status\n    priority\n    kind\n    region\n    service\n    fundingStream\n    sourceType\n    receivedAt\n    contactDueAt\n    overdue\n    expectedWaitDays\n    referrerOrganisationName\n    referrerContactName\n    referrerContactPhone\n    referrerContactEmail\n    referrerReference\n    referrerMessage\n    history {\n      id\n      changedAt\n      changedByUserId\n      side\n      from\n      to\n      reason\n      referrerMessage\n    }\n  }\n}\n\nquery ReferralClient($id: UUID!) {\n  referral(id: $id) {\n    id\n    client {\n      id\n      name\n    }\n  }\n}\n\nmutation TransitionReferral($input: TransitionReferralInput!) {\n  transitionReferral(input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralsList($first: Int, $after: String, $status: [ReferralStatus!], $region: Region, $overdue: Boolean) {\n  referrals(\n    first: $first\n    after: $after\n    status: $status\n    region: $region\n    overdue: $overdue\n  ) {\n    edges {\n      node {\n        id\n        status\n        priority\n        region\n        kind\n        receivedAt\n        contactDueAt\n        overdue\n        referrerOrganisationName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ReferralsList($first: Int, $after: String, $status: [ReferralStatus!], $region: Region, $overdue: Boolean) {\n  referrals(\n    first: $first\n    after: $after\n    status: $status\n    region: $region\n    overdue: $overdue\n  ) {\n    edges {\n      node {\n        id\n        status\n        priority\n        region\n        kind\n        receivedAt\n        contactDueAt\n        overdue\n        referrerOrganisationName\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceAvailabilityOverview {\n  serviceAvailability {\n    id\n    region\n    service\n    acceptingNewClients\n    contact\n    note\n    waitingTimeWeeksMin\n    waitingTimeWeeksMax\n    updatedAt\n  }\n}\n\nmutation SetServiceAvailability($input: SetServiceAvailabilityInput!) {\n  setServiceAvailability(input: $input) {\n    id\n    acceptingNewClients\n  }\n}"): (typeof documents)["query ServiceAvailabilityOverview {\n  serviceAvailability {\n    id\n    region\n    service\n    acceptingNewClients\n    contact\n    note\n    waitingTimeWeeksMin\n    waitingTimeWeeksMax\n    updatedAt\n  }\n}\n\nmutation SetServiceAvailability($input: SetServiceAvailabilityInput!) {\n  setServiceAvailability(input: $input) {\n    id\n    acceptingNewClients\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitReferral($input: SubmitReferralInput!) {\n  submitReferral(input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation SubmitReferral($input: SubmitReferralInput!) {\n  submitReferral(input: $input) {\n    id\n    status\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;