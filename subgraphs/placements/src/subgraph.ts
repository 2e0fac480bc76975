import { createSubgraphServer, IdempotencyRecord, type SubgraphDefinition, type SubgraphServerOptions } from '@hub/common';
import { AdmissionResolver } from './admission.resolver';
import { AftercareProgramme } from './aftercare-programme.entity';
import { AftercareProgrammeResolver } from './aftercare-programme.resolver';
import { AlarmDeployment } from './alarm-deployment.entity';
import { AlarmDeploymentResolver } from './alarm-deployment.resolver';
import { migrations } from './migrations';
import { PlacementUnit } from './placement-unit.entity';
import { PlacementUnitResolver } from './placement-unit.resolver';
import { seedPlacements } from './seed';
import { ShelterLocation } from './shelter-location.entity';
import { ShelterLocationResolver } from './shelter-location.resolver';
import { Stay } from './stay.entity';
import { StayResolver } from './stay.resolver';
import { WaitlistEntry } from './waitlist-entry.entity';
import { WaitlistResolver } from './waitlist.resolver';

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
    AdmissionResolver,
    AftercareProgrammeResolver,
    AlarmDeploymentResolver,
  ],
  // No query returns a unit yet; it is declared so later fields can.
  seed: seedPlacements,
};

export const createServer = (options: SubgraphServerOptions) => createSubgraphServer(placementsSubgraph, options);
