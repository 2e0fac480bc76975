import { Access, ROUND_TO, STATISTICS_ROLES, SUPPRESS_BELOW } from '@hub/common';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * The municipal statistics entity. This subgraph owns the root queries that
 * hand it out and contributes the referral figures; the other subgraphs add
 * theirs through federation.
 */
@Directive('@key(fields: "municipalityCode year")')
@ObjectType('MunicipalityStatistics', {
  description:
    `Aggregate figures for one municipality (or, for Kadera, one region) and calendar year. Counts below ${SUPPRESS_BELOW} are suppressed, the rest rounded to ${ROUND_TO} (docs/statistics.md).`,
})
export class MunicipalityStatistics {
  @Access(...STATISTICS_ROLES)
  @Field(() => String, { description: 'A CBS municipality code, or the region name for a region total.' })
  municipalityCode!: string;

  @Access(...STATISTICS_ROLES)
  @Field(() => Int)
  year!: number;
}
