import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Access, DateTime, KADERA_ROLES, Side, WORKFLOW_SIDES } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { HANDOFF_READERS } from './access-policies';
import { Handoff } from './handoff.entity';
import { HANDOFF_SIDES, HandoffStatus } from './handoff.workflow';

// Only the sides that make workflow changes (Side also has the municipality and auditor, who make none).
registerEnumType(WORKFLOW_SIDES, { name: 'Side', description: 'Which side of a workflow made a change.' });

@ObjectType({ description: "One step in a handoff's life: who moved it, when, from what to what and why." })
@Entity({ tableName: 'handoff_status_change' })
@Index({ properties: ['handoff', 'changedAt'] })
export class HandoffStatusChange {
  @Access(...HANDOFF_READERS)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Handoff })
  handoff!: Handoff;

  @Access(...HANDOFF_READERS)
  @Field(() => HandoffStatus, { nullable: true, description: 'Null for the creation.' })
  @Enum({ items: () => HandoffStatus, nullable: true })
  from?: HandoffStatus | null = null;

  @Access(...HANDOFF_READERS)
  @Field(() => HandoffStatus)
  @Enum({ items: () => HandoffStatus })
  to!: HandoffStatus;

  @Access(...HANDOFF_READERS)
  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  changedAt: Date = new Date();

  // Which person made a change, at Kadera or at the partner, is for Kadera only.
  @Access(...KADERA_ROLES)
  @Field(() => String)
  @Property({ type: 'text' })
  changedByUserId!: string;

  @Access(...KADERA_ROLES)
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  changedByOrganisationId?: string | null = null;

  @Access(...HANDOFF_READERS)
  @Field(() => WORKFLOW_SIDES)
  @Enum({ items: () => [...HANDOFF_SIDES] })
  side!: Side;

  @Access(...HANDOFF_READERS)
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null = null;
}
