import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Access, KADERA_ROLES, PARTNER_ROLES } from '../access/declarations';

/**
 * The clients subgraph's Client as the other subgraphs see it: only the id,
 * which they store; the gateway fetches every other field from clients.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Client')
export class ClientReference {
  // Same rule as the owning subgraph's Client.id, so the definitions compose.
  @Access(...KADERA_ROLES, ...PARTNER_ROLES)
  @Field(() => ID)
  id!: string;
}
