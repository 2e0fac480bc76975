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
import { handoffPolicies } from './access-policies';
import { HandoffNote } from './handoff-note.entity';
import { HandoffNoteResolver } from './handoff-note.resolver';
import { HandoffStatusChange } from './handoff-status-change.entity';
import { Handoff } from './handoff.entity';
import { HandoffOverdueResolver } from './handoff-overdue.resolver';
import { HandoffResolver } from './handoff.resolver';
import { MeResolver } from './me.resolver';
import { HandoffsDataExportResolver } from './handoffs-data-export.resolver';
import { handoffsRecords } from './handoffs-records';
import { migrations } from './migrations';
import { MunicipalityStatistics } from './municipality-statistics';
import { MunicipalityStatisticsResolver } from './municipality-statistics.resolver';
import { PartnerOrganisationAdminResolver } from './partner-organisation-admin.resolver';
import { PartnerOrganisation } from './partner-organisation.entity';
import { PartnerOrganisationResolver } from './partner-organisation.resolver';
import { seedHandoffs } from './seed';
import { TrustedDocumentResolver } from './trusted-documents/trusted-document.resolver';
import { WebhookResolver } from './webhooks/webhook.resolver';
import { startWebhookWorker } from './webhooks/webhook-worker';

export const handoffsSubgraph: SubgraphDefinition = {
  name: 'handoffs',
  orm: { schema: 'handoffs', entities: [PartnerOrganisation, Handoff, HandoffStatusChange, HandoffNote, IdempotencyRecord], migrations },
  resolvers: [
    HandoffResolver,
    HandoffOverdueResolver,
    HandoffNoteResolver,
    PartnerOrganisationResolver,
    PartnerOrganisationAdminResolver,
    MeResolver,
    MunicipalityStatisticsResolver,
    HandoffsDataExportResolver,
    erasurePartResolver('handoffs', handoffsRecords),
    WebhookResolver,
    TrustedDocumentResolver,
  ],
  background: startWebhookWorker,
  orphanedTypes: [MunicipalityStatistics],
  referenceResolvers: municipalityStatisticsReference,
  seed: seedHandoffs,
  clientRecords: handoffsRecords,
  policies: handoffPolicies,
  clientLinked: { Handoff: (handoff: Handoff) => handoff.clientId, HandoffNote: (note: HandoffNote) => note.handoff.clientId },
  clientOfRecord: {
    handoff: clientOfRow(Handoff, argument('id'), (handoff) => handoff.clientId),
    transitionHandoff: clientOfRow(Handoff, inputField('handoffId'), (handoff) => handoff.clientId),
    addHandoffNote: clientOfRow(Handoff, inputField('handoffId'), (handoff) => handoff.clientId),
  },
};

export { registerManifest, registerManifestAt, type ApplicationRegistration, type RegisteredDocuments } from './trusted-documents/trusted-document-registry';

export const createServer = (options: SubgraphServerOptions) => createSubgraphServer(handoffsSubgraph, options);
