import { Check, Embedded, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import {
  Access,
  Backs,
  CONTACT_DUE_SETTINGS,
  contactDueAt,
  DateTime,
  describeContactDue,
  Internal,
  KADERA_ROLES,
  municipalityCodeCheck,
  POLICY,
  Policy,
  Priority,
  Region,
  type Role,
} from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { FundingStream } from './funding-stream';
import { ReferralKind } from './referral-kind';
import { ReferredPerson } from './referred-person';
import { ReferralSourceType } from './referral-source-type';
import { ReportedFormOfAbuse } from './reported-form-of-abuse';
import { AWAITING_CONTACT, ReferralStatus } from './referral.workflow';
import { REFERRER_REFERENCE } from './referrer-feedback';

export { ReferralKind } from './referral-kind';
export { ReferralSourceType } from './referral-source-type';
export { ReportedFormOfAbuse } from './reported-form-of-abuse';

/** Who may read a referral's status and timeline: Kadera, and the referrer whose organisation submitted it. */
export const REFERRAL_READERS: Role[] = [...KADERA_ROLES, 'referrer'];

const FORMS_OF_ABUSE = Object.values(ReportedFormOfAbuse)
  .map((form) => `'${form}'`)
  .join(', ');

/** How `searchReferrals` compares a referrer's reference: ignoring case (stored trimmed); an index serves it. */
export const REFERRER_REFERENCE_KEY_SQL = 'lower(referrer_reference)';

const PERSON_COLUMNS = ['referred_person_name', 'referred_person_date_of_birth', 'referred_person_municipality_code'];

@ObjectType({ description: 'A referral to Kadera, answered by the intake team (Toegang en Trajecten).' })
@Entity({ tableName: 'referral' })
// Serves the referrals list, which pages by (receivedAt, id).
@Index({ properties: ['receivedAt', 'id'] })
// Serves municipal statistics: one range per municipality and year, read from the index alone (every
// column the statistics read is in it, the id too: forms of abuse and ambulatory clients count distinct referrals).
@Index({
  name: 'referral_statistics_index',
  expression: (table, columns, name) =>
    `create index "${name}" on ${table.toString()} ("${columns.municipalityCode}", "${columns.receivedAt}") ` +
    `include ("${columns.kind}", "${columns.sourceType}", "${columns.status}", "${columns.clientId}", "${columns.formsOfAbuse}", "${columns.id}")`,
})
// Serves searchReferrals by the referrer's own reference.
@Index({
  name: 'referral_referrer_reference_index',
  expression: (table, _columns, name) => `create index "${name}" on ${table.toString()} (${REFERRER_REFERENCE_KEY_SQL})`,
})
// An anonymous consultation must never be linked to a person, whatever the application does.
@Check({ name: 'referral_consultation_anonymous_check', expression: `kind <> 'CONSULTATION' or client_id is null` })
@Check({
  name: 'referral_consultation_no_person_check',
  expression: `kind <> 'CONSULTATION' or (${PERSON_COLUMNS.map((c) => `${c} is null`).join(' and ')})`,
})
// The referred person is stored whole or not at all.
@Check({
  name: 'referral_person_complete_check',
  expression: `(${PERSON_COLUMNS.map((c) => `${c} is null`).join(' and ')}) or (${PERSON_COLUMNS.map((c) => `${c} is not null`).join(' and ')})`,
})
@Check({ name: 'referral_person_municipality_check', expression: municipalityCodeCheck('referred_person_municipality_code') })
// Statistics count a referral for the municipality of the person referred; a consultation may name one or none.
@Check({ name: 'referral_municipality_check', expression: municipalityCodeCheck('municipality_code') })
@Check({ name: 'referral_municipality_attributed_check', expression: `kind = 'CONSULTATION' or municipality_code is not null` })
@Check({
  name: 'referral_municipality_person_check',
  expression: 'referred_person_municipality_code is null or municipality_code = referred_person_municipality_code',
})
@Check({ name: 'referral_forms_of_abuse_check', expression: `forms_of_abuse <@ array[${FORMS_OF_ABUSE}]::text[]` })
@Check({ name: 'referral_person_name_check', expression: 'char_length(btrim(referred_person_name)) >= 1 and char_length(btrim(referred_person_name)) <= 200' })
@Check({
  name: 'referral_referrer_name_check',
  expression: 'char_length(btrim(referrer_organisation_name)) >= 1 and char_length(btrim(referrer_organisation_name)) <= 200',
})
@Check({
  name: 'referral_contact_name_check',
  expression: 'char_length(btrim(referrer_contact_name)) >= 1 and char_length(btrim(referrer_contact_name)) <= 200',
})
@Check({ name: 'referral_contact_phone_check', expression: 'char_length(referrer_contact_phone) >= 6 and char_length(referrer_contact_phone) <= 30' })
@Check({
  name: 'referral_referrer_reference_check',
  expression: `referrer_reference is null or (char_length(btrim(referrer_reference)) >= ${REFERRER_REFERENCE.min} and char_length(btrim(referrer_reference)) <= ${REFERRER_REFERENCE.max})`,
})
@Check({ name: 'referral_contact_email_check', expression: 'char_length(referrer_contact_email) >= 3 and char_length(referrer_contact_email) <= 254' })
export class Referral {
  [OptionalProps]?:
    | 'status'
    | 'contactDueAt'
    | 'createdAt'
    | 'updatedAt'
    | 'changeSeq'
    | 'referredPerson'
    | 'referrerReference'
    | 'clientId'
    | 'formsOfAbuse'
    | 'municipalityCode';

  @Access(...REFERRAL_READERS)
  @Policy(POLICY.ownReferral)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Access(...KADERA_ROLES)
  @Field(() => ReferralKind)
  @Enum({ items: () => ReferralKind })
  kind!: ReferralKind;

  @Access(...KADERA_ROLES)
  @Field(() => Region)
  @Enum({ items: () => Region })
  region!: Region;

  @Access(...KADERA_ROLES)
  @Field(() => Priority, { description: 'Urgency as the referrer judged it.' })
  @Enum({ items: () => Priority })
  priority!: Priority;

  @Access(...KADERA_ROLES)
  @Field(() => FundingStream)
  @Enum({ items: () => FundingStream })
  fundingStream!: FundingStream;

  @Access(...REFERRAL_READERS)
  @Policy(POLICY.ownReferral)
  @Field(() => ReferralStatus)
  @Enum({ items: () => ReferralStatus })
  status: ReferralStatus = ReferralStatus.REQUESTED;

  @Access(...KADERA_ROLES)
  @Field(() => ReferralSourceType, { description: 'The kind of professional who referred.' })
  @Enum({ items: () => ReferralSourceType })
  sourceType!: ReferralSourceType;

  @Access(...KADERA_ROLES)
  @Field(() => ID, {
    nullable: true,
    description:
      'The referring organisation (GP, police, Veilig Thuis, school, ...); null when intake registered a phone referral from an organisation the hub does not know.',
  })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  referrerOrganisationId: string | null = null;

  @Access(...KADERA_ROLES)
  @Field(() => String)
  @Property({ type: 'text' })
  referrerOrganisationName!: string;

  @Access(...KADERA_ROLES)
  @Field(() => String, { description: 'The referring professional, to be contacted at work.' })
  @Property({ type: 'text' })
  referrerContactName!: string;

  @Access(...KADERA_ROLES)
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  referrerContactPhone: string | null = null;

  @Access(...KADERA_ROLES)
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  referrerContactEmail: string | null = null;

  @Access(...REFERRAL_READERS)
  @Policy(POLICY.ownReferral)
  @Field(() => String, { nullable: true, description: "The referrer's own reference for this referral, e.g. its case number, as given at submission." })
  @Property({ type: 'text', nullable: true })
  referrerReference: string | null = null;

  @Access(...KADERA_ROLES)
  @Field(() => ReferredPerson, { nullable: true, description: 'Null for anonymous consultations.' })
  @Embedded({ entity: () => ReferredPerson, nullable: true })
  referredPerson: ReferredPerson | null = null;

  @Access(...KADERA_ROLES)
  @Field(() => [ReportedFormOfAbuse], { description: 'The forms of abuse the referrer reported; empty when none were given.' })
  @Enum({ items: () => ReportedFormOfAbuse, array: true, default: [] })
  formsOfAbuse: ReportedFormOfAbuse[] = [];

  @Access(...KADERA_ROLES)
  @Field(() => String, {
    nullable: true,
    description:
      "The CBS code of the municipality the referral counts for in statistics: the referred person's, or for a consultation the one the referrer named (null: not attributed).",
  })
  @Property({ type: 'string', length: 6, nullable: true })
  municipalityCode: string | null = null;

  @Access(...REFERRAL_READERS)
  @Policy(POLICY.ownReferral)
  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Access(...REFERRAL_READERS)
  @Policy(POLICY.ownReferral)
  @Field(() => DateTime, {
    description: `When the referrer must have been contacted: calendar days after receipt by priority (by default ${describeContactDue()}; settings ${Object.values(CONTACT_DUE_SETTINGS).join(', ')}).`,
  })
  // Set at submission from the settings of the time, never recomputed; a row made otherwise (a test) gets the defaults.
  @Property({ type: 'datetime', onCreate: (referral: Referral) => contactDueAt(referral.receivedAt, referral.priority) })
  @Index()
  contactDueAt!: Date;

  /** Null for anonymous consultations and for referrals not yet matched to a client. */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  @Backs('client')
  clientId: string | null = null;

  @Access(...KADERA_ROLES)
  @Field(() => DateTime)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Access(...KADERA_ROLES)
  @Field(() => DateTime)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  // Set by the database trigger on every insert and update, in commit order; the cursor of `referrals(updatedSince:)`.
  // See docs/architecture.md, "Changed-since reading". Never written by this code.
  @Property({ type: 'bigint', defaultRaw: `nextval('referrals.referral_change_seq')`, unique: true })
  @Internal()
  changeSeq?: string;
}

/** The contact promise is broken: the due date has passed and Kadera has not taken the referral up. */
export function isOverdue(referral: Referral, now = new Date()): boolean {
  return referral.contactDueAt.getTime() < now.getTime() && AWAITING_CONTACT.includes(referral.status);
}

/** The same rule as `isOverdue`, as a query condition, so lists filter in SQL. */
export function overdueWhere(overdue: boolean, now = new Date()) {
  const late = { contactDueAt: { $lt: now }, status: { $in: [...AWAITING_CONTACT] } };
  return overdue ? late : { $or: [{ contactDueAt: { $gte: now } }, { status: { $nin: [...AWAITING_CONTACT] } }] };
}
