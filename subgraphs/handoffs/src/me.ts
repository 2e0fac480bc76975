import { ALL_ROLES, Access, PartnerType, Side } from '@hub/common';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(Side, { name: 'CallerSide', description: 'The side a caller acts for (roles.ts: sideOf).' });

@ObjectType({ description: 'Who the caller is, as the gateway verified it: nothing about any client.' })
export class Me {
  @Access(...ALL_ROLES)
  @Field(() => String)
  userId!: string;

  @Access(...ALL_ROLES)
  @Field(() => [String], { description: 'The roles (token scopes) the caller holds.' })
  roles!: string[];

  @Access(...ALL_ROLES)
  @Field(() => Side, { description: 'The side the caller acts for; a caller holding several acts for Kadera first.' })
  side!: Side;

  @Access(...ALL_ROLES)
  @Field(() => String, { nullable: true, description: "The caller's organisation (Kadera, a partner organisation or a referrer)." })
  organisationId?: string;

  @Access(...ALL_ROLES)
  @Field(() => String, { nullable: true, description: 'CBS municipality code, for municipality callers.' })
  municipalityCode?: string;

  @Access(...ALL_ROLES)
  @Field(() => PartnerType, { nullable: true, description: 'For partner roles: the partner type of the role (the partner table).' })
  partnerType?: PartnerType;
}
