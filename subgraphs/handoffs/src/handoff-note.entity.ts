import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Access, Backs, DateTime, HANDOFF_NOTE, Side, WORKFLOW_SIDES } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { HANDOFF_READERS } from './access-policies';
import { Handoff } from './handoff.entity';
import { HANDOFF_SIDES } from './handoff.workflow';

@ObjectType({ description: 'A message on a handoff, between Kadera and the partner it is addressed to; nobody else reads it.' })
@Entity({ tableName: 'handoff_note' })
@Index({ properties: ['handoff', 'createdAt'] })
@Check({ name: 'handoff_note_text_check', expression: `length(btrim(text)) between ${HANDOFF_NOTE.min} and ${HANDOFF_NOTE.max}` })
// Every field: the two sides of the handoff. Notes are reached only through Handoff.notes (own-handoff policy) or addHandoffNote.
export class HandoffNote {
  [OptionalProps]?: 'createdAt' | 'authorOrganisationId' | 'handoffId';

  @Access(...HANDOFF_READERS)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Handoff })
  @Backs('handoffId')
  handoff!: Handoff;

  @Access(...HANDOFF_READERS)
  @Field(() => String, { description: 'The user id of the author, as the identity provider knows them.' })
  @Property({ type: 'text' })
  authorUserId!: string;

  @Access(...HANDOFF_READERS)
  @Field(() => String, { nullable: true, description: "The author's organisation id." })
  @Property({ type: 'text', nullable: true })
  authorOrganisationId?: string | null = null;

  @Access(...HANDOFF_READERS)
  @Field(() => WORKFLOW_SIDES, { description: 'KADERA or PARTNER.' })
  @Enum({ items: () => [...HANDOFF_SIDES] })
  authorSide!: Side;

  @Access(...HANDOFF_READERS)
  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Access(...HANDOFF_READERS)
  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @Access(...HANDOFF_READERS)
  @Field(() => ID)
  get handoffId(): string {
    return this.handoff.id;
  }
}
