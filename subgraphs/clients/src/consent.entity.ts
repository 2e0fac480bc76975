import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Access, Backs, DataCategory, DateTime, KADERA_ROLES, LocalDate } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { Client } from './client.entity';
import { isWithinDays, today } from '@hub/common';

@ObjectType({ description: "A client's consent to share some categories of their data with one partner organisation." })
@Entity({ tableName: 'consent' })
@Index({ properties: ['client', 'partnerOrganisationId'] })
@Check({ name: 'consent_categories_check', expression: 'cardinality(categories) > 0' })
@Check({ name: 'consent_validity_check', expression: 'valid_until > valid_from' })
@Check({ name: 'consent_purpose_check', expression: 'length(btrim(purpose)) > 0' })
@Check({ name: 'consent_withdrawal_check', expression: '(withdrawn_at is null) = (withdrawn_by_user_id is null)' })
export class Consent {
  [OptionalProps]?: 'recordedAt' | 'withdrawnAt' | 'withdrawnByUserId';

  @Access(...KADERA_ROLES)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  // Not a GraphQL field: Client.consents -> Consent.client -> Client.consents would let one query fan out
  // without bound; a consent is always reached from its client, and names it by `clientId`.
  @ManyToOne({ entity: () => Client })
  @Backs('clientId')
  client!: Client;

  // The partner lives in the handoffs subgraph; only its id is kept here.
  @Access(...KADERA_ROLES)
  @Field(() => ID)
  @Property({ type: 'uuid' })
  partnerOrganisationId!: string;

  @Access(...KADERA_ROLES)
  @Field(() => [DataCategory])
  @Enum({ items: () => DataCategory, array: true })
  categories!: DataCategory[];

  @Access(...KADERA_ROLES)
  @Field(() => String, { description: 'What the data may be used for.' })
  @Property({ type: 'text' })
  purpose!: string;

  @Access(...KADERA_ROLES)
  @Field(() => LocalDate, { description: 'First day the consent holds.' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Access(...KADERA_ROLES)
  @Field(() => LocalDate, { description: 'Last day the consent holds.' })
  @Property({ type: 'date' })
  validUntil!: string;

  @Access(...KADERA_ROLES)
  @Field(() => String)
  @Property({ type: 'text' })
  recordedByUserId!: string;

  @Access(...KADERA_ROLES)
  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();

  @Access(...KADERA_ROLES)
  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null = null;

  @Access(...KADERA_ROLES)
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  withdrawnByUserId?: string | null = null;
}

/** Not withdrawn and today (the organisation's calendar) within validFrom..validUntil, both inclusive. */
export function isActive(consent: Consent, day = today()): boolean {
  return !consent.withdrawnAt && isWithinDays(day, consent.validFrom, consent.validUntil);
}
