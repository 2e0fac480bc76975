import { Access, KADERA_ROLES, PARTNER_ROLES } from '@hub/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of the clients subgraph's Client: this subgraph only knows the id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Client')
export class Client {
  // Same rule as the owning subgraph's Client.id, so the definitions compose.
  @Access(...KADERA_ROLES, ...PARTNER_ROLES)
  @Field(() => ID)
  id!: string;
}
