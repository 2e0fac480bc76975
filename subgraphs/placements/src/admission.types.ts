import { Access, KADERA_ROLES, LocalDate } from '@hub/common';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PlacementType } from './placement-type';
import { Stay } from './stay.entity';
import { WaitlistEntry } from './waitlist-entry.entity';

export enum AdmissionOutcome {
  ADMITTED = 'ADMITTED',
  WAITLISTED = 'WAITLISTED',
}
registerEnumType(AdmissionOutcome, {
  name: 'AdmissionOutcome',
  description: 'ADMITTED: a stay began. WAITLISTED: the unit was full, the client joined its waitlist.',
});

@ObjectType({ description: 'What admitClient did: a stay when there was a place, else a waitlist entry; never an overbooking.' })
export class AdmissionResult {
  @Access(...KADERA_ROLES)
  @Field(() => AdmissionOutcome)
  outcome!: AdmissionOutcome;

  @Access(...KADERA_ROLES)
  @Field(() => Stay, { nullable: true, description: 'Set when ADMITTED.' })
  stay!: Stay | null;

  @Access(...KADERA_ROLES)
  @Field(() => WaitlistEntry, { nullable: true, description: 'Set when WAITLISTED.' })
  waitlistEntry!: WaitlistEntry | null;
}

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
