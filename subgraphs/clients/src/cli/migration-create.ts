import path from 'node:path';
import { createMigration } from '@hub/common';
import { clientsSubgraph } from '../subgraph';

void createMigration(clientsSubgraph, path.resolve(__dirname, '../../src/migrations'));
