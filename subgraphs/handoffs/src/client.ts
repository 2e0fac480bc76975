import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by the clients subgraph; the gateway fetches its fields there. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Client')
export class Client {
  @Field(() => ID)
  id!: string;
}
