import { runSubgraph } from '@hub/common';
import { placementsSubgraph } from './subgraph';

runSubgraph(placementsSubgraph);
