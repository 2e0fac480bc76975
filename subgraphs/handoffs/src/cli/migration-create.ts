import path from 'node:path';
import { createMigration } from '@hub/dev-postgres';
import { handoffsSubgraph } from '../subgraph';

void createMigration(handoffsSubgraph, path.resolve(__dirname, '../../src/migrations'));
