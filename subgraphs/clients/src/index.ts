// First, before anything it traces is loaded: tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set, nothing loaded otherwise.
import { traceIfConfigured } from '@hub/common/tracing';
traceIfConfigured('kadera-clients');

import { runSubgraph } from '@hub/common';
import { clientsSubgraph } from './subgraph';

runSubgraph(clientsSubgraph);
