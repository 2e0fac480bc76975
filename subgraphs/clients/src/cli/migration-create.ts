import path from 'node:path';
import { createMigration } from '@hub/dev-postgres';
import { clientsSubgraph } from '../subgraph';

void createMigration(clientsSubgraph, path.resolve(__dirname, '../../src/migrations'));
