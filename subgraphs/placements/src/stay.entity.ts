import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Access, Backs, Internal, KADERA_ROLES, LocalDate, municipalityCodeCheck } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { PlacementUnit } from './placement-unit.entity';

/**
 * A client's stay in a shelter place, from admission to discharge. The client
 * lives in the clients subgraph; only its id is kept here.
 */
@ObjectType({ description: "A client's stay in a shelter place, from admission to discharge." })
@Entity({ tableName: 'stay' })
@Check<Stay>({
  name: 'stay_discharged_on_check',
  expression: (columns) => `${columns.dischargedOn} is null or ${columns.dischargedOn} >= ${columns.admittedOn}`,
})
@Check<Stay>({
  name: 'stay_discharge_reason_length_check',
  expression: (columns) => `char_length(${columns.dischargeReason}) <= 200`,
})
// A person is in one place at a time; two open stays would double-count occupancy.
@Unique<typeof Stay, string>({
  name: 'stay_one_active_per_client',
  expression: (table, columns, name) =>
    `create unique index "${name}" on "${table.schema}"."${table.name}" ("${columns.clientId}") where "${columns.dischargedOn}" is null`,
})
@Check<Stay>({
  name: 'stay_municipality_code_check',
  expression: (columns) => municipalityCodeCheck(columns.municipalityCode),
})
// Statistics select a municipality's stays discharged in a year, or since a day, or still open (discharged_on
// null), and read what they count from the index alone: the admission, the client and the unit.
@Index<typeof Stay, string>({
  name: 'stay_statistics_index',
  expression: (table, columns, name) =>
    `create index "${name}" on "${table.schema}"."${table.name}" ("${columns.municipalityCode}", "${columns.dischargedOn}") ` +
    `include ("${columns.admittedOn}", "${columns.clientId}", "${columns.unit}")`,
})
export class Stay {
  [OptionalProps]?: 'createdAt' | 'dischargedOn' | 'dischargeReason' | 'admittedByUserId' | 'dischargedByUserId';

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
  @Field(() => LocalDate)
  @Property({ type: 'date' })
  admittedOn!: string;

  @Access(...KADERA_ROLES)
  @Field(() => LocalDate, { nullable: true, description: 'Null while the client is still staying.' })
  @Property({ type: 'date', nullable: true })
  dischargedOn: string | null = null;

  @Access(...KADERA_ROLES)
  @Field(() => String, { nullable: true, description: 'Short reason given at discharge; never a narrative of the case.' })
  @Property({ type: 'text', nullable: true })
  dischargeReason: string | null = null;

  /** Who admitted and discharged: kept for accountability, not exposed. Null for demo data. */
  @Property({ type: 'text', nullable: true })
  @Internal()
  admittedByUserId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Internal()
  dischargedByUserId: string | null = null;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  @Internal()
  createdAt: Date = new Date();
}
