import { Check, Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DateTime, Region } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CareService {
  AMBULATORY_WMO = 'AMBULATORY_WMO',
  AMBULATORY_YOUTH = 'AMBULATORY_YOUTH',
  SHELTER = 'SHELTER',
  AFTERCARE = 'AFTERCARE',
}
registerEnumType(CareService, {
  name: 'CareService',
  description: 'A service whose intake is tracked per region; WMO: Social Support Act, YOUTH: Jeugdwet.',
});

@ObjectType({ description: 'Whether a service takes new clients in a region, and how long they wait.' })
@Entity({ tableName: 'service_availability' })
@Unique({ properties: ['region', 'service'] })
@Check({ name: 'service_availability_waiting_min_check', expression: 'waiting_time_weeks_min >= 0' })
@Check({ name: 'service_availability_waiting_max_check', expression: 'waiting_time_weeks_max >= 0' })
@Check({
  name: 'service_availability_waiting_range_check',
  expression: 'waiting_time_weeks_min <= waiting_time_weeks_max',
})
export class ServiceAvailability {
  [OptionalProps]?: 'waitingTimeWeeksMin' | 'waitingTimeWeeksMax' | 'note' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Region)
  @Enum({ items: () => Region })
  region!: Region;

  @Field(() => CareService)
  @Enum({ items: () => CareService })
  service!: CareService;

  @Field(() => Boolean, { description: 'False during an intake stop.' })
  @Property({ type: 'boolean' })
  acceptingNewClients!: boolean;

  @Field(() => Int, { nullable: true, description: 'Null when there is no waiting list, or no intake at all.' })
  @Property({ type: 'integer', nullable: true })
  waitingTimeWeeksMin: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  waitingTimeWeeksMax: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => DateTime)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
