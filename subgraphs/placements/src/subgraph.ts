import { createSubgraphServer, type SubgraphDefinition, type SubgraphServerOptions } from '@hub/common';
import { migrations } from './migrations';
import { PlacementUnit } from './placement-unit.entity';
import { PlacementUnitResolver } from './placement-unit.resolver';
import { seedPlacements } from './seed';
import { ShelterLocation } from './shelter-location.entity';
import { ShelterLocationResolver } from './shelter-location.resolver';
import { Stay } from './stay.entity';
import { StayResolver } from './stay.resolver';

export const placementsSubgraph: SubgraphDefinition = {
  name: 'placements',
  orm: { schema: 'placements', entities: [ShelterLocation, PlacementUnit, Stay], migrations },
  resolvers: [ShelterLocationResolver, PlacementUnitResolver, StayResolver],
  // No query returns a unit yet; it is declared so later fields can.
  orphanedTypes: [PlacementUnit],
  seed: seedPlacements,
};

export const createServer = (options: SubgraphServerOptions) => createSubgraphServer(placementsSubgraph, options);
