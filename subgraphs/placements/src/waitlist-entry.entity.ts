import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Access, Backs, DateTime, Internal, KADERA_ROLES, municipalityCodeCheck } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PlacementUnit } from './placement-unit.entity';
import { WaitlistStatus } from './waitlist.workflow';

/**
 * A client waiting for a place in a full unit. The order is (queuedAt, id): queuedAt is requestedAt until the
 * client passes an offer (declines it or lets it lapse), then that moment, the back of the queue. The position is
 * derived from it, never stored, so withdrawals need no renumbering. While OFFERED the entry holds one of the
 * unit's places until offerExpiresAt (offers.ts).
 */
@ObjectType({ description: 'A client waiting for a place of one type at one location.' })
@Entity({ tableName: 'waitlist_entry' })
@Index({ properties: ['unit', 'status', 'queuedAt'] })
// The work queue of open offers, soonest expiry first.
@Index({ properties: ['status', 'offerExpiresAt'] })
// Waiting (or holding an offer) twice for the same unit would hold two places in the queue.
@Unique<typeof WaitlistEntry, string>({
  name: 'waitlist_entry_one_waiting_per_client_unit',
  expression: (table, columns, name) =>
    `create unique index "${name}" on "${table.schema}"."${table.name}" ("${columns.clientId}", "${columns.unit}") ` +
    `where "${columns.status}" in ('WAITING', 'OFFERED')`,
})
// An offer is whole while OFFERED: when it was made and until when it holds the place.
@Check<WaitlistEntry>({
  name: 'waitlist_entry_offer_check',
  expression: (columns) => `${columns.status} <> 'OFFERED' or (${columns.offeredAt} is not null and ${columns.offerExpiresAt} > ${columns.offeredAt})`,
})
@Check<WaitlistEntry>({
  name: 'waitlist_entry_municipality_code_check',
  expression: (columns) => municipalityCodeCheck(columns.municipalityCode),
})
export class WaitlistEntry {
  [OptionalProps]?:
    'requestedAt' | 'queuedAt' | 'status' | 'statusChangedAt' | 'statusChangedByUserId' | 'offeredAt' | 'offerExpiresAt' | 'offersPassed' | 'offerPassedAt';

  @Access(...KADERA_ROLES)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  @Backs('client')
  clientId!: string;

  @Access(...KADERA_ROLES)
  @Field(() => String, { description: "The client's municipality (CBS code), which funds the care; statistics are attributed to it." })
  @Property({ type: 'string', length: 6 })
  municipalityCode!: string;

  @ManyToOne({ entity: () => PlacementUnit })
  @Backs('location')
  unit!: PlacementUnit;

  @Access(...KADERA_ROLES)
  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  requestedAt: Date = new Date();

  @Access(...KADERA_ROLES)
  @Field(() => DateTime, { description: 'Where the entry stands in the queue: requestedAt, or when the client last passed an offer.' })
  @Property({ type: 'datetime' })
  queuedAt: Date = new Date();

  @Access(...KADERA_ROLES)
  @Field(() => WaitlistStatus)
  @Enum({ items: () => WaitlistStatus })
  status: WaitlistStatus = WaitlistStatus.WAITING;

  @Property({ type: 'text' })
  @Internal()
  requestedByUserId!: string;

  @Access(...KADERA_ROLES)
  @Field(() => DateTime, { nullable: true, description: 'When the status last changed.' })
  @Property({ type: 'datetime', nullable: true })
  statusChangedAt: Date | null = null;

  /** Who moved it last; null when the hub did (an offer lapsing). */
  @Property({ type: 'text', nullable: true })
  @Internal()
  statusChangedByUserId: string | null = null;

  @Access(...KADERA_ROLES)
  @Field(() => DateTime, { nullable: true, description: 'When the last offer of a place was made; null if none ever was.' })
  @Property({ type: 'datetime', nullable: true })
  offeredAt: Date | null = null;

  @Access(...KADERA_ROLES)
  @Field(() => DateTime, { nullable: true, description: 'Until when the last offer held its place. While OFFERED: the time limit to accept.' })
  @Property({ type: 'datetime', nullable: true })
  offerExpiresAt: Date | null = null;

  @Access(...KADERA_ROLES)
  @Field(() => Int, { description: 'Offers this client declined or let lapse.' })
  @Property({ type: 'integer' })
  offersPassed: number = 0;

  /** When the client last passed an offer: she is not offered a place again within one offer time limit of it. */
  @Property({ type: 'datetime', nullable: true })
  @Internal()
  offerPassedAt: Date | null = null;
}
