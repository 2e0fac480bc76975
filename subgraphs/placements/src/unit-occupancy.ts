import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PlacementType } from './placement-type';
import { ShelterLocation } from './shelter-location.entity';

@ObjectType({ description: 'Places of one type at one location, how many are taken now and how many clients wait.' })
export class UnitOccupancy {
  @Field(() => ID, { description: 'The placement unit.' })
  unitId!: string;

  @Field(() => ShelterLocation)
  location!: ShelterLocation;

  @Field(() => PlacementType)
  type!: PlacementType;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int, { description: 'Stays in this unit that have not been discharged.' })
  occupied!: number;

  @Field(() => Int, { description: 'capacity - occupied, never below 0.' })
  available!: number;

  @Field(() => Int, { description: 'Clients on the waitlist (WAITING).' })
  waiting!: number;
}
