import { ListSize } from '../limits/list-size-directives';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { Access, KADERA_ROLES } from '../access/declarations';
import type { Role } from '../domain/roles';
import { ROUND_TO, SUPPRESS_BELOW } from './disclosure';

/** Who may read municipal figures: Kadera, and a municipality for its own code (row rule at the root). */
export const STATISTICS_ROLES: Role[] = [...KADERA_ROLES, 'municipality'];

@Directive('@shareable')
@ObjectType({ description: `A published count: null and suppressed when below ${SUPPRESS_BELOW}, otherwise rounded to the nearest ${ROUND_TO}.` })
export class StatCount {
  @Access(...STATISTICS_ROLES)
  @Field(() => Int, { nullable: true })
  value!: number | null;

  @Access(...STATISTICS_ROLES)
  @Field(() => Boolean)
  suppressed!: boolean;
}

@Directive('@shareable')
@ObjectType({ description: 'One category of a breakdown.' })
export class StatCell {
  @Access(...STATISTICS_ROLES)
  @Field(() => String)
  label!: string;

  @Access(...STATISTICS_ROLES)
  @Field(() => Int, { nullable: true })
  value!: number | null;

  @Access(...STATISTICS_ROLES)
  @Field(() => Boolean)
  suppressed!: boolean;
}

@Directive('@shareable')
@ObjectType({ description: 'A breakdown and its total, protected together (secondary suppression).' })
export class StatGroup {
  @Access(...STATISTICS_ROLES)
  @ListSize(20)
  @Field(() => [StatCell])
  cells!: StatCell[];

  @Access(...STATISTICS_ROLES)
  @Field(() => StatCount)
  total!: StatCount;
}

@Directive('@shareable')
@ObjectType({ description: `A ratio, suppressed when its basis counts fewer than ${SUPPRESS_BELOW}.` })
export class StatRate {
  @Access(...STATISTICS_ROLES)
  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Access(...STATISTICS_ROLES)
  @Field(() => Boolean)
  suppressed!: boolean;
}
