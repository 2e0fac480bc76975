import { Access, PartnerType, StatRate, STATISTICS_ROLES } from '@hub/common';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A handoff rate for one partner type.' })
export class PartnerTypeRate {
  @Access(...STATISTICS_ROLES)
  @Field(() => PartnerType)
  partnerType!: PartnerType;

  @Access(...STATISTICS_ROLES)
  @Field(() => StatRate)
  rate!: StatRate;
}
