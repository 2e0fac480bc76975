import { Access, DataCategory, KADERA_ROLES, LocalDate } from '@hub/common';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

@InputType({ description: 'A consent the client gave, as Kadera staff record it.' })
export class RecordConsentInput {
  @Field(() => ID)
  clientId!: string;

  @Field(() => ID, { description: 'A partner organisation of the handoffs subgraph.' })
  partnerOrganisationId!: string;

  @Field(() => [DataCategory], { description: 'At least one; duplicates are dropped.' })
  categories!: DataCategory[];

  @Field(() => String, { description: '3 to 1000 characters.' })
  purpose!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today.' })
  validFrom?: string | null;

  @Field(() => LocalDate, { description: 'Last day; after validFrom and not before today.' })
  validUntil!: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Whether a client\'s active consents for one partner cover some data categories.' })
export class ConsentCoverage {
  @Access(...KADERA_ROLES)
  @Field(() => Boolean)
  covered!: boolean;

  @Access(...KADERA_ROLES)
  @Field(() => [DataCategory], { description: 'Requested categories no active consent covers.' })
  missing!: DataCategory[];
}
