import { runMigrations } from '@hub/common';
import { clientsSubgraph } from './subgraph';

// The migration command: the Kubernetes migration Job runs it once per release (docs/deployment.md).
runMigrations(clientsSubgraph);
