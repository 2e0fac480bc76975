import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of the clients subgraph's Client: this subgraph only knows the id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Client')
export class Client {
  @Field(() => ID)
  id!: string;
}
