import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTime, Priority, TaskStatus } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { PartnerOrganisation } from './partner-organisation.entity';

/** States after which nobody is waiting on the partner any more, so a due date no longer matters. */
export const CLOSED_STATUSES: ReadonlySet<TaskStatus> = new Set([
  TaskStatus.COMPLETED,
  TaskStatus.CANCELLED,
  TaskStatus.FAILED,
  TaskStatus.REJECTED,
  TaskStatus.ENTERED_IN_ERROR,
]);

@ObjectType({ description: 'Kadera handing a client off to a chain partner, followed to its outcome (FHIR Task).' })
@Entity({ tableName: 'handoff' })
@Index({ properties: ['createdAt', 'id'] })
@Check({ name: 'handoff_purpose_check', expression: 'length(btrim(purpose)) > 0' })
@Check({ name: 'handoff_due_at_check', expression: 'due_at >= created_at' })
export class Handoff {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => PartnerOrganisation)
  @ManyToOne({ entity: () => PartnerOrganisation, index: true })
  partner!: PartnerOrganisation;

  // Only the id: the client lives in the clients subgraph and is resolved there.
  @Property({ type: 'uuid', index: true })
  clientId!: string;

  @Field(() => TaskStatus)
  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status', default: TaskStatus.REQUESTED })
  status: TaskStatus = TaskStatus.REQUESTED;

  @Field(() => String, { description: 'What the partner is asked to do.' })
  @Property({ type: 'text' })
  purpose!: string;

  @Field(() => Priority)
  @Enum({ items: () => Priority, nativeEnumName: 'priority' })
  priority!: Priority;

  @Field(() => DateTime)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => DateTime)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => DateTime, { description: 'When the partner must have contacted the client (7 days after the handoff).' })
  @Property({ type: 'datetime' })
  dueAt!: Date;
}

export function isOverdue(handoff: Handoff, now = new Date()): boolean {
  return handoff.dueAt.getTime() < now.getTime() && !CLOSED_STATUSES.has(handoff.status);
}
