import { ADDRESS, Bsn, DateOfBirth, describeText, EARLIEST_BIRTH_DATE, LocalDate, MunicipalityCode, PERSON_NAME, TextLength } from '@hub/common';
import { Field, InputType } from 'type-graphql';
import { FormOfAbuse, RiskLevel } from './client.entity';
import { BSN_DESCRIPTION } from './client-bsn.input';

const DATE_OF_BIRTH = `A day before today, not before ${EARLIEST_BIRTH_DATE}.`;

@InputType({ description: 'A new client, as intake registers them.' })
export class RegisterClientInput {
  @Field(() => String, { description: `${describeText(PERSON_NAME)}; spacing is tidied.` })
  @TextLength(PERSON_NAME)
  name!: string;

  @Field(() => LocalDate, { description: DATE_OF_BIRTH })
  @DateOfBirth()
  dateOfBirth!: string;

  @Field(() => String, { description: 'CBS code, GM followed by four digits.' })
  @MunicipalityCode()
  municipalityCode!: string;

  @Field(() => String, { description: `${describeText(ADDRESS)}.` })
  @TextLength(ADDRESS)
  confidentialAddress!: string;

  @Field(() => RiskLevel)
  riskLevel!: RiskLevel;

  @Field(() => [FormOfAbuse], { nullable: true, description: 'Duplicates are dropped; default none.' })
  formsOfAbuse?: FormOfAbuse[] | null;

  @Field(() => String, {
    nullable: true,
    description: `The citizen service number, when known. ${BSN_DESCRIPTION} Only staff and intake may give it; stored encrypted. A BSN already on file is CONFLICT (the same person), whatever confirmNotDuplicate says.`,
  })
  @Bsn()
  bsn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Register even though possibleDuplicates names candidates (intake checked they are other people).',
  })
  confirmNotDuplicate?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result.' })
  idempotencyKey?: string | null;
}
