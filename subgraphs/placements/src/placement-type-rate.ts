import { Access, STATISTICS_ROLES, StatRate } from '@hub/common';
import { Field, ObjectType } from 'type-graphql';
import { PlacementType } from './placement-type';

@ObjectType({ description: 'A rate for one placement type; every type has a row, so a missing row says nothing.' })
export class PlacementTypeRate {
  @Access(...STATISTICS_ROLES)
  @Field(() => PlacementType)
  type!: PlacementType;

  @Access(...STATISTICS_ROLES)
  @Field(() => StatRate)
  rate!: StatRate;
}
