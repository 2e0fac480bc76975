import { clientsSubgraph } from '@hub/clients';
import type { SubgraphDefinition } from '@hub/common';
import { handoffsSubgraph } from '@hub/handoffs';
import { placementsSubgraph } from '@hub/placements';
import { referralsSubgraph } from '@hub/referrals';

/** Every subgraph of the hub, in composition order. */
export const SUBGRAPHS: SubgraphDefinition[] = [clientsSubgraph, placementsSubgraph, referralsSubgraph, handoffsSubgraph];
