// First, before anything it traces is loaded: tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set, nothing loaded otherwise.
import { traceIfConfigured } from '@hub/common/tracing';
traceIfConfigured('kadera-placements');

import { runSubgraph } from '@hub/common';
import { placementsSubgraph } from './subgraph';

runSubgraph(placementsSubgraph);
