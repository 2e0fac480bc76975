import {
  argument,
  clientOfRow,
  inputField,
  createSubgraphServer,
  IdempotencyRecord,
  municipalityStatisticsReference,
  ownMunicipalityPolicy,
  type SubgraphDefinition,
  type SubgraphServerOptions,
} from '@hub/common';
import { AccessLogResolver } from './access-log.resolver';
import { AccessReportResolver } from './access-reports/access-report.resolver';
import { clientsPolicies } from './access-policies';
import { Child } from './child.entity';
import { ChildResolver, ClientChildrenResolver } from './child.resolver';
import { ClientDataExportResolver } from './client-data-export.resolver';
import { ClientErasureResolver } from './client-erasure.resolver';
import { clientsRecords } from './clients-records';
import { ErasureRequest } from './erasure-request.entity';
import { ClientChange } from './client-change.entity';
import { Client } from './client.entity';
import { ClientHistoryResolver } from './client-history.resolver';
import { ClientBsnResolver } from './client-bsn.resolver';
import { clientReference } from './client.reference';
import { ClientResolver } from './client.resolver';
import { RiskLevelChange } from './client-risk-level-change.entity';
import { ClientUpdateResolver } from './client-update.resolver';
import { ClientSearchResolver } from './client-search.resolver';
import { Consent } from './consent.entity';
import { DataExport } from './data-export.entity';
import { ClientConsentsResolver, ConsentResolver } from './consent.resolver';
import { DuplicateCandidate, DuplicateReason } from './duplicate-candidate';
import { DuplicateResolver } from './duplicate.resolver';
import { EmergencyAccess } from './emergency-access.entity';
import { EmergencyAccessResolver } from './emergency-access.resolver';
import { EmergencyClientView } from './emergency-client-view';
import { migrations } from './migrations';
import { MunicipalityStatistics } from './municipality-statistics';
import { MunicipalityStatisticsResolver } from './municipality-statistics.resolver';
import { SafetyPlan } from './safety-plan.entity';
import { ClientSafetyPlanResolver, SafetyPlanResolver } from './safety-plan.resolver';
import { seedClients } from './seed';

export const clientsSubgraph: SubgraphDefinition = {
  name: 'clients',
  orm: {
    schema: 'clients',
    entities: [Client, ClientChange, RiskLevelChange, Consent, Child, SafetyPlan, DataExport, EmergencyAccess, ErasureRequest, IdempotencyRecord],
    migrations,
  },
  resolvers: [
    ClientResolver,
    ClientSearchResolver,
    DuplicateResolver,
    ClientUpdateResolver,
    ClientHistoryResolver,
    ClientBsnResolver,
    ConsentResolver,
    ClientConsentsResolver,
    ClientChildrenResolver,
    ChildResolver,
    SafetyPlanResolver,
    ClientSafetyPlanResolver,
    AccessLogResolver,
    ClientDataExportResolver,
    ClientErasureResolver,
    AccessReportResolver,
    EmergencyAccessResolver,
    MunicipalityStatisticsResolver,
  ],
  orphanedTypes: [Client, MunicipalityStatistics],
  referenceResolvers: { ...clientReference, ...municipalityStatisticsReference },
  seed: seedClients,
  clientRecords: clientsRecords,
  policies: { ...clientsPolicies, ...ownMunicipalityPolicy },
  clientLinked: {
    Client: (client: Client) => client.id,
    Consent: (consent: Consent) => consent.client?.id,
    Child: (child: Child) => child.client?.id,
    SafetyPlan: (plan: SafetyPlan) => plan.client?.id,
    ClientChange: (change: ClientChange) => change.client?.id,
    RiskLevelChange: (change: RiskLevelChange) => change.client?.id,
    DuplicateCandidate: (candidate: DuplicateCandidate) => candidate.client.id,
    DuplicateReason: (reason: DuplicateReason) => reason.clientId,
    EmergencyAccess: (access: EmergencyAccess) => access.client?.id,
    EmergencyClientView: (view: EmergencyClientView) => view.clientId,
  },
  clientOfRecord: {
    client: clientOfRow(Client, argument('id'), (client) => client.id),
    withdrawConsent: clientOfRow(Consent, argument('id'), (consent) => consent.client?.id),
    updateChild: clientOfRow(Child, inputField('id'), (child) => child.client?.id),
    removeChild: clientOfRow(Child, inputField('id'), (child) => child.client?.id),
    closeEmergencyAccessReview: clientOfRow(EmergencyAccess, inputField('id'), (access) => access.client?.id),
  },
};

export const createServer = (options: SubgraphServerOptions) => createSubgraphServer(clientsSubgraph, options);
