import { createSubgraphServer, IdempotencyRecord, type SubgraphDefinition, type SubgraphServerOptions } from '@hub/common';
import { clientsPolicies } from './access-policies';
import { Child } from './child.entity';
import { ClientChildrenResolver } from './child.resolver';
import { Client } from './client.entity';
import { clientReference } from './client.reference';
import { ClientResolver } from './client.resolver';
import { Consent } from './consent.entity';
import { ClientConsentsResolver, ConsentResolver } from './consent.resolver';
import { migrations } from './migrations';
import { seedClients } from './seed';

export const clientsSubgraph: SubgraphDefinition = {
  name: 'clients',
  orm: { schema: 'clients', entities: [Client, Consent, Child, IdempotencyRecord], migrations },
  resolvers: [ClientResolver, ConsentResolver, ClientConsentsResolver, ClientChildrenResolver],
  orphanedTypes: [Client],
  referenceResolvers: clientReference,
  seed: seedClients,
  policies: clientsPolicies,
};

export const createServer = (options: SubgraphServerOptions) => createSubgraphServer(clientsSubgraph, options);
