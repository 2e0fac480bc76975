import { Access, STATISTICS_ROLES } from '@hub/common';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * The municipal statistics entity. This subgraph owns the root queries that
 * hand it out and contributes the referral figures; the other subgraphs add
 * theirs through federation.
 */
@Directive('@key(fields: "municipalityCode year")')
@ObjectType('MunicipalityStatistics', {
  description:
    'Aggregate figures for one municipality (or, for Kadera, one region) and calendar year. Counts below 10 are suppressed, the rest rounded to 5 (docs/statistics.md).',
})
export class MunicipalityStatistics {
  @Access(...STATISTICS_ROLES)
  @Field(() => String, { description: 'A CBS municipality code, or the region name for a region total.' })
  municipalityCode!: string;

  @Access(...STATISTICS_ROLES)
  @Field(() => Int)
  year!: number;
}
