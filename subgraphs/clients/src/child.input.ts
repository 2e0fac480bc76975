import { CONTACT_NAME, DateOfBirth, describeText, EARLIEST_BIRTH_DATE, FIRST_NAME, LocalDate, TextLength, Uuid, VERSION_MAX, WholeNumberIn } from '@hub/common';
import { Field, InputType, Int } from 'type-graphql';

const DATE_OF_BIRTH = `A day before today, not before ${EARLIEST_BIRTH_DATE}.`;
const FIRST_NAME_DESCRIPTION = `${describeText(FIRST_NAME)}.`;
const SOCIAL_WORKER = `The child social worker dedicated to this child; ${describeText(CONTACT_NAME)}.`;
const EXPECTED_VERSION = 'The version the caller read. CONFLICT (extensions.currentVersion) when it is not the current one.';

@InputType({ description: 'A child of a client, as Kadera records it for youth services.' })
export class AddChildInput {
  @Field(() => Uuid)
  clientId!: string;

  @Field(() => String, { description: FIRST_NAME_DESCRIPTION })
  @TextLength(FIRST_NAME)
  firstName!: string;

  @Field(() => LocalDate, { description: DATE_OF_BIRTH })
  @DateOfBirth()
  dateOfBirth!: string;

  @Field(() => String, { description: SOCIAL_WORKER })
  @TextLength(CONTACT_NAME)
  childSocialWorkerName!: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A change to a child: the fields given replace the stored ones, the rest stay.' })
export class UpdateChildInput {
  @Field(() => Uuid)
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  @WholeNumberIn(1, VERSION_MAX)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: FIRST_NAME_DESCRIPTION })
  @TextLength(FIRST_NAME)
  firstName?: string | null;

  @Field(() => LocalDate, { nullable: true, description: DATE_OF_BIRTH })
  @DateOfBirth()
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: SOCIAL_WORKER })
  @TextLength(CONTACT_NAME)
  childSocialWorkerName?: string | null;
}

@InputType({ description: 'A child to take off the client file, in the version read.' })
export class RemoveChildInput {
  @Field(() => Uuid)
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  @WholeNumberIn(1, VERSION_MAX)
  expectedVersion!: number;
}
