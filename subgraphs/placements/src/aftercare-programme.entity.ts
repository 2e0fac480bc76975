import { Check, Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Access, Backs, Internal, KADERA_ROLES, LocalDate, municipalityCodeCheck } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Home visits after a stay. Deliberately no notes: what happens in a visit is
 * case narrative and stays out of the hub.
 */
@ObjectType('AftercareProgramme', { description: 'Aftercare for one client: home visits after a stay.' })
@Entity({ tableName: 'aftercare_programme' })
@Check<AftercareProgramme>({
  name: 'aftercare_programme_home_visits_check',
  expression: (columns) => `${columns.homeVisitsPlanned} >= 0`,
})
@Check<AftercareProgramme>({
  name: 'aftercare_programme_ended_on_check',
  expression: (columns) => `${columns.endedOn} is null or ${columns.endedOn} >= ${columns.startedOn}`,
})
// One running programme per client; a second would split the home visits.
@Unique<typeof AftercareProgramme, string>({
  name: 'aftercare_programme_one_active_per_client',
  expression: (table, columns, name) =>
    `create unique index "${name}" on "${table.schema}"."${table.name}" ("${columns.clientId}") where "${columns.endedOn}" is null`,
})
@Check<AftercareProgramme>({
  name: 'aftercare_programme_municipality_code_check',
  expression: (columns) => municipalityCodeCheck(columns.municipalityCode),
})
// Statistics count a municipality's programmes started in a year.
@Index({ properties: ['municipalityCode', 'startedOn'] })
export class AftercareProgramme {
  [OptionalProps]?: 'endedOn' | 'createdAt' | 'lastReviewedOn' | 'lastReviewedByUserId';

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
  @Field(() => String, { description: 'The Kadera user who coordinates the visits.' })
  @Property({ type: 'text' })
  coordinatorUserId!: string;

  @Access(...KADERA_ROLES)
  @Field(() => LocalDate)
  @Property({ type: 'date' })
  startedOn!: string;

  @Access(...KADERA_ROLES)
  @Field(() => LocalDate, { nullable: true, description: 'Null while the programme runs.' })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Access(...KADERA_ROLES)
  @Field(() => Int)
  @Property({ type: 'integer' })
  homeVisitsPlanned!: number;

  @Access(...KADERA_ROLES)
  @Field(() => LocalDate, { description: 'When the next review is due: started or last reviewed, plus the review interval (a setting).' })
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
