import { Access, Policy, POLICY, StatGroup, STATISTICS_ROLES, type RequestContext } from '@hub/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { clientsByFormOfAbuse, clientsByRiskLevel } from './client.statistics';
import { MunicipalityStatistics } from './municipality-statistics';

@Resolver(() => MunicipalityStatistics)
export class MunicipalityStatisticsResolver {
  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @FieldResolver(() => StatGroup, { description: 'Clients registered in the year whose municipality is in the area, per risk level.' })
  clientsRegisteredByRiskLevel(@Root() statistics: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<StatGroup> {
    return clientsByRiskLevel(context, statistics.municipalityCode, statistics.year);
  }

  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @FieldResolver(() => StatGroup, {
    description: 'The same clients per form of abuse; a client naming several counts in each, so the cells need not add up to the total.',
  })
  clientsRegisteredByFormOfAbuse(@Root() statistics: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<StatGroup> {
    return clientsByFormOfAbuse(context, statistics.municipalityCode, statistics.year);
  }
}
