import {
  CODE_WORD,
  CONTACT_NAME,
  describeList,
  describeText,
  EMERGENCY_CONTACTS_MAX,
  LocalDate,
  ListOfAtMost,
  Nested,
  isTextWithin,
  Phone,
  PHONE_LENGTH,
  RELATION,
  Rule,
  SAFETY_PLAN_ITEM,
  SAFETY_PLAN_ITEMS_MAX,
  TextLength,
  TextList,
  TodayOrLater,
  Uuid,
  VERSION_MAX,
  WholeNumberIn,
} from '@hub/common';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'Someone to call in an emergency.' })
export class EmergencyContactInput {
  @Field(() => String, { description: `${describeText(CONTACT_NAME)}.` })
  @TextLength(CONTACT_NAME)
  name!: string;

  @Field(() => String, { description: `${describeText(RELATION)}, e.g. sister or neighbour.` })
  @TextLength(RELATION)
  relation!: string;

  @Field(() => String, { description: `${describeText(PHONE_LENGTH)}, at least 6 digits.` })
  @TextLength(PHONE_LENGTH)
  @Phone()
  phone!: string;
}

@InputType({ description: "A client's whole safety plan: the first one, or one that replaces the version the caller read." })
export class SaveSafetyPlanInput {
  @Field(() => Uuid)
  clientId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the caller read; left out to create the first plan. CONFLICT (extensions.currentVersion) when it is not the current one.',
  })
  @WholeNumberIn(1, VERSION_MAX)
  expectedVersion?: number | null;

  @Field(() => [String], { description: `${describeList(SAFETY_PLAN_ITEMS_MAX, SAFETY_PLAN_ITEM)}.` })
  @TextList(SAFETY_PLAN_ITEMS_MAX, SAFETY_PLAN_ITEM)
  risks!: string[];

  @Field(() => [String], { description: `${describeList(SAFETY_PLAN_ITEMS_MAX, SAFETY_PLAN_ITEM)}.` })
  @TextList(SAFETY_PLAN_ITEMS_MAX, SAFETY_PLAN_ITEM)
  agreements!: string[];

  @Field(() => [EmergencyContactInput], { description: `At most ${EMERGENCY_CONTACTS_MAX}.` })
  @ListOfAtMost(EMERGENCY_CONTACTS_MAX)
  @Nested()
  emergencyContacts!: EmergencyContactInput[];

  @Field(() => String, { nullable: true, description: `${describeText(CODE_WORD)}; left out or blank for none.` })
  @Rule(
    'codeWord',
    (value) => isTextWithin({ min: 0, max: 0 })(value) || isTextWithin(CODE_WORD)(value),
    `must be blank or ${describeText(CODE_WORD).toLowerCase()}`,
  )
  codeWord?: string | null;

  @Field(() => LocalDate, { description: 'When the plan is next reviewed: today or later (Europe/Amsterdam).' })
  @TodayOrLater()
  reviewDate!: string;
}
