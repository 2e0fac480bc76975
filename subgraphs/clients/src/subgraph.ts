import {
  createSubgraphServer,
  IdempotencyRecord,
  municipalityStatisticsReference,
  ownMunicipalityPolicy,
  type SubgraphDefinition,
  type SubgraphServerOptions,
} from '@hub/common';
import { AccessLogResolver } from './access-log.resolver';
import { clientsPolicies } from './access-policies';
import { Child } from './child.entity';
import { ClientChildrenResolver } from './child.resolver';
import { Client } from './client.entity';
import { clientReference } from './client.reference';
import { ClientResolver } from './client.resolver';
import { ClientSearchResolver } from './client-search.resolver';
import { Consent } from './consent.entity';
import { ClientConsentsResolver, ConsentResolver } from './consent.resolver';
import { DuplicateCandidate, DuplicateReason } from './duplicate-candidate';
import { DuplicateResolver } from './duplicate.resolver';
import { migrations } from './migrations';
import { MunicipalityStatistics } from './municipality-statistics';
import { MunicipalityStatisticsResolver } from './municipality-statistics.resolver';
import { seedClients } from './seed';

export const clientsSubgraph: SubgraphDefinition = {
  name: 'clients',
  orm: { schema: 'clients', entities: [Client, Consent, Child, IdempotencyRecord], migrations },
  resolvers: [
    ClientResolver,
    ClientSearchResolver,
    DuplicateResolver,
    ConsentResolver,
    ClientConsentsResolver,
    ClientChildrenResolver,
    AccessLogResolver,
    MunicipalityStatisticsResolver,
  ],
  orphanedTypes: [Client, MunicipalityStatistics],
  referenceResolvers: { ...clientReference, ...municipalityStatisticsReference },
  seed: seedClients,
  policies: { ...clientsPolicies, ...ownMunicipalityPolicy },
  clientLinked: {
    Client: (client: Client) => client.id,
    Consent: (consent: Consent) => consent.client?.id,
    Child: (child: Child) => child.client?.id,
    DuplicateCandidate: (candidate: DuplicateCandidate) => candidate.client.id,
    DuplicateReason: (reason: DuplicateReason) => reason.clientId,
  },
};

export const createServer = (options: SubgraphServerOptions) => createSubgraphServer(clientsSubgraph, options);
