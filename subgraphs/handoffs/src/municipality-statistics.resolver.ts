import {
  Access,
  ListSize,
  PartnerType,
  Policy,
  POLICY,
  protectGroup,
  protectRate,
  StatCell,
  StatCount,
  StatGroup,
  STATISTICS_ROLES,
  StatRate,
  type RequestContext,
} from '@hub/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { handoffCounts } from './handoff.statistics';
import { MunicipalityStatistics } from './municipality-statistics';
import { PartnerTypeRate } from './partner-type-rate';

const rate = (completed: number, closed: number) => Object.assign(new StatRate(), protectRate(completed, closed));

@Resolver(() => MunicipalityStatistics)
export class MunicipalityStatisticsResolver {
  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @FieldResolver(() => StatGroup, {
    description: "Handoffs created in the year for clients of the area's municipalities, per partner type; every type always listed.",
  })
  async handoffsByPartnerType(@Root() statistics: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<StatGroup> {
    const counts = await handoffCounts(context, statistics.municipalityCode, statistics.year);
    const total = counts.reduce((sum, c) => sum + c.handoffs, 0);
    // Each handoff goes to one partner, so the types are disjoint and secondary suppression applies.
    const group = protectGroup(counts.map((c) => ({ label: c.partnerType, n: c.handoffs })), total);
    return Object.assign(new StatGroup(), {
      cells: group.cells.map((cell) => Object.assign(new StatCell(), cell)),
      total: Object.assign(new StatCount(), group.total),
    });
  }

  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @FieldResolver(() => StatRate, {
    description:
      'Of the handoffs created in the year and closed (COMPLETED, FAILED, REJECTED, CANCELLED), the share COMPLETED with a successful outcome.',
  })
  async handoffCompletionRate(@Root() statistics: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<StatRate> {
    const counts = await handoffCounts(context, statistics.municipalityCode, statistics.year);
    const sum = (pick: (c: (typeof counts)[number]) => number) => counts.reduce((total, c) => total + pick(c), 0);
    return rate(sum((c) => c.completed), sum((c) => c.closed));
  }

  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @ListSize(Object.values(PartnerType).length)
  @FieldResolver(() => [PartnerTypeRate], { description: 'handoffCompletionRate per partner type; every type always listed.' })
  async handoffCompletionRateByPartnerType(@Root() statistics: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<PartnerTypeRate[]> {
    const counts = await handoffCounts(context, statistics.municipalityCode, statistics.year);
    return counts.map((c) => Object.assign(new PartnerTypeRate(), { partnerType: c.partnerType, rate: rate(c.completed, c.closed) }));
  }
}
