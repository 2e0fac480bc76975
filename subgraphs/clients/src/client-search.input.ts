import { DateOfBirth, describeText, EARLIEST_BIRTH_DATE, InputRule, LocalDate, PageArgs, PERSON_NAME, TextLength } from '@hub/common';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
@InputRule<SearchClientsArgs>((args) =>
  args.name == null && args.dateOfBirth == null ? { field: 'name', message: 'name or dateOfBirth must be given' } : null,
)
export class SearchClientsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: `${describeText(PERSON_NAME)}: the name or a part of it (a surname), typos allowed; compared ignoring case and spacing.`,
  })
  @TextLength(PERSON_NAME)
  name?: string | null;

  @Field(() => LocalDate, { nullable: true, description: `A day before today, not before ${EARLIEST_BIRTH_DATE}.` })
  @DateOfBirth()
  dateOfBirth?: string | null;
}

/** The client field each filter is on: a filter is accepted only from a role that may select that field. */
export const CLIENT_SEARCH_FILTERS = { name: 'Client.name', dateOfBirth: 'Client.dateOfBirth' };
