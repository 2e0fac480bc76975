import { describeText, EMERGENCY_REASON, EMERGENCY_REVIEW_NOTE, PageArgs, TextLength, Uuid } from '@hub/common';
import { ArgsType, Field, InputType } from 'type-graphql';
import { EmergencyFinding, EmergencyReviewState } from './emergency-access.entity';

// Arguments, not an input object: a refusal at the gateway then names the client (`clientId`) in its log entry.
@ArgsType()
export class OpenClientInEmergencyArgs {
  @Field(() => Uuid)
  clientId!: string;

  @Field(() => String, {
    description: `Why the client must be opened now, outside the normal rules: required, ${describeText(EMERGENCY_REASON).toLowerCase()} (trimmed). The privacy officer reviews it and the client reads it in her access report: write it for her to read.`,
  })
  @TextLength(EMERGENCY_REASON)
  reason!: string;
}

@ArgsType()
export class EmergencyAccessReviewQueueArgs extends PageArgs {
  @Field(() => EmergencyReviewState, { defaultValue: EmergencyReviewState.OPEN, description: 'OPEN (the default): still to review; CLOSED: reviewed.' })
  state!: EmergencyReviewState;
}

@InputType({ description: "The privacy officer's finding on one emergency access." })
export class CloseEmergencyAccessReviewInput {
  @Field(() => Uuid, { description: 'The emergency access (EmergencyAccess.id).' })
  id!: string;

  @Field(() => EmergencyFinding)
  finding!: EmergencyFinding;

  @Field(() => String, { nullable: true, description: `${describeText(EMERGENCY_REVIEW_NOTE)}; what was found and done, left out or blank for none.` })
  @TextLength(EMERGENCY_REVIEW_NOTE)
  note?: string | null;
}
