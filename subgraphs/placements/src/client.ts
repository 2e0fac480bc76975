import { Access, KADERA_ROLES, PARTNER_ROLES } from '@hub/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of the clients subgraph's Client: placements stores only its id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Client')
export class Client {
  @Access(...KADERA_ROLES, ...PARTNER_ROLES)
  @Field(() => ID)
  id!: string;
}
