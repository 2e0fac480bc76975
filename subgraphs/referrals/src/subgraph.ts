import {
  argument,
  clientOfRow,
  inputField,
  createSubgraphServer,
  erasurePartResolver,
  IdempotencyRecord,
  ownMunicipalityPolicy,
  type SubgraphDefinition,
  type SubgraphServerOptions,
  municipalityStatisticsReference,
  prepareWebhookOutbox,
} from '@hub/common';
import { referralsPolicies } from './access-policies';
import { ReferralsDataExportResolver } from './referrals-data-export.resolver';
import { referralsRecords } from './referrals-records';
import { migrations } from './migrations';
import { MunicipalityStatisticsResolver } from './municipality-statistics.resolver';
import { Referral } from './referral.entity';
import { ReferralMutationResolver } from './referral-mutation.resolver';
import { ReferralResolver } from './referral.resolver';
import { ReferralSearchResolver } from './referral-search.resolver';
import { ReferralStatusChange } from './referral-status-change.entity';
import { ReferredPerson } from './referred-person';
import { ReferralContactQueueResolver } from './referral-contact-queue.resolver';
import { seedReferrals } from './seed';
import { ServiceAvailability } from './service-availability.entity';
import { ServiceAvailabilityResolver } from './service-availability.resolver';
import { ReferrerOrganisationResolver } from './referrer-organisation.resolver';

export const referralsSubgraph: SubgraphDefinition = {
  name: 'referrals',
  orm: { schema: 'referrals', entities: [Referral, ReferredPerson, ReferralStatusChange, ServiceAvailability, IdempotencyRecord], migrations },
  resolvers: [
    ReferralResolver,
    ReferralContactQueueResolver,
    ReferralSearchResolver,
    ReferralMutationResolver,
    ServiceAvailabilityResolver,
    MunicipalityStatisticsResolver,
    ReferralsDataExportResolver,
    ReferrerOrganisationResolver,
    erasurePartResolver('referrals', referralsRecords),
  ],
  // Its status changes write to the webhook outbox; the handoffs subgraph delivers (docs/webhooks.md).
  background: prepareWebhookOutbox,
  referenceResolvers: { ...municipalityStatisticsReference },
  seed: seedReferrals,
  clientRecords: referralsRecords,
  policies: { ...referralsPolicies, ...ownMunicipalityPolicy },
  clientLinked: { Referral: (referral: Referral) => referral.clientId },
  clientOfRecord: {
    referral: clientOfRow(Referral, argument('id'), (referral) => referral.clientId),
    transitionReferral: clientOfRow(Referral, inputField('referralId'), (referral) => referral.clientId),
    linkReferralClient: clientOfRow(Referral, inputField('referralId'), (referral) => referral.clientId),
  },
};

export const createServer = (options: SubgraphServerOptions) => createSubgraphServer(referralsSubgraph, options);
