import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTime, Priority, Region, TaskStatus } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ReferralKind {
  AMBULATORY = 'AMBULATORY',
  SHELTER = 'SHELTER',
  CONSULTATION = 'CONSULTATION',
}
registerEnumType(ReferralKind, {
  name: 'ReferralKind',
  description:
    'AMBULATORY: outpatient guidance; SHELTER: a shelter place; CONSULTATION: a professional asking for advice anonymously, without client data.',
});

/** Kadera promises a referring professional contact within a week. */
export const CONTACT_WITHIN_DAYS = 7;

/** Until Kadera has taken a referral up, the contact promise is still open. */
export const AWAITING_CONTACT: readonly TaskStatus[] = [TaskStatus.REQUESTED, TaskStatus.RECEIVED];

export function contactDueFrom(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + CONTACT_WITHIN_DAYS * 24 * 60 * 60 * 1000);
}

@ObjectType({ description: 'A referral to Kadera, answered by the intake team (Toegang en Trajecten).' })
@Entity({ tableName: 'referral' })
// Serves the referrals list, which pages by (receivedAt, id).
@Index({ properties: ['receivedAt', 'id'] })
// An anonymous consultation must never be linked to a person, whatever the application does.
@Check({ name: 'referral_consultation_anonymous_check', expression: `kind <> 'CONSULTATION' or client_id is null` })
export class Referral {
  [OptionalProps]?: 'status' | 'contactDueAt' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ReferralKind)
  @Enum({ items: () => ReferralKind })
  kind!: ReferralKind;

  @Field(() => Region)
  @Enum({ items: () => Region })
  region!: Region;

  @Field(() => Priority)
  @Enum({ items: () => Priority })
  priority!: Priority;

  @Field(() => TaskStatus)
  @Enum({ items: () => TaskStatus })
  status: TaskStatus = TaskStatus.REQUESTED;

  @Field(() => ID, { description: 'The referring organisation (GP, police, Veilig Thuis, school, ...).' })
  @Property({ type: 'uuid' })
  @Index()
  referrerOrganisationId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  referrerOrganisationName!: string;

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Field(() => DateTime, { description: `When the referrer must have been contacted: ${CONTACT_WITHIN_DAYS} days after receipt.` })
  @Property({ type: 'datetime', onCreate: (referral: Referral) => contactDueFrom(referral.receivedAt) })
  contactDueAt!: Date;

  /** Null for anonymous consultations and for referrals not yet matched to a client. */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  clientId: string | null = null;

  @Field(() => DateTime)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => DateTime)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** The contact promise is broken: the due date has passed and Kadera has not taken the referral up. */
export function isOverdue(referral: Referral, now = new Date()): boolean {
  return referral.contactDueAt.getTime() < now.getTime() && AWAITING_CONTACT.includes(referral.status);
}
