import {
  argument,
  clientOfRow,
  createSubgraphServer,
  erasurePartResolver,
  IdempotencyRecord,
  inputField,
  type SubgraphDefinition,
  type SubgraphServerOptions,
  municipalityStatisticsReference,
} from '@hub/common';
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
import { placementsRecords } from './placements-records';
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
    erasurePartResolver('placements', placementsRecords),
  ],
  // Reached only through _entities: the root query lives in referrals.
  orphanedTypes: [MunicipalityStatistics],
  referenceResolvers: { ...municipalityStatisticsReference },
  policies: placementsPolicies,
  seed: seedPlacements,
  clientRecords: placementsRecords,
  clientLinked: {
    Stay: (stay: Stay) => stay.clientId,
    WaitlistEntry: (entry: WaitlistEntry) => entry.clientId,
    AftercareProgramme: (programme: AftercareProgramme) => programme.clientId,
    AlarmDeployment: (deployment: AlarmDeployment) => deployment.clientId,
    ReviewDue: (review: ReviewDue) => review.clientId,
  },
  clientOfRecord: {
    stay: clientOfRow(Stay, argument('id'), (stay) => stay.clientId),
    dischargeClient: clientOfRow(Stay, inputField('stayId'), (stay) => stay.clientId),
    acceptWaitlistOffer: clientOfRow(WaitlistEntry, inputField('entryId'), (entry) => entry.clientId),
    withdrawFromWaitlist: clientOfRow(WaitlistEntry, argument('id'), (entry) => entry.clientId),
    declineWaitlistOffer: clientOfRow(WaitlistEntry, argument('id'), (entry) => entry.clientId),
    endAftercare: clientOfRow(AftercareProgramme, inputField('id'), (programme) => programme.clientId),
    recordAftercareReview: clientOfRow(AftercareProgramme, inputField('id'), (programme) => programme.clientId),
    returnAlarm: clientOfRow(AlarmDeployment, inputField('id'), (deployment) => deployment.clientId),
    recordAlarmReview: clientOfRow(AlarmDeployment, inputField('id'), (deployment) => deployment.clientId),
  },
};

export const createServer = (options: SubgraphServerOptions) => createSubgraphServer(placementsSubgraph, options);
