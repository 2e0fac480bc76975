import { Bsn } from '@hub/common';
import { ArgsType, Field } from 'type-graphql';

export const BSN_DESCRIPTION = 'Nine digits (spaces and dots between them allowed) that pass the eleven test (elfproef).';

@ArgsType()
export class ClientByBsnArgs {
  @Field(() => String, { description: `The BSN, matched exactly. ${BSN_DESCRIPTION}` })
  @Bsn()
  bsn!: string;
}
