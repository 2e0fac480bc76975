import { DataCategory, describeText, InputRule, LocalDate, NonEmptyList, PURPOSE, TextLength, today, TodayOrLater, Uuid } from '@hub/common';
import { ArgsType, Field, InputType } from 'type-graphql';

@InputRule<RecordConsentInput>((input) =>
  input.validUntil <= (input.validFrom ?? today()) ? { field: 'validUntil', message: 'validUntil must be after validFrom' } : null,
)
@InputType({ description: 'A consent the client gave, as Kadera staff record it.' })
export class RecordConsentInput {
  @Field(() => Uuid)
  clientId!: string;

  @Field(() => Uuid, { description: 'A partner organisation of the handoffs subgraph.' })
  partnerOrganisationId!: string;

  @Field(() => [DataCategory], { description: 'At least one; duplicates are dropped.' })
  @NonEmptyList()
  categories!: DataCategory[];

  @Field(() => String, { description: `${describeText(PURPOSE)}.` })
  @TextLength(PURPOSE)
  purpose!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today.' })
  validFrom?: string | null;

  @Field(() => LocalDate, { description: 'Last day; after validFrom and not before today.' })
  @TodayOrLater()
  validUntil!: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result.' })
  idempotencyKey?: string | null;
}

@ArgsType()
export class ConsentCoverageArgs {
  @Field(() => Uuid)
  clientId!: string;

  @Field(() => Uuid)
  partnerOrganisationId!: string;

  @Field(() => [DataCategory], { description: 'At least one.' })
  @NonEmptyList()
  categories!: DataCategory[];
}
