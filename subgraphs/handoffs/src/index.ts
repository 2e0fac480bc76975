// First, before anything it traces is loaded: tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set, nothing loaded otherwise.
import { traceIfConfigured } from '@hub/common/tracing';
traceIfConfigured('kadera-handoffs');

import { runSubgraph } from '@hub/common';
import { handoffsSubgraph } from './subgraph';

runSubgraph(handoffsSubgraph);
