import { Access, ListSize, PartnerType, Policy, POLICY, statGroup, StatGroup, STATISTICS_ROLES, statRate, StatRate, type RequestContext } from '@hub/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { handoffCounts } from './handoff.statistics';
import { MunicipalityStatistics } from './municipality-statistics';
import { PartnerTypeRate } from './partner-type-rate';

@Resolver(() => MunicipalityStatistics)
export class MunicipalityStatisticsResolver {
  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @FieldResolver(() => StatGroup, {
    description: "Handoffs created in the year for clients of the area's municipalities, per partner type; every type always listed.",
  })
  async handoffsByPartnerType(@Root() statistics: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<StatGroup> {
    const counts = await handoffCounts(context, statistics.municipalityCode, statistics.year);
    // Each handoff goes to one partner, so the types are disjoint and the total is the sum.
    const cells = new Map(counts.map((c) => [c.partnerType as string, c.handoffs]));
    return statGroup(Object.values(PartnerType), { cells, total: counts.reduce((sum, c) => sum + c.handoffs, 0) });
  }

  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @FieldResolver(() => StatRate, {
    description: 'Of the handoffs created in the year and closed (COMPLETED, FAILED, REJECTED, CANCELLED), the share COMPLETED with a successful outcome.',
  })
  async handoffCompletionRate(@Root() statistics: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<StatRate> {
    const counts = await handoffCounts(context, statistics.municipalityCode, statistics.year);
    const sum = (pick: (c: (typeof counts)[number]) => number) => counts.reduce((total, c) => total + pick(c), 0);
    return statRate(
      sum((c) => c.completed),
      sum((c) => c.closed),
    );
  }

  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @ListSize(Object.values(PartnerType).length)
  @FieldResolver(() => [PartnerTypeRate], { description: 'handoffCompletionRate per partner type; every type always listed.' })
  async handoffCompletionRateByPartnerType(@Root() statistics: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<PartnerTypeRate[]> {
    const counts = await handoffCounts(context, statistics.municipalityCode, statistics.year);
    return counts.map((c) => Object.assign(new PartnerTypeRate(), { partnerType: c.partnerType, rate: statRate(c.completed, c.closed) }));
  }
}
