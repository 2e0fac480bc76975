import { Access, KADERA_ROLES, PARTNER_ROLES } from '@hub/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by the clients subgraph; the gateway fetches its fields there. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Client')
export class Client {
  @Access(...KADERA_ROLES, ...PARTNER_ROLES)
  @Field(() => ID)
  id!: string;
}
