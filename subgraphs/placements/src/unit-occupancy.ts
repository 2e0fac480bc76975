import { Access, KADERA_ROLES } from '@hub/common';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PlacementType } from './placement-type';
import { ShelterLocation } from './shelter-location.entity';

@ObjectType({ description: 'Places of one type at one location, how many are taken now and how many clients wait.' })
export class UnitOccupancy {
  @Access(...KADERA_ROLES)
  @Field(() => ID, { description: 'The placement unit.' })
  unitId!: string;

  @Access(...KADERA_ROLES)
  @Field(() => ShelterLocation)
  location!: ShelterLocation;

  @Access(...KADERA_ROLES)
  @Field(() => PlacementType)
  type!: PlacementType;

  @Access(...KADERA_ROLES)
  @Field(() => Int)
  capacity!: number;

  @Access(...KADERA_ROLES)
  @Field(() => Int, { description: 'Stays in this unit that have not been discharged.' })
  occupied!: number;

  @Access(...KADERA_ROLES)
  @Field(() => Int, { description: 'Places held for a client by an open waitlist offer.' })
  held!: number;

  @Access(...KADERA_ROLES)
  @Field(() => Int, { description: 'capacity - occupied - held, never below 0: places anyone may be admitted to now.' })
  available!: number;

  @Access(...KADERA_ROLES)
  @Field(() => Int, { description: 'Clients on the waitlist WAITING (not those OFFERED a place).' })
  waiting!: number;
}
