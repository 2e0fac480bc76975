import { MunicipalityStatisticsEntity, MunicipalityStatisticsKey, ROUND_TO, SUPPRESS_BELOW } from '@hub/common';

/**
 * The municipal statistics entity. This subgraph owns the root queries that
 * hand it out and contributes the referral figures; the other subgraphs add
 * theirs through federation.
 */
@MunicipalityStatisticsEntity({
  description: `Aggregate figures for one municipality (or, for Kadera, one region) and calendar year. Counts below ${SUPPRESS_BELOW} are suppressed, the rest rounded to ${ROUND_TO} (docs/statistics.md).`,
})
export class MunicipalityStatistics extends MunicipalityStatisticsKey {}
