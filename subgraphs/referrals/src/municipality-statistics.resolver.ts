import {
  Access,
  badInput,
  KADERA_ROLES,
  ListSize,
  MUNICIPALITY_CODE,
  Policy,
  POLICY,
  Region,
  requireArea,
  statCount,
  StatCount,
  statGroup,
  StatGroup,
  STATISTICS_ROLES,
  statisticsArea,
  type RequestContext,
} from '@hub/common';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { CareService } from './care-service';
import { MunicipalityStatistics } from './municipality-statistics';
import { ReferralKind } from './referral-kind';
import { ReferralSourceType } from './referral-source-type';
import { countAmbulatoryClients, countReferralsBy, countReferralsByFormOfAbuse, currentAvailability } from './referral.statistics';
import { ReportedFormOfAbuse } from './reported-form-of-abuse';
import { ServiceAvailability } from './service-availability.entity';

const areaOf = (statistics: MunicipalityStatistics) => statisticsArea(statistics.municipalityCode, statistics.year);

@Resolver(() => MunicipalityStatistics)
export class MunicipalityStatisticsResolver {
  @Access(...STATISTICS_ROLES)
  @Query(() => MunicipalityStatistics, {
    description: 'Aggregate figures for one municipality and calendar year. A municipality may ask only for its own CBS code.',
  })
  municipalityStatistics(
    @Arg('municipalityCode', () => String, { description: 'CBS code, GM + 4 digits.' }) municipalityCode: string,
    @Arg('year', () => Int) year: number,
    @Ctx() context: RequestContext,
  ): MunicipalityStatistics {
    requireArea(context.caller, municipalityCode);
    // A region name is a region total: that has its own query, for Kadera only.
    if (!MUNICIPALITY_CODE.test(municipalityCode)) {
      throw badInput('municipalityCode must be a CBS code like GM0193', { argument: 'municipalityCode' });
    }
    const area = statisticsArea(municipalityCode, year);
    return { municipalityCode, year: area.year };
  }

  @Access(...KADERA_ROLES)
  @Query(() => MunicipalityStatistics, { description: "Aggregate figures for all municipalities of one of Kadera's regions; Kadera only." })
  regionStatistics(@Arg('region', () => Region) region: Region, @Arg('year', () => Int) year: number, @Ctx() context: RequestContext): MunicipalityStatistics {
    requireArea(context.caller, region);
    const area = statisticsArea(region, year);
    return { municipalityCode: region, year: area.year };
  }

  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @FieldResolver(() => StatGroup, {
    description: "Referrals received in the year, per kind. Attributed to the referred person's municipality; a consultation only when the referrer named one.",
  })
  async referralsByKind(@Root() statistics: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<StatGroup> {
    return statGroup(Object.values(ReferralKind), await countReferralsBy(context, areaOf(statistics), 'kind'));
  }

  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @FieldResolver(() => StatGroup, { description: 'Referrals received in the year (as referralsByKind), per kind of referring professional.' })
  async referralsBySourceType(@Root() statistics: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<StatGroup> {
    return statGroup(Object.values(ReferralSourceType), await countReferralsBy(context, areaOf(statistics), 'source_type'));
  }

  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @FieldResolver(() => StatGroup, {
    description:
      'Referrals received in the year (as referralsByKind) naming each reported form of abuse. A referral may name several or none: the cells overlap and the total is all referrals.',
  })
  async referralsByFormOfAbuse(@Root() statistics: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<StatGroup> {
    return statGroup(Object.values(ReportedFormOfAbuse), await countReferralsByFormOfAbuse(context, areaOf(statistics)), { overlapping: true });
  }

  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @FieldResolver(() => StatCount, {
    description:
      'People taken on for ambulatory care: AMBULATORY referrals received in the year and now ACCEPTED, IN_PROGRESS or COMPLETED; a client referred twice counts once.',
  })
  async ambulatoryClients(@Root() statistics: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<StatCount> {
    return statCount(await countAmbulatoryClients(context, areaOf(statistics)));
  }

  @Access(...STATISTICS_ROLES)
  @Policy(POLICY.ownMunicipality)
  @ListSize(Object.values(Region).length * Object.values(CareService).length)
  @FieldResolver(() => [ServiceAvailability], {
    description: "Today's intake status and waiting time per service in the region(s) of the area (public information, not of the year).",
  })
  async waitingTimes(@Root() statistics: MunicipalityStatistics, @Ctx() context: RequestContext): Promise<ServiceAvailability[]> {
    return currentAvailability(context, areaOf(statistics));
  }
}
