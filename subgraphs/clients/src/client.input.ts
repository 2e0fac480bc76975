import { LocalDate } from '@hub/common';
import { Field, InputType } from 'type-graphql';
import { FormOfAbuse, RiskLevel } from './client.entity';

@InputType({ description: 'A new client, as intake registers them.' })
export class RegisterClientInput {
  @Field(() => String, { description: '2 to 200 characters; spacing is tidied.' })
  name!: string;

  @Field(() => LocalDate, { description: 'In the past, not before 1900.' })
  dateOfBirth!: string;

  @Field(() => String, { description: 'CBS code, GM followed by four digits.' })
  municipalityCode!: string;

  @Field(() => String, { description: '5 to 500 characters.' })
  confidentialAddress!: string;

  @Field(() => RiskLevel)
  riskLevel!: RiskLevel;

  @Field(() => [FormOfAbuse], { nullable: true, description: 'Duplicates are dropped; default none.' })
  formsOfAbuse?: FormOfAbuse[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Register even though a client with the same name and date of birth exists (intake checked they differ).',
  })
  confirmNotDuplicate?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result.' })
  idempotencyKey?: string | null;
}
