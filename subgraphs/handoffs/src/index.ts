import { runSubgraph } from '@hub/common';
import { handoffsSubgraph } from './subgraph';

runSubgraph(handoffsSubgraph);
