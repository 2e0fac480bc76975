import { Access, KADERA_ROLES } from '@hub/common';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
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
