import { Field, Int, ObjectType } from 'type-graphql';
import { PlacementType } from './placement-type';

@ObjectType({ description: 'Places of one type across all locations, and how many are taken now.' })
export class PlacementTypeCapacity {
  @Field(() => PlacementType)
  type!: PlacementType;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int, { description: 'Stays of this type that have not been discharged.' })
  occupied!: number;

  @Field(() => Int, { description: 'capacity - occupied.' })
  available!: number;
}
