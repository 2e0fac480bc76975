import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Access, ConsentedTo, DataCategory, Internal, KADERA_ROLES, LocalDate } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Client } from './client.entity';

@ObjectType({ description: "A child of a client, for youth services; shared only with the client's consent for CHILDREN." })
@Entity({ tableName: 'child' })
@Index({ properties: ['client'] })
@Check({ name: 'child_first_name_check', expression: 'length(btrim(first_name)) > 0' })
@Check({ name: 'child_social_worker_check', expression: 'length(btrim(child_social_worker_name)) > 0' })
export class Child {
  [OptionalProps]?: 'version';

  // The consent that guards a child is the consent of the child's client (the parent).
  @ConsentedTo(DataCategory.CHILDREN)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Client })
  @Internal()
  client!: Client;

  @ConsentedTo(DataCategory.CHILDREN)
  @Field(() => String)
  @Property({ type: 'text' })
  firstName!: string;

  @ConsentedTo(DataCategory.CHILDREN)
  @Field(() => LocalDate)
  @Property({ type: 'date' })
  dateOfBirth!: string;

  @ConsentedTo(DataCategory.CHILDREN)
  @Field(() => String, { description: 'The child social worker dedicated to this child.' })
  @Property({ type: 'text' })
  childSocialWorkerName!: string;

  @Access(...KADERA_ROLES)
  @Field(() => Int, { description: 'Starts at 1 and grows with each change; updateChild and removeChild name the version read (expectedVersion).' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;
}
