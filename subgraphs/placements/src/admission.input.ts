import { describeText, DISCHARGE_REASON, LocalDate, MunicipalityCode, PastOrToday, TextLength, Uuid } from '@hub/common';
import { Field, InputType } from 'type-graphql';
import { CLIENT_MUNICIPALITY_DESCRIPTION } from './client-municipality';
import { PlacementType } from './placement-type';

@InputType()
export class AdmitClientInput {
  @Field(() => Uuid)
  clientId!: string;

  @Field(() => String, { nullable: true, description: CLIENT_MUNICIPALITY_DESCRIPTION })
  @MunicipalityCode()
  municipalityCode?: string | null;

  @Field(() => PlacementType)
  placementType!: PlacementType;

  @Field(() => Uuid)
  locationId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not in the future.' })
  @PastOrToday()
  admittedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Retrying with the same key returns the first result and admits nobody twice. 8-128 of A-Z a-z 0-9 . _ : -',
  })
  idempotencyKey?: string | null;
}

@InputType()
export class DischargeClientInput {
  @Field(() => Uuid)
  stayId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not before admittedOn, not in the future.' })
  @PastOrToday()
  dischargedOn?: string | null;

  @Field(() => String, { nullable: true, description: `Short reason, ${describeText(DISCHARGE_REASON).toLowerCase()}; no case narrative.` })
  @TextLength(DISCHARGE_REASON)
  reason?: string | null;
}

@InputType()
export class AcceptWaitlistOfferInput {
  @Field(() => Uuid, { description: 'The waitlist entry holding the open offer.' })
  entryId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not before the day of the offer, not in the future.' })
  @PastOrToday()
  admittedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Retrying with the same key returns the first stay and admits nobody twice. 8-128 of A-Z a-z 0-9 . _ : -',
  })
  idempotencyKey?: string | null;
}
