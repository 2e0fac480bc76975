import { Access } from '@hub/common';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { HANDOFF_READERS } from './access-policies';

/** Coded reason for how a handoff ended, so outcomes can be counted across partners. */
export enum OutcomeReason {
  GOAL_REACHED = 'GOAL_REACHED',
  CLIENT_DECLINED = 'CLIENT_DECLINED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  NO_CONTACT = 'NO_CONTACT',
  REFERRED_ELSEWHERE = 'REFERRED_ELSEWHERE',
  OTHER = 'OTHER',
}
registerEnumType(OutcomeReason, { name: 'OutcomeReason', description: 'Coded reason for the outcome of a handoff.' });

@ObjectType({ description: 'How a closed handoff ended, as the partner reported it.' })
export class HandoffOutcome {
  @Access(...HANDOFF_READERS)
  @Field(() => Boolean)
  successful!: boolean;

  @Access(...HANDOFF_READERS)
  @Field(() => OutcomeReason)
  reasonCode!: OutcomeReason;

  @Access(...HANDOFF_READERS)
  @Field(() => String, { nullable: true })
  note?: string | null;
}
