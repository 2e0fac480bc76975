import { Embeddable, Property } from '@mikro-orm/core';
import { Access, KADERA_ROLES, LocalDate } from '@hub/common';
import { Field, ObjectType } from 'type-graphql';

/** The person a referral is about, as the referrer gave it; never present on an anonymous consultation. */
@ObjectType({ description: 'The person referred, as the referrer described them. Absent for anonymous consultations.' })
@Embeddable()
export class ReferredPerson {
  @Access(...KADERA_ROLES)
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Access(...KADERA_ROLES)
  @Field(() => LocalDate)
  @Property({ type: 'date' })
  dateOfBirth!: string;

  @Access(...KADERA_ROLES)
  @Field(() => String, { description: 'CBS municipality code, GM + 4 digits.' })
  @Property({ type: 'string', length: 6 })
  municipalityCode!: string;
}
