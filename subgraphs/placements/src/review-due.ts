import { Access, KADERA_ROLES, LocalDate } from '@hub/common';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AftercareProgramme } from './aftercare-programme.entity';
import { AlarmDeployment } from './alarm-deployment.entity';

export enum ReviewKind {
  AFTERCARE = 'AFTERCARE',
  ALARM = 'ALARM',
}
registerEnumType(ReviewKind, { name: 'ReviewKind', description: 'AFTERCARE: an aftercare programme; ALARM: an Aware alarm deployment.' });

@ObjectType({ description: 'A review that falls due: of a running aftercare programme or of a deployed alarm.' })
export class ReviewDue {
  @Access(...KADERA_ROLES)
  @Field(() => ReviewKind)
  kind!: ReviewKind;

  @Access(...KADERA_ROLES)
  @Field(() => ID, { description: 'The programme or deployment.' })
  id!: string;

  @Access(...KADERA_ROLES)
  @Field(() => LocalDate)
  dueOn!: string;

  @Access(...KADERA_ROLES)
  @Field(() => Boolean, { description: 'dueOn is before today.' })
  overdue!: boolean;

  @Access(...KADERA_ROLES)
  @Field(() => AftercareProgramme, { nullable: true, description: 'Set when kind is AFTERCARE.' })
  aftercareProgramme!: AftercareProgramme | null;

  @Access(...KADERA_ROLES)
  @Field(() => AlarmDeployment, { nullable: true, description: 'Set when kind is ALARM.' })
  alarmDeployment!: AlarmDeployment | null;

  /** The client it concerns: the access log names her; `client` resolves it. */
  clientId!: string;
}
