import { MunicipalityStatisticsEntity, MunicipalityStatisticsKey } from '@hub/common';

/** This subgraph's share of the federated statistics entity: the key; its figures are in municipality-statistics.resolver.ts. */
@MunicipalityStatisticsEntity()
export class MunicipalityStatistics extends MunicipalityStatisticsKey {}
