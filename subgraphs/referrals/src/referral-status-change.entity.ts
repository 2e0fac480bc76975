import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Access, DateTime, KADERA_ROLES } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { Referral, REFERRAL_READERS } from './referral.entity';
import { ReferralSide, ReferralStatus } from './referral.workflow';
import { REFERRER_MESSAGE } from './referrer-feedback';

@ObjectType({ description: "One step in a referral's history: who moved it, when, from where to where, and why." })
@Entity({ tableName: 'referral_status_change' })
// History is read per referral, in order.
@Index({ properties: ['referral', 'changedAt'] })
@Check({ name: 'referral_status_change_move_check', expression: 'from_status is null or from_status <> to_status' })
@Check({ name: 'referral_status_change_reason_check', expression: 'char_length(reason) >= 1 and char_length(reason) <= 1000' })
@Check({
  name: 'referral_status_change_referrer_message_check',
  expression: `referrer_message is null or (char_length(referrer_message) >= 1 and char_length(referrer_message) <= ${REFERRER_MESSAGE.max})`,
})
export class ReferralStatusChange {
  @Access(...KADERA_ROLES)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Referral, deleteRule: 'cascade' })
  referral!: Referral;

  @Access(...REFERRAL_READERS)
  @Field(() => ReferralStatus, { nullable: true, description: "Null for the entry that records the referral's creation." })
  @Enum({ items: () => ReferralStatus, nullable: true, fieldName: 'from_status' })
  from: ReferralStatus | null = null;

  @Access(...REFERRAL_READERS)
  @Field(() => ReferralStatus)
  @Enum({ items: () => ReferralStatus, fieldName: 'to_status' })
  to!: ReferralStatus;

  @Access(...REFERRAL_READERS)
  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  changedAt: Date = new Date();

  @Access(...KADERA_ROLES)
  @Field(() => String)
  @Property({ type: 'text' })
  changedByUserId!: string;

  @Access(...KADERA_ROLES)
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  changedByOrganisationId: string | null = null;

  @Access(...KADERA_ROLES)
  @Field(() => ReferralSide)
  @Enum({ items: () => ReferralSide })
  side!: ReferralSide;

  @Access(...KADERA_ROLES)
  @Field(() => String, { nullable: true, description: "Kadera's internal reason; never shown to the referrer (see referrerMessage)." })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Access(...REFERRAL_READERS)
  @Field(() => String, {
    nullable: true,
    description: 'What the referrer is told about this step, in wording meant for it; set for a move to a status that carries one, null otherwise.',
  })
  @Property({ type: 'text', nullable: true })
  referrerMessage: string | null = null;
}
