import { createSubgraphServer, type SubgraphDefinition, type SubgraphServerOptions } from '@hub/common';
import { migrations } from './migrations';
import { Referral } from './referral.entity';
import { ReferralResolver } from './referral.resolver';
import { seedReferrals } from './seed';
import { ServiceAvailability } from './service-availability.entity';
import { ServiceAvailabilityResolver } from './service-availability.resolver';

export const referralsSubgraph: SubgraphDefinition = {
  name: 'referrals',
  orm: { schema: 'referrals', entities: [Referral, ServiceAvailability], migrations },
  resolvers: [ReferralResolver, ServiceAvailabilityResolver],
  seed: seedReferrals,
};

export const createServer = (options: SubgraphServerOptions) => createSubgraphServer(referralsSubgraph, options);
