import { describeText, LocalDate, MunicipalityCode, PastOrToday, TextLength, USER_ID, Uuid, WholeNumberIn } from '@hub/common';
import { Field, InputType, Int } from 'type-graphql';
import { CLIENT_MUNICIPALITY_DESCRIPTION } from './client-municipality';

const HOME_VISITS_MAX = 100;

@InputType()
export class StartAftercareInput {
  @Field(() => Uuid)
  clientId!: string;

  @Field(() => String, { nullable: true, description: CLIENT_MUNICIPALITY_DESCRIPTION })
  @MunicipalityCode()
  municipalityCode?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not in the future.' })
  @PastOrToday()
  startedOn?: string | null;

  @Field(() => Int, { description: `Home visits planned, 0 to ${HOME_VISITS_MAX}.` })
  @WholeNumberIn(0, HOME_VISITS_MAX)
  homeVisitsPlanned!: number;

  @Field(() => String, {
    nullable: true,
    description: `The Kadera user who coordinates; default the caller. ${describeText(USER_ID)}.`,
  })
  @TextLength(USER_ID)
  coordinatorUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first programme.' })
  idempotencyKey?: string | null;
}

@InputType()
export class EndAftercareInput {
  @Field(() => Uuid)
  id!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not before startedOn, not in the future.' })
  @PastOrToday()
  endedOn?: string | null;
}
