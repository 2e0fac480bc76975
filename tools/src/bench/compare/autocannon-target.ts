import autocannon from 'autocannon';
import type { LoadRun } from './direct-load';

/**
 * autocannon against a GraphQL endpoint at `connections` connections, as fast as it answers or at `rate`
 * requests/s over them all; an answer with `"errors"` counts as an error.
 */
export function autocannonTarget(url: string, headers: () => Record<string, string>, body: string, connections: number, rate?: number) {
  return async (seconds: number): Promise<LoadRun> => {
    let graphqlErrors = 0;
    const result = await autocannon({
      url,
      connections,
      ...(rate ? { overallRate: rate } : {}),
      duration: seconds,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          body,
          setupRequest: (request) => ({ ...request, headers: headers() }),
          onResponse: (status: number, responseBody: string) => {
            if (status === 200 && responseBody.includes('"errors"')) graphqlErrors += 1;
          },
        },
      ],
    });
    const errors = result.non2xx + result.errors + result.timeouts + graphqlErrors;
    return {
      answers: result.requests.total - result.non2xx - graphqlErrors,
      errors,
      seconds: result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
    };
  };
}
