import { DateOfBirth, describeText, EARLIEST_BIRTH_DATE, LocalDate, MunicipalityCode, PERSON_NAME, TextLength } from '@hub/common';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class PossibleDuplicatesArgs {
  @Field(() => String, { description: `${describeText(PERSON_NAME)}; compared by similarity, ignoring case and spacing, so a typo still matches.` })
  @TextLength(PERSON_NAME)
  name!: string;

  @Field(() => LocalDate, { description: `A day before today, not before ${EARLIEST_BIRTH_DATE}.` })
  @DateOfBirth()
  dateOfBirth!: string;

  @Field(() => String, {
    nullable: true,
    description: 'CBS code, GM followed by four digits: a client of this municipality with a similar name is a candidate too.',
  })
  @MunicipalityCode()
  municipalityCode?: string | null;
}

/** The client field each argument filters on: the argument is accepted only from a role that may select that field. */
export const DUPLICATE_FILTERS = { name: 'Client.name', dateOfBirth: 'Client.dateOfBirth', municipalityCode: 'Client.municipalityCode' };
