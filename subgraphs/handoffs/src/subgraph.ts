import { createSubgraphServer, IdempotencyRecord, type SubgraphDefinition, type SubgraphServerOptions } from '@hub/common';
import { handoffPolicies } from './access-policies';
import { HandoffStatusChange } from './handoff-status-change.entity';
import { Handoff } from './handoff.entity';
import { HandoffResolver } from './handoff.resolver';
import { migrations } from './migrations';
import { PartnerOrganisation } from './partner-organisation.entity';
import { PartnerOrganisationResolver } from './partner-organisation.resolver';
import { seedHandoffs } from './seed';

export const handoffsSubgraph: SubgraphDefinition = {
  name: 'handoffs',
  orm: { schema: 'handoffs', entities: [PartnerOrganisation, Handoff, HandoffStatusChange, IdempotencyRecord], migrations },
  resolvers: [HandoffResolver, PartnerOrganisationResolver],
  seed: seedHandoffs,
  policies: handoffPolicies,
};

export const createServer = (options: SubgraphServerOptions) => createSubgraphServer(handoffsSubgraph, options);
