import { Uuid, WholeNumberIn } from '@hub/common';
import { Field, InputType, Int } from 'type-graphql';

/** Most places one unit may have: the largest shelter unit is 17; room to grow, not a typo's 1,000. */
const UNIT_CAPACITY_MAX = 100;

@InputType()
export class SetUnitCapacityInput {
  @Field(() => Uuid, { description: 'The placement unit (occupancy.unitId).' })
  unitId!: string;

  @Field(() => Int, { description: `Places, 0 to ${UNIT_CAPACITY_MAX}; not fewer than the places taken and held now.` })
  @WholeNumberIn(0, UNIT_CAPACITY_MAX)
  capacity!: number;
}
