import { HubMetrics, operationLabel, outcomeLabel, REFUSAL_REASONS } from './hub-metrics';

describe('metric labels', () => {
  it('names an operation only when it ran a registered document, and then only a plain GraphQL name', () => {
    expect(operationLabel('ClientFile', true)).toBe('ClientFile');
    expect(operationLabel('ClientFile', false)).toBe('other');
    expect(operationLabel(undefined, true)).toBe('anonymous');
    expect(operationLabel('x'.repeat(101), true)).toBe('other');
    expect(operationLabel('a"b', true)).toBe('other');
  });

  it('keeps public error codes and calls anything else what the caller was told', () => {
    expect(outcomeLabel('FORBIDDEN')).toBe('FORBIDDEN');
    expect(outcomeLabel('SUBGRAPH_UNAVAILABLE')).toBe('SUBGRAPH_UNAVAILABLE');
    expect(outcomeLabel('23505')).toBe('INTERNAL_SERVER_ERROR');
    expect(outcomeLabel(undefined)).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('HubMetrics', () => {
  const sample = async (metrics: HubMetrics, name: string) => (await metrics.registry.getSingleMetric(name)!.get()).values;

  it('reads refusals from their sources at each scrape, every reason present', async () => {
    const metrics = new HubMetrics();
    const counts = { unauthenticated: 2, forbidden: 1, limits: 0, rate_limited: 0, trusted_documents_only: 0 };
    metrics.countRefusals('gateway', () => counts);
    counts.limits = 4;
    const values = await sample(metrics, 'hub_refused_requests_total');
    expect(values.map((v) => [v.labels.reason, v.value])).toEqual(REFUSAL_REASONS.map((reason) => [reason, counts[reason]]));
  });

  it('reads a pool until it is forgotten', async () => {
    const metrics = new HubMetrics();
    const forget = metrics.watchPool('clients', 'orm', () => ({ used: 3, idle: 1, pending: 2 }));
    expect((await sample(metrics, 'hub_db_pool_connections')).map((v) => [v.labels.state, v.value])).toEqual([
      ['used', 3],
      ['idle', 1],
      ['pending', 2],
    ]);
    forget();
    expect(await sample(metrics, 'hub_db_pool_connections')).toEqual([]);
  });

  it('counts a failed access log write and rethrows it; times both', async () => {
    const metrics = new HubMetrics();
    await expect(metrics.timeAccessLogWrite('clients', () => Promise.resolve(1))).resolves.toBe(1);
    await expect(metrics.timeAccessLogWrite('clients', () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    expect((await sample(metrics, 'hub_access_log_write_failures_total'))[0]).toMatchObject({ labels: { service: 'clients' }, value: 1 });
    const count = (await sample(metrics, 'hub_access_log_write_duration_seconds')).find(
      (v) => (v as { metricName?: string }).metricName === 'hub_access_log_write_duration_seconds_count',
    );
    expect(count?.value).toBe(2);
  });

  it('counts webhook attempts by outcome and error class', async () => {
    const metrics = new HubMetrics();
    metrics.webhookAttempt(null);
    metrics.webhookAttempt('timeout');
    metrics.webhookAttempt('timeout');
    expect((await sample(metrics, 'hub_webhook_deliveries_total')).map((v) => [v.labels.outcome, v.labels.error_class, v.value])).toEqual([
      ['succeeded', 'none', 1],
      ['failed', 'timeout', 2],
    ]);
  });
});
