// First, before anything it traces is loaded: tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set, nothing loaded otherwise.
import { traceIfConfigured } from '@hub/common/tracing';
traceIfConfigured('kadera-referrals');

import { runSubgraph } from '@hub/common';
import { referralsSubgraph } from './subgraph';

runSubgraph(referralsSubgraph);
