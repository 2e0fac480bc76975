import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTime, TaskStatus } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { Referral } from './referral.entity';
import { ReferralSide } from './referral-workflow';

@ObjectType({ description: 'One step in a referral\'s history: who moved it, when, from where to where, and why.' })
@Entity({ tableName: 'referral_status_change' })
// History is read per referral, in order.
@Index({ properties: ['referral', 'changedAt'] })
@Check({ name: 'referral_status_change_move_check', expression: 'from_status is null or from_status <> to_status' })
@Check({ name: 'referral_status_change_reason_check', expression: 'char_length(reason) >= 1 and char_length(reason) <= 1000' })
export class ReferralStatusChange {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Referral, deleteRule: 'cascade' })
  referral!: Referral;

  @Field(() => TaskStatus, { nullable: true, description: 'Null for the entry that records the referral\'s creation.' })
  @Enum({ items: () => TaskStatus, nullable: true, fieldName: 'from_status' })
  from: TaskStatus | null = null;

  @Field(() => TaskStatus)
  @Enum({ items: () => TaskStatus, fieldName: 'to_status' })
  to!: TaskStatus;

  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  changedAt: Date = new Date();

  @Field(() => String)
  @Property({ type: 'text' })
  changedByUserId!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  changedByOrganisationId: string | null = null;

  @Field(() => ReferralSide)
  @Enum({ items: () => ReferralSide })
  side!: ReferralSide;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
