import { startTestStack, type TestStack } from '../testing/test-stack';

describe('gateway health', () => {
  let hub: TestStack;

  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const health = () => fetch(hub.gatewayUrl.replace(/\/graphql$/, '/health'));

  it('answers 200 while every subgraph answers', async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      subgraphs: { clients: 'ok', placements: 'ok', referrals: 'ok', handoffs: 'ok' },
    });
  });

  it('serves no landing page that would load from a CDN, and keeps telemetry off', async () => {
    const response = await fetch(hub.gatewayUrl, { headers: { accept: 'text/html' } });
    const body = await response.text();
    expect(body).not.toMatch(/cdn|apollographql\.com|embeddable-sandbox/i);
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('1');
  });

  it('answers 503 and names the subgraph when one is down', async () => {
    await hub.stack.subgraphs.referrals!.server.stop();
    const response = await health();
    expect(response.status).toBe(503);
    const report = (await response.json()) as { subgraphs: Record<string, string> };
    expect(report.subgraphs.referrals).toBe('down');
    expect(report.subgraphs.clients).toBe('ok');
  });
});
