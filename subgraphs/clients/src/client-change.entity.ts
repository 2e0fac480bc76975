import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Access, DateTime, Internal, KADERA_ROLES } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Client } from './client.entity';

/**
 * One change to a client file: who, when, which fields, and the version it made. Never the values, old or
 * new: the file holds them, and a history of old addresses or old free text would be a second file to leak.
 */
@ObjectType({ description: 'One change to a client file: who made it, when, which fields changed, and the version after it. Never the values.' })
@Entity({ tableName: 'client_change' })
@Index({ properties: ['client', 'changedAt'] })
@Check({ name: 'client_change_fields_check', expression: 'cardinality(fields) > 0' })
export class ClientChange {
  @Access(...KADERA_ROLES)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Client })
  @Internal()
  client!: Client;

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
  @Field(() => [String], { description: 'The Client fields that changed, e.g. name, contactDetails.safePhone.' })
  @Property({ type: 'text[]' })
  fields!: string[];

  @Access(...KADERA_ROLES)
  @Field(() => Int, { description: 'The client version this change made.' })
  @Property({ type: 'integer' })
  version!: number;
}
