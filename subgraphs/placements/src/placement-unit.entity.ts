import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Access, KADERA_ROLES } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PlacementType } from './placement-type';
import { ShelterLocation } from './shelter-location.entity';

@ObjectType({ description: 'The places of one placement type at one location.' })
@Entity({ tableName: 'placement_unit' })
@Unique({ properties: ['location', 'type'] })
@Check<PlacementUnit>({ name: 'placement_unit_capacity_check', expression: (columns) => `${columns.capacity} >= 0` })
export class PlacementUnit {
  @Access(...KADERA_ROLES)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Access(...KADERA_ROLES)
  @Field(() => ShelterLocation)
  @ManyToOne({ entity: () => ShelterLocation })
  location!: ShelterLocation;

  @Access(...KADERA_ROLES)
  @Field(() => PlacementType)
  @Enum({ items: () => PlacementType, nativeEnumName: 'placement_type' })
  type!: PlacementType;

  @Access(...KADERA_ROLES)
  @Field(() => Int, { description: 'Number of places.' })
  @Property({ type: 'integer' })
  capacity!: number;
}
