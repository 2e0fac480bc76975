import { Access, DateTime, KADERA_ROLES, PartnerType } from '@hub/common';
import { Field, Int, ObjectType } from 'type-graphql';
import { PartnerOrganisation } from './partner-organisation.entity';

@ObjectType({ description: 'How many handoffs one partner organisation has left unanswered past their due date.' })
export class OverdueHandoffCount {
  @Access(...KADERA_ROLES)
  @Field(() => PartnerOrganisation)
  partnerOrganisation!: PartnerOrganisation;

  @Access(...KADERA_ROLES)
  @Field(() => PartnerType)
  partnerType!: PartnerType;

  @Access(...KADERA_ROLES)
  @Field(() => Int)
  count!: number;

  @Access(...KADERA_ROLES)
  @Field(() => DateTime, { description: 'The due date of its longest-overdue handoff.' })
  oldestDueAt!: Date;
}
