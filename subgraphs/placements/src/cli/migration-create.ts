import path from 'node:path';
import { createMigration } from '@hub/dev-postgres';
import { placementsSubgraph } from '../subgraph';

void createMigration(placementsSubgraph, path.resolve(__dirname, '../../src/migrations'));
