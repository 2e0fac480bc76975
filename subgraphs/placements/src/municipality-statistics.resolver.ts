import {
  Access,
  ListSize,
  Policy,
  POLICY,
  statCount,
  StatCount,
  STATISTICS_ROLES,
  statisticsArea,
  statRate,
  StatRate,
  SUPPRESS_BELOW,
  type RequestContext,
} from '@hub/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { countAftercareStarted, countAlarmsDeployed, countClientsSheltered, dischargedStays, occupancyByPlacementType } from './placement.statistics';
import { MunicipalityStatistics } from './municipality-statistics';
import { PlacementType } from './placement-type';
import { PlacementTypeRate } from './placement-type-rate';

const OCCUPANCY_DIGITS = 3;

/**
 * protectRate divides by its basis; an occupancy rate's denominator is place-days,
 * while its basis for suppression is the people behind the bed-days.
 */
function occupancyRate(rate: number | null, clients: number): StatRate {
  if (clients < SUPPRESS_BELOW) return Object.assign(new StatRate(), { value: null, suppressed: true });
  const factor = 10 ** OCCUPANCY_DIGITS;
  return Object.assign(new StatRate(), { value: rate === null ? null : Math.round(rate * factor) / factor, suppressed: false });
}

/** placements' figures for a municipality (or a region total) and a year. See docs/statistics.md. */
@Resolver(() => MunicipalityStatistics)
export class MunicipalityStatisticsResolver {
  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @FieldResolver(() => StatCount, {
    description: "Distinct clients with a shelter stay overlapping the year, by the client's municipality.",
  })
  async clientsSheltered(@Root() stats: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<StatCount> {
    return statCount(await countClientsSheltered(context.em, statisticsArea(stats.municipalityCode, stats.year)));
  }

  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @ListSize(Object.values(PlacementType).length)
  @FieldResolver(() => [PlacementTypeRate], {
    description:
      "Per placement type: bed-days of the area's clients in the year / (the type's capacity x days of the year up to today). " +
      `Suppressed when fewer than ${SUPPRESS_BELOW} clients are behind the bed-days.`,
  })
  async occupancyRateByPlacementType(@Root() stats: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<PlacementTypeRate[]> {
    const rows = await occupancyByPlacementType(context.em, statisticsArea(stats.municipalityCode, stats.year));
    return rows.map((row) => Object.assign(new PlacementTypeRate(), { type: row.type, rate: occupancyRate(row.rate, row.clients) }));
  }

  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @FieldResolver(() => StatRate, {
    description: `Average days from admission to discharge over the stays discharged in the year; suppressed below ${SUPPRESS_BELOW} stays.`,
  })
  async averageLengthOfStayDays(@Root() stats: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<StatRate> {
    const { stays, days } = await dischargedStays(context.em, statisticsArea(stats.municipalityCode, stats.year));
    return statRate(days, stays);
  }

  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @FieldResolver(() => StatCount, { description: 'Aftercare programmes started in the year.' })
  async aftercarePrograms(@Root() stats: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<StatCount> {
    return statCount(await countAftercareStarted(context.em, statisticsArea(stats.municipalityCode, stats.year)));
  }

  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @FieldResolver(() => StatCount, { description: 'Aware alarm systems deployed in the year.' })
  async alarmDeployments(@Root() stats: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<StatCount> {
    return statCount(await countAlarmsDeployed(context.em, statisticsArea(stats.municipalityCode, stats.year)));
  }
}
