import { createSubgraphServer, IdempotencyRecord, type SubgraphDefinition, type SubgraphServerOptions, municipalityStatisticsReference } from '@hub/common';
import { handoffPolicies } from './access-policies';
import { HandoffStatusChange } from './handoff-status-change.entity';
import { Handoff } from './handoff.entity';
import { HandoffResolver } from './handoff.resolver';
import { migrations } from './migrations';
import { MunicipalityStatistics } from './municipality-statistics';
import { MunicipalityStatisticsResolver } from './municipality-statistics.resolver';
import { PartnerOrganisation } from './partner-organisation.entity';
import { PartnerOrganisationResolver } from './partner-organisation.resolver';
import { seedHandoffs } from './seed';

export const handoffsSubgraph: SubgraphDefinition = {
  name: 'handoffs',
  orm: { schema: 'handoffs', entities: [PartnerOrganisation, Handoff, HandoffStatusChange, IdempotencyRecord], migrations },
  resolvers: [HandoffResolver, PartnerOrganisationResolver, MunicipalityStatisticsResolver],
  orphanedTypes: [MunicipalityStatistics],
  referenceResolvers: municipalityStatisticsReference,
  seed: seedHandoffs,
  policies: handoffPolicies,
  clientLinked: { Handoff: (handoff: Handoff) => handoff.clientId },
};

export const createServer = (options: SubgraphServerOptions) => createSubgraphServer(handoffsSubgraph, options);
