import { LocalDate, PastOrToday, Uuid } from '@hub/common';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A review of a running aftercare programme or a deployed alarm.' })
export class RecordReviewInput {
  @Field(() => Uuid, { description: 'The aftercare programme or alarm deployment.' })
  id!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not before the start or the last review, not in the future.' })
  @PastOrToday()
  reviewedOn?: string | null;
}
