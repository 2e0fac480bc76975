import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Access, DateTime, Internal, KADERA_ROLES } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Client, RiskLevel } from './client.entity';

@ObjectType({ description: "A change of a client's risk level, with the reason it was given." })
@Entity({ tableName: 'risk_level_change' })
@Index({ properties: ['client', 'changedAt'] })
@Check({ name: 'risk_level_change_reason_check', expression: 'length(btrim(reason)) > 0' })
export class RiskLevelChange {
  @Access(...KADERA_ROLES)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Client })
  @Internal()
  client!: Client;

  @Access(...KADERA_ROLES)
  @Field(() => RiskLevel)
  @Enum({ items: () => RiskLevel, nativeEnumName: 'risk_level' })
  from!: RiskLevel;

  @Access(...KADERA_ROLES)
  @Field(() => RiskLevel)
  @Enum({ items: () => RiskLevel, nativeEnumName: 'risk_level' })
  to!: RiskLevel;

  @Access(...KADERA_ROLES)
  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Access(...KADERA_ROLES)
  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  changedAt: Date = new Date();

  @Access(...KADERA_ROLES)
  @Field(() => String)
  @Property({ type: 'text' })
  changedByUserId!: string;

  @Access(...KADERA_ROLES)
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  changedByOrganisationId?: string | null = null;

  @Access(...KADERA_ROLES)
  @Field(() => Int, { description: 'The client version this change made.' })
  @Property({ type: 'integer' })
  version!: number;
}
