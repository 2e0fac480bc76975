import { Check, Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Access, ALL_ROLES, DateTime, Region } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CareService } from './care-service';

export { CareService } from './care-service';

/** Longest waiting time staff may record: two years. */
export const MAX_WAITING_WEEKS = 104;

@ObjectType({ description: 'Whether a service takes new clients in a region, and how long they wait.' })
@Entity({ tableName: 'service_availability' })
@Unique({ properties: ['region', 'service'] })
@Check({ name: 'service_availability_waiting_min_check', expression: 'waiting_time_weeks_min >= 0' })
@Check({ name: 'service_availability_waiting_max_check', expression: 'waiting_time_weeks_max >= 0' })
@Check({ name: 'service_availability_waiting_limit_check', expression: `waiting_time_weeks_max <= ${MAX_WAITING_WEEKS}` })
@Check({
  name: 'service_availability_waiting_range_check',
  expression: 'waiting_time_weeks_min <= waiting_time_weeks_max',
})
@Check({ name: 'service_availability_note_check', expression: 'char_length(note) <= 500' })
@Check({ name: 'service_availability_contact_check', expression: 'char_length(contact) <= 200' })
export class ServiceAvailability {
  [OptionalProps]?: 'waitingTimeWeeksMin' | 'waitingTimeWeeksMax' | 'note' | 'contact' | 'updatedAt';

  @Access(...ALL_ROLES)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Access(...ALL_ROLES)
  @Field(() => Region)
  @Enum({ items: () => Region })
  region!: Region;

  @Access(...ALL_ROLES)
  @Field(() => CareService)
  @Enum({ items: () => CareService })
  service!: CareService;

  @Access(...ALL_ROLES)
  @Field(() => Boolean, { description: 'False during an intake stop.' })
  @Property({ type: 'boolean' })
  acceptingNewClients!: boolean;

  @Access(...ALL_ROLES)
  @Field(() => Int, { nullable: true, description: 'Null when there is no waiting list, or no intake at all.' })
  @Property({ type: 'integer', nullable: true })
  waitingTimeWeeksMin: number | null = null;

  @Access(...ALL_ROLES)
  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  waitingTimeWeeksMax: number | null = null;

  @Access(...ALL_ROLES)
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Access(...ALL_ROLES)
  @Field(() => String, { nullable: true, description: 'Who a referrer should call about this service, e.g. during an intake stop.' })
  @Property({ type: 'text', nullable: true })
  contact: string | null = null;

  @Access(...ALL_ROLES)
  @Field(() => DateTime)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
