import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type FilterQuery } from '@mikro-orm/core';
import {
  Access,
  Backs,
  DataCategory,
  DateTime,
  describeContactDue,
  Internal,
  KADERA_ROLES,
  municipalityCodeCheck,
  POLICY,
  Policy,
  Priority,
  reasonStatuses,
} from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { HANDOFF_READERS } from './access-policies';
import { OutcomeReason } from './handoff-outcome';
import { PartnerOrganisation } from './partner-organisation.entity';
import { AWAITING_RESPONSE, HandoffStatus, OUTCOME_REQUIRED } from './handoff.workflow';

const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/** OUTCOME_REQUIRED as a check: a handoff closed as COMPLETED or FAILED carries the outcome that status demands. */
const CLOSED_OUTCOME_CHECK = [...OUTCOME_REQUIRED]
  .map(([status, successful]) => `(status <> '${status}' or ${successful ? '' : 'not '}outcome_successful)`)
  .join(' and ');

/** REASON_REQUIRED as a check: a handoff in one of those statuses says why. */
const STATUS_REASON_CHECK = `status not in (${quoted(reasonStatuses(HandoffStatus))}) or length(btrim(status_reason)) > 0`;

@ObjectType({ description: 'Kadera handing a client off to a chain partner, followed to its outcome (FHIR Task).' })
@Entity({ tableName: 'handoff' })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['status', 'dueAt'] })
// Municipal statistics count a municipality's handoffs of one year.
@Index({ properties: ['municipalityCode', 'createdAt'] })
@Check({ name: 'handoff_municipality_code_check', expression: municipalityCodeCheck('municipality_code') })
@Check({ name: 'handoff_purpose_check', expression: 'length(btrim(purpose)) > 0' })
@Check({ name: 'handoff_due_at_check', expression: 'due_at >= created_at' })
@Check({ name: 'handoff_categories_check', expression: 'cardinality(categories) > 0' })
// An outcome is whole or absent; COMPLETED carries a successful one and FAILED an unsuccessful one.
@Check({ name: 'handoff_outcome_check', expression: '(outcome_successful is null) = (outcome_reason is null)' })
@Check({ name: 'handoff_closed_outcome_check', expression: CLOSED_OUTCOME_CHECK })
@Check({ name: 'handoff_status_reason_check', expression: STATUS_REASON_CHECK })
// A Kadera contact is a name with a phone number or an email address, or absent.
@Check({
  name: 'handoff_kadera_contact_check',
  expression:
    '(kadera_contact_name is null and kadera_contact_phone is null and kadera_contact_email is null) or (kadera_contact_name is not null and (kadera_contact_phone is not null or kadera_contact_email is not null))',
})
// Every field: Kadera and partners, a partner only on handoffs addressed to its own organisation.
export class Handoff {
  [OptionalProps]?:
    | 'status'
    | 'createdAt'
    | 'updatedAt'
    | 'changeSeq'
    | 'statusReason'
    | 'outcomeSuccessful'
    | 'outcomeReason'
    | 'outcomeNote'
    | 'kaderaContactName'
    | 'kaderaContactPhone'
    | 'kaderaContactEmail';

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @Field(() => PartnerOrganisation)
  @ManyToOne({ entity: () => PartnerOrganisation, index: true })
  partner!: PartnerOrganisation;

  // Only the id: the client lives in the clients subgraph and is resolved there.
  @Property({ type: 'uuid', index: true })
  @Backs('client')
  clientId!: string;

  // Kept here because statistics are per funding municipality and this subgraph never reads the clients' tables.
  // Kadera only: partners get no more client data than the handoff needs.
  @Access(...KADERA_ROLES)
  @Field(() => String, { description: "CBS code of the client's municipality, which funds the care, e.g. GM0193 (Zwolle)." })
  @Property({ type: 'string', length: 6 })
  municipalityCode!: string;

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @Field(() => HandoffStatus)
  @Enum({ items: () => HandoffStatus, default: HandoffStatus.REQUESTED })
  status: HandoffStatus = HandoffStatus.REQUESTED;

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @Field(() => String, { nullable: true, description: 'Why the handoff reached its current status, when a reason was given.' })
  @Property({ type: 'text', nullable: true })
  statusReason?: string | null = null;

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @Field(() => String, { description: 'What the partner is asked to do.' })
  @Property({ type: 'text' })
  purpose!: string;

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @Field(() => [DataCategory], { description: "The client data shared with the partner; covered by the client's consent when sent." })
  @Enum({ items: () => DataCategory, array: true })
  categories!: DataCategory[];

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @Field(() => Priority)
  @Enum({ items: () => Priority })
  priority!: Priority;

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @Field(() => DateTime)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @Field(() => DateTime)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  // Set by the database trigger on every insert and update, in commit order; the cursor of `handoffs(updatedSince:)`.
  // See docs/architecture.md, "Changed-since reading". Never written by this code.
  @Property({ type: 'bigint', defaultRaw: `nextval('handoffs.handoff_change_seq')`, unique: true })
  @Internal()
  changeSeq?: string;

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @Field(() => DateTime, {
    description: `When the partner must have responded (accepted or rejected); by default calendar days after the handoff by priority (${describeContactDue()}).`,
  })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  // The outcome is stored flat; `Handoff.outcome` assembles it.
  @Property({ type: 'boolean', nullable: true })
  @Backs('outcome')
  outcomeSuccessful?: boolean | null = null;

  @Enum({ items: () => OutcomeReason, nullable: true })
  @Backs('outcome')
  outcomeReason?: OutcomeReason | null = null;

  @Property({ type: 'text', nullable: true })
  @Backs('outcome')
  outcomeNote?: string | null = null;

  // The Kadera contact person is stored flat; `Handoff.kaderaContact` assembles it.
  @Property({ type: 'text', nullable: true })
  @Backs('kaderaContact')
  kaderaContactName?: string | null;

  @Property({ type: 'text', nullable: true })
  @Backs('kaderaContact')
  kaderaContactPhone?: string | null;

  @Property({ type: 'text', nullable: true })
  @Backs('kaderaContact')
  kaderaContactEmail?: string | null;
}

/** Overdue: past its `dueAt` and the partner has not responded (AWAITING_RESPONSE); accepting or rejecting ends it. */
export function isOverdue(handoff: Handoff, now = new Date()): boolean {
  return handoff.dueAt.getTime() < now.getTime() && AWAITING_RESPONSE.includes(handoff.status);
}

/** The same rule as `isOverdue`, as a query condition, so lists and counts filter in SQL. */
export function overdueWhere(overdue: boolean, now = new Date()): FilterQuery<Handoff> {
  const waiting = [...AWAITING_RESPONSE];
  return overdue ? { dueAt: { $lt: now }, status: { $in: waiting } } : { $or: [{ dueAt: { $gte: now } }, { status: { $nin: waiting } }] };
}
