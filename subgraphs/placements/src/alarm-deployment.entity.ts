import { Check, Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Access, Backs, Internal, KADERA_ROLES, LocalDate, municipalityCodeCheck } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';

/** An Aware alarm system lent to a client under threat, from deployment to return. */
@ObjectType({ description: 'An Aware alarm system lent to a client, from deployment to return.' })
@Entity({ tableName: 'alarm_deployment' })
@Check<AlarmDeployment>({
  name: 'alarm_deployment_returned_on_check',
  expression: (columns) => `${columns.returnedOn} is null or ${columns.returnedOn} >= ${columns.deployedOn}`,
})
@Check<AlarmDeployment>({
  name: 'alarm_deployment_device_serial_check',
  expression: (columns) => `${columns.deviceSerial} ~ '^[A-Z0-9-]{4,40}$'`,
})
// A device is with one client at a time.
@Unique<typeof AlarmDeployment, string>({
  name: 'alarm_deployment_one_active_per_device',
  expression: (table, columns, name) =>
    `create unique index "${name}" on "${table.schema}"."${table.name}" ("${columns.deviceSerial}") where "${columns.returnedOn}" is null`,
})
@Check<AlarmDeployment>({
  name: 'alarm_deployment_municipality_code_check',
  expression: (columns) => municipalityCodeCheck(columns.municipalityCode),
})
// Statistics count a municipality's alarms deployed in a year.
@Index({ properties: ['municipalityCode', 'deployedOn'] })
export class AlarmDeployment {
  [OptionalProps]?: 'returnedOn' | 'createdAt' | 'deployedByUserId' | 'lastReviewedOn' | 'lastReviewedByUserId';

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

  @Access(...KADERA_ROLES)
  @Field(() => String)
  @Property({ type: 'text' })
  deviceSerial!: string;

  @Access(...KADERA_ROLES)
  @Field(() => LocalDate)
  @Property({ type: 'date' })
  deployedOn!: string;

  @Access(...KADERA_ROLES)
  @Field(() => LocalDate, { nullable: true, description: 'Null while the client has the device.' })
  @Property({ type: 'date', nullable: true })
  returnedOn: string | null = null;

  /** Null for demo data. */
  @Property({ type: 'text', nullable: true })
  @Internal()
  deployedByUserId: string | null = null;

  @Access(...KADERA_ROLES)
  @Field(() => LocalDate, { description: 'When the next review is due: deployed or last reviewed, plus the review interval (a setting).' })
  @Property({ type: 'date' })
  nextReviewOn!: string;

  @Access(...KADERA_ROLES)
  @Field(() => LocalDate, { nullable: true, description: 'The last review; null until the first.' })
  @Property({ type: 'date', nullable: true })
  lastReviewedOn: string | null = null;

  /** Who recorded the last review: kept for accountability, not exposed. */
  @Property({ type: 'text', nullable: true })
  @Internal()
  lastReviewedByUserId: string | null = null;

  @Property({ type: 'datetime' })
  @Internal()
  createdAt: Date = new Date();
}
