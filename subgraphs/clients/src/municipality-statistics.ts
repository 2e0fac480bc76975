import { Access, STATISTICS_ROLES } from '@hub/common';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

/** The municipal statistics entity; this subgraph contributes the registered clients' figures. */
@Directive('@key(fields: "municipalityCode year")')
@ObjectType('MunicipalityStatistics')
export class MunicipalityStatistics {
  @Access(...STATISTICS_ROLES)
  @Field(() => String, { description: 'A CBS municipality code, or the region name for a region total.' })
  municipalityCode!: string;

  @Access(...STATISTICS_ROLES)
  @Field(() => Int)
  year!: number;
}
