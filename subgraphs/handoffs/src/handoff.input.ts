import { DataCategory, DateTime, PageArgs, PartnerType, Priority, reasonStatuses } from '@hub/common';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { HandoffOutcomeInput } from './handoff-outcome';
import { HandoffStatus } from './handoff.workflow';

@InputType({ description: 'A handoff Kadera sends to one partner organisation for one client.' })
export class CreateHandoffInput {
  @Field(() => ID)
  clientId!: string;

  @Field(() => String, {
    nullable: true,
    description: "CBS code of the client's municipality, which funds the care; defaults to the client's, and must equal it when given.",
  })
  municipalityCode?: string | null;

  @Field(() => ID)
  partnerOrganisationId!: string;

  @Field(() => [DataCategory], { description: 'What is shared; the client\'s active consent for this partner must cover all of it.' })
  categories!: DataCategory[];

  @Field(() => String, { description: 'What the partner is asked to do; 3 to 1000 characters.' })
  purpose!: string;

  @Field(() => Priority)
  priority!: Priority;

  @Field(() => DateTime, { nullable: true, description: 'Default 7 days from now; in the future, at most 365 days ahead.' })
  dueAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A move of a handoff to another status.' })
export class TransitionHandoffInput {
  @Field(() => ID)
  handoffId!: string;

  @Field(() => HandoffStatus)
  to!: HandoffStatus;

  @Field(() => String, { nullable: true, description: `Required for ${reasonStatuses(HandoffStatus).join(', ')}.` })
  reason?: string | null;

  @Field(() => HandoffOutcomeInput, { nullable: true, description: 'Required for COMPLETED (successful) and FAILED (not).' })
  outcome?: HandoffOutcomeInput | null;
}

@ArgsType()
export class HandoffsArgs extends PageArgs {
  @Field(() => [HandoffStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: HandoffStatus[] | null;

  @Field(() => PartnerType, { nullable: true })
  partnerType?: PartnerType | null;

  @Field(() => ID, { nullable: true })
  partnerOrganisationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue ones; false: only those not overdue.' })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true })
  clientId?: string | null;
}
