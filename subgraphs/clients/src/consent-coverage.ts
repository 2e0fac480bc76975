import { Access, DataCategory, KADERA_ROLES } from '@hub/common';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "Whether a client's active consents for one partner cover some data categories." })
export class ConsentCoverage {
  @Access(...KADERA_ROLES)
  @Field(() => Boolean)
  covered!: boolean;

  @Access(...KADERA_ROLES)
  @Field(() => [DataCategory], { description: 'Requested categories no active consent covers.' })
  missing!: DataCategory[];
}
