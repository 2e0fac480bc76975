import { LocalDate } from '@hub/common';
import { Field, ID, InputType } from 'type-graphql';
import { PlacementType } from './placement-type';

@InputType()
export class AdmitClientInput {
  @Field(() => ID)
  clientId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The client's municipality (CBS code, e.g. GM0193), which funds the care. Default the client's municipalityCode " +
      'in the clients subgraph; when given it must be that code (BAD_USER_INPUT otherwise).',
  })
  municipalityCode?: string | null;

  @Field(() => PlacementType)
  placementType!: PlacementType;

  @Field(() => ID)
  locationId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not in the future.' })
  admittedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Retrying with the same key returns the first result and admits nobody twice. 8-128 of A-Z a-z 0-9 . _ : -',
  })
  idempotencyKey?: string | null;
}

@InputType()
export class DischargeClientInput {
  @Field(() => ID)
  stayId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not before admittedOn, not in the future.' })
  dischargedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Short reason, at most 200 characters; no case narrative.' })
  reason?: string | null;
}
