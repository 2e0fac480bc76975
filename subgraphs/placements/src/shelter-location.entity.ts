import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Access, KADERA_ROLES, Region, WHEREABOUTS_ROLES } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A Kadera shelter building.' })
@Entity({ tableName: 'shelter_location' })
export class ShelterLocation {
  [OptionalProps]?: 'isSecret';

  @Access(...KADERA_ROLES)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  // Nullable in GraphQL only: a caller without the whereabouts scope gets null and FORBIDDEN here,
  // not a nulled location (and with it the stay or list that holds it).
  @Access(...WHEREABOUTS_ROLES)
  @Field(() => String, { nullable: true, description: 'Confidential: only callers with the shelter or staff scope may see it.' })
  @Property({ type: 'text' })
  name!: string;

  @Access(...WHEREABOUTS_ROLES)
  @Field(() => String, { nullable: true, description: 'Confidential: only callers with the shelter or staff scope may see it.' })
  @Property({ type: 'text' })
  city!: string;

  @Access(...KADERA_ROLES)
  @Field(() => Region)
  @Enum({ items: () => Region, nativeEnumName: 'region' })
  region!: Region;

  @Access(...WHEREABOUTS_ROLES)
  @Field(() => String, {
    nullable: true,
    description:
      'Street address of the shelter. Confidential: only callers with the shelter or staff scope may see it; ' + 'a leaked shelter address can cost a life.',
  })
  @Property({ type: 'text' })
  address!: string;

  @Access(...KADERA_ROLES)
  @Field(() => Boolean, { description: 'True for a safe house, whose existence and whereabouts are strictly secret.' })
  @Property({ type: 'boolean' })
  isSecret: boolean = false;
}
