import path from 'node:path';
import { createMigration } from '@hub/dev-postgres';
import { referralsSubgraph } from '../subgraph';

void createMigration(referralsSubgraph, path.resolve(__dirname, '../../src/migrations'));
