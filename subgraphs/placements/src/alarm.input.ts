import { LocalDate } from '@hub/common';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class DeployAlarmInput {
  @Field(() => ID)
  clientId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The client's municipality (CBS code, e.g. GM0193), which funds the care. Default the client's municipalityCode " +
      'in the clients subgraph; when given it must be that code (BAD_USER_INPUT otherwise).',
  })
  municipalityCode?: string | null;

  @Field(() => String, { description: 'Serial number of the Aware device: 4-40 of A-Z 0-9 -, stored upper case.' })
  deviceSerial!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not in the future.' })
  deployedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first deployment.' })
  idempotencyKey?: string | null;
}

@InputType()
export class ReturnAlarmInput {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not before deployedOn, not in the future.' })
  returnedOn?: string | null;
}
