import {
  CONTACT_DUE_SETTINGS,
  DataCategory,
  describeContactDue,
  MAX_DUE_DAYS,
  HANDOFF_NOTE,
  DateTime,
  describeText,
  MunicipalityCode,
  OUTCOME_NOTE,
  Nested,
  NonEmptyList,
  PageArgs,
  PartnerType,
  Priority,
  PURPOSE,
  REASON,
  reasonStatuses,
  TextLength,
  Uuid,
  WithinDaysAhead,
} from '@hub/common';
import { ArgsType, Field, InputType } from 'type-graphql';
import { OutcomeReason } from './handoff-outcome';
import { KaderaContactInput } from './kadera-contact';
import { HandoffStatus } from './handoff.workflow';

@InputType({ description: 'A handoff Kadera sends to one partner organisation for one client.' })
export class CreateHandoffInput {
  @Field(() => Uuid)
  clientId!: string;

  @Field(() => String, {
    nullable: true,
    description: "CBS code of the client's municipality, which funds the care; defaults to the client's, and must equal it when given.",
  })
  @MunicipalityCode()
  municipalityCode?: string | null;

  @Field(() => Uuid)
  partnerOrganisationId!: string;

  @Field(() => [DataCategory], { description: "What is shared; the client's active consent for this partner must cover all of it." })
  @NonEmptyList()
  categories!: DataCategory[];

  @Field(() => String, { description: `What the partner is asked to do; ${describeText(PURPOSE)}.` })
  @TextLength(PURPOSE)
  purpose!: string;

  @Field(() => Priority)
  priority!: Priority;

  @Field(() => DateTime, {
    nullable: true,
    description: `When the partner must have responded. Default: calendar days from now by priority (${describeContactDue()}; settings ${Object.values(CONTACT_DUE_SETTINGS).join(', ')}); in the future, at most ${MAX_DUE_DAYS} days ahead.`,
  })
  @WithinDaysAhead(MAX_DUE_DAYS)
  dueAt?: Date | null;

  @Field(() => KaderaContactInput, { nullable: true, description: 'The Kadera coordinator the partner contacts about this handoff.' })
  @Nested()
  kaderaContact?: KaderaContactInput | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A message on a handoff, from Kadera or from the partner it is addressed to.' })
export class AddHandoffNoteInput {
  @Field(() => Uuid)
  handoffId!: string;

  @Field(() => String, { description: `${describeText(HANDOFF_NOTE)}.` })
  @TextLength(HANDOFF_NOTE)
  text!: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first note.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'The outcome a partner reports when closing a handoff.' })
export class HandoffOutcomeInput {
  @Field(() => Boolean)
  successful!: boolean;

  @Field(() => OutcomeReason)
  reasonCode!: OutcomeReason;

  @Field(() => String, { nullable: true, description: `${describeText(OUTCOME_NOTE)}.` })
  @TextLength(OUTCOME_NOTE)
  note?: string | null;
}

@InputType({ description: 'A move of a handoff to another status.' })
export class TransitionHandoffInput {
  @Field(() => Uuid)
  handoffId!: string;

  @Field(() => HandoffStatus)
  to!: HandoffStatus;

  @Field(() => String, {
    nullable: true,
    description: `Required for ${reasonStatuses(HandoffStatus).join(', ')}. ${describeText(REASON)}.`,
  })
  @TextLength(REASON)
  reason?: string | null;

  @Field(() => HandoffOutcomeInput, { nullable: true, description: 'Required for COMPLETED (successful) and FAILED (not).' })
  @Nested()
  outcome?: HandoffOutcomeInput | null;
}

@ArgsType()
export class HandoffsArgs extends PageArgs {
  @Field(() => [HandoffStatus], { nullable: true, description: 'Any of these statuses.' })
  @NonEmptyList()
  status?: HandoffStatus[] | null;

  @Field(() => PartnerType, { nullable: true })
  partnerType?: PartnerType | null;

  @Field(() => Uuid, { nullable: true })
  partnerOrganisationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue ones; false: only those not overdue.' })
  overdue?: boolean | null;

  @Field(() => Uuid, { nullable: true })
  clientId?: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description:
      'Changed-since reading: only handoffs created or changed at or after this time, oldest change first. Keep the last `endCursor` and pass it as `after` on the next poll: every handoff changed since then appears once, in its latest state.',
  })
  updatedSince?: Date | null;
}
