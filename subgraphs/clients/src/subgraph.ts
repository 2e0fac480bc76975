import { createSubgraphServer, type SubgraphDefinition, type SubgraphServerOptions } from '@hub/common';
import { Client } from './client.entity';
import { clientReference } from './client.reference';
import { ClientResolver } from './client.resolver';
import { migrations } from './migrations';
import { seedClients } from './seed';

export const clientsSubgraph: SubgraphDefinition = {
  name: 'clients',
  orm: { schema: 'clients', entities: [Client], migrations },
  resolvers: [ClientResolver],
  orphanedTypes: [Client],
  referenceResolvers: clientReference,
  seed: seedClients,
};

export const createServer = (options: SubgraphServerOptions) => createSubgraphServer(clientsSubgraph, options);
