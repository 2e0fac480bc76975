import { runSubgraph } from '@hub/common';
import { clientsSubgraph } from './subgraph';

runSubgraph(clientsSubgraph);
