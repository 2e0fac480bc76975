import { Access, KADERA_ROLES } from '@hub/common';
import { Field, Int, ObjectType } from 'type-graphql';
import { PlacementType } from './placement-type';

@ObjectType({ description: 'Places of one type across all locations, and how many are taken now.' })
export class PlacementTypeCapacity {
  @Access(...KADERA_ROLES)
  @Field(() => PlacementType)
  type!: PlacementType;

  @Access(...KADERA_ROLES)
  @Field(() => Int)
  capacity!: number;

  @Access(...KADERA_ROLES)
  @Field(() => Int, { description: 'Stays of this type that have not been discharged.' })
  occupied!: number;

  @Access(...KADERA_ROLES)
  @Field(() => Int, { description: 'Places held for a client by an open waitlist offer.' })
  held!: number;

  @Access(...KADERA_ROLES)
  @Field(() => Int, { description: 'capacity - occupied - held.' })
  available!: number;
}
