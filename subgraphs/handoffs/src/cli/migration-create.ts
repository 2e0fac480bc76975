import path from 'node:path';
import { createMigration } from '@hub/common';
import { handoffsSubgraph } from '../subgraph';

void createMigration(handoffsSubgraph, path.resolve(__dirname, '../../src/migrations'));
