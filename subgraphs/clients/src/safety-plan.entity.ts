import { Entity, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Access, DateTime, EMERGENCY_CONTACTS_MAX, Internal, ListSize, LocalDate, SAFETY_PLAN_ROLES } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Client } from './client.entity';

@ObjectType({ description: 'Someone the client or Kadera calls in an emergency.' })
export class EmergencyContact {
  @Access(...SAFETY_PLAN_ROLES)
  @Field(() => String)
  name!: string;

  @Access(...SAFETY_PLAN_ROLES)
  @Field(() => String, { description: 'How the contact relates to the client, e.g. sister or neighbour.' })
  relation!: string;

  @Access(...SAFETY_PLAN_ROLES)
  @Field(() => String)
  phone!: string;
}

@ObjectType({
  description:
    "A client's safety plan: what threatens them, what was agreed, whom to call and the code word. Only staff and shelter read it; a leak can cost a life.",
})
@Entity({ tableName: 'safety_plan' })
export class SafetyPlan {
  [OptionalProps]?: 'version' | 'updatedAt';

  @Access(...SAFETY_PLAN_ROLES)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  // One plan per client: the unique key is what makes two concurrent first saves end in one plan and one CONFLICT.
  @OneToOne({ entity: () => Client, owner: true })
  @Internal()
  client!: Client;

  @Access(...SAFETY_PLAN_ROLES)
  @Field(() => [String], { description: 'The threats to the client, one short line each.' })
  @Property({ type: 'text[]' })
  risks: string[] = [];

  @Access(...SAFETY_PLAN_ROLES)
  @Field(() => [String], { description: 'What was agreed with the client, one short line each.' })
  @Property({ type: 'text[]' })
  agreements: string[] = [];

  @Access(...SAFETY_PLAN_ROLES)
  @ListSize(EMERGENCY_CONTACTS_MAX)
  @Field(() => [EmergencyContact])
  @Property({ type: 'json' })
  emergencyContacts: EmergencyContact[] = [];

  @Access(...SAFETY_PLAN_ROLES)
  @Field(() => String, { nullable: true, description: 'The word the client uses to say "I am not safe" on the phone. The most sensitive field of the plan.' })
  @Property({ type: 'text', nullable: true })
  codeWord?: string | null = null;

  @Access(...SAFETY_PLAN_ROLES)
  @Field(() => LocalDate, { description: 'When Kadera reviews the plan with the client (Europe/Amsterdam).' })
  @Property({ type: 'date' })
  reviewDate!: string;

  @Access(...SAFETY_PLAN_ROLES)
  @Field(() => Int, { description: 'Starts at 1 and grows with each save; a save names the version it read (expectedVersion).' })
  @Property({ type: 'integer' })
  version: number = 1;

  @Access(...SAFETY_PLAN_ROLES)
  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  @Access(...SAFETY_PLAN_ROLES)
  @Field(() => String, { description: 'Who saved this version.' })
  @Property({ type: 'text' })
  updatedByUserId!: string;
}
