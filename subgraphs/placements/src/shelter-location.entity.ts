import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Region } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A Kadera shelter building.' })
@Entity({ tableName: 'shelter_location' })
export class ShelterLocation {
  [OptionalProps]?: 'isSecret';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  city!: string;

  @Field(() => Region)
  @Enum({ items: () => Region, nativeEnumName: 'region' })
  region!: Region;

  @Field(() => String, {
    description:
      'Street address of the shelter. Confidential: only callers with the shelter or staff scope may see it; ' +
      'a leaked shelter address can cost a life.',
  })
  @Property({ type: 'text' })
  address!: string;

  @Field(() => Boolean, { description: 'True for a safe house, whose existence and whereabouts are strictly secret.' })
  @Property({ type: 'boolean' })
  isSecret: boolean = false;
}
