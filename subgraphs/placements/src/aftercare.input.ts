import { LocalDate } from '@hub/common';
import { Field, ID, InputType, Int } from 'type-graphql';

export const HOME_VISITS_MAX = 100;

@InputType()
export class StartAftercareInput {
  @Field(() => ID)
  clientId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The client's municipality (CBS code, e.g. GM0193), which funds the care. Default the client's municipalityCode " +
      'in the clients subgraph; when given it must be that code (BAD_USER_INPUT otherwise).',
  })
  municipalityCode?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not in the future.' })
  startedOn?: string | null;

  @Field(() => Int, { description: `Home visits planned, 0 to ${HOME_VISITS_MAX}.` })
  homeVisitsPlanned!: number;

  @Field(() => String, { nullable: true, description: 'The Kadera user who coordinates; default the caller.' })
  coordinatorUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first programme.' })
  idempotencyKey?: string | null;
}

@InputType()
export class EndAftercareInput {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not before startedOn, not in the future.' })
  endedOn?: string | null;
}
