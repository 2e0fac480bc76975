import { runSubgraph } from '@hub/common';
import { referralsSubgraph } from './subgraph';

runSubgraph(referralsSubgraph);
