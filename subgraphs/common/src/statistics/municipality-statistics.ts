import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Access } from '../access/declarations';
import { STATISTICS_ROLES } from './statistics.types';

/** The federation key of MunicipalityStatistics: the whole entity is its key. */
const MUNICIPALITY_STATISTICS_KEY = 'municipalityCode year';

/**
 * The key fields of the federated MunicipalityStatistics entity, to which every
 * subgraph contributes its own figures. type-graphql adds a resolver's fields to
 * the class of its type for good, so the subgraphs (which share one process) do
 * not share a class: each declares its own, from this base and the decorator below:
 *
 *   @MunicipalityStatisticsEntity()
 *   export class MunicipalityStatistics extends MunicipalityStatisticsKey {}
 */
// A type of its own for type-graphql to inherit from; never in a schema, as no field returns it.
@ObjectType('MunicipalityStatisticsKey')
export abstract class MunicipalityStatisticsKey {
  @Access(...STATISTICS_ROLES)
  @Field(() => String, { description: 'A CBS municipality code, or the region name for a region total.' })
  municipalityCode!: string;

  @Access(...STATISTICS_ROLES)
  @Field(() => Int)
  year!: number;
}

/** Declares a subgraph's MunicipalityStatistics class: the entity's name and key. */
export function MunicipalityStatisticsEntity(options: { description?: string } = {}): ClassDecorator {
  return (target) => {
    ObjectType('MunicipalityStatistics', options)(target);
    Directive(`@key(fields: "${MUNICIPALITY_STATISTICS_KEY}")`)(target);
  };
}
