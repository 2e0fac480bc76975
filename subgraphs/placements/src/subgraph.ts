import { createSubgraphServer, IdempotencyRecord, type SubgraphDefinition, type SubgraphServerOptions, municipalityStatisticsReference } from '@hub/common';
import { placementsPolicies } from './access-policies';
import { AdmissionResolver } from './admission.resolver';
import { AftercareProgramme } from './aftercare-programme.entity';
import { AftercareProgrammeResolver } from './aftercare-programme.resolver';
import { AlarmDeployment } from './alarm-deployment.entity';
import { AlarmDeploymentResolver } from './alarm-deployment.resolver';
import { migrations } from './migrations';
import { MunicipalityStatistics } from './municipality-statistics';
import { MunicipalityStatisticsResolver } from './municipality-statistics.resolver';
import { PlacementUnit } from './placement-unit.entity';
import { PlacementsDataExportResolver } from './placements-data-export.resolver';
import { ReviewDue } from './review-due';
import { ReviewsDueResolver } from './reviews-due.resolver';
import { PlacementUnitResolver } from './placement-unit.resolver';
import { seedPlacements } from './seed';
import { ShelterLocation } from './shelter-location.entity';
import { ShelterLocationResolver } from './shelter-location.resolver';
import { Stay } from './stay.entity';
import { StayResolver } from './stay.resolver';
import { WaitlistEntry } from './waitlist-entry.entity';
import { WaitlistResolver } from './waitlist.resolver';
import { WaitlistOfferResolver } from './waitlist-offer.resolver';

export const placementsSubgraph: SubgraphDefinition = {
  name: 'placements',
  orm: {
    schema: 'placements',
    entities: [ShelterLocation, PlacementUnit, Stay, WaitlistEntry, AftercareProgramme, AlarmDeployment, IdempotencyRecord],
    migrations,
  },
  resolvers: [
    ShelterLocationResolver,
    PlacementUnitResolver,
    StayResolver,
    WaitlistResolver,
    WaitlistOfferResolver,
    AdmissionResolver,
    AftercareProgrammeResolver,
    AlarmDeploymentResolver,
    MunicipalityStatisticsResolver,
    ReviewsDueResolver,
    PlacementsDataExportResolver,
  ],
  // Reached only through _entities: the root query lives in referrals.
  orphanedTypes: [MunicipalityStatistics],
  referenceResolvers: { ...municipalityStatisticsReference },
  policies: placementsPolicies,
  seed: seedPlacements,
  clientLinked: {
    Stay: (stay: Stay) => stay.clientId,
    WaitlistEntry: (entry: WaitlistEntry) => entry.clientId,
    AftercareProgramme: (programme: AftercareProgramme) => programme.clientId,
    AlarmDeployment: (deployment: AlarmDeployment) => deployment.clientId,
    ReviewDue: (review: ReviewDue) => review.clientId,
  },
};

export const createServer = (options: SubgraphServerOptions) => createSubgraphServer(placementsSubgraph, options);
