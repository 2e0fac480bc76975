import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEMO_CLIENTS } from '@hub/common';
import { createTestDatabase, postGraphQL, startHubProcess, type HubProcess, type TestDatabase } from '@hub/testing';

/**
 * Tracing end to end (docs/operations.md, "Tracing"): the whole hub in a process of its own with
 * OTEL_EXPORTER_OTLP_ENDPOINT pointing at an OTLP/HTTP receiver in this test (instrumentations patch
 * Node's own module loader, which jest's does not use). A client read across two subgraphs must
 * give one trace through the gateway and the subgraph, with no client data and no token in any span.
 */

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: { key: string; value: Record<string, unknown> }[];
}
interface OtlpExport {
  resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[];
}

/** An OTLP/HTTP (JSON) trace receiver: every request body as it came. */
async function startReceiver(): Promise<{ server: Server; url: string; bodies: string[] }> {
  const bodies: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      bodies.push(body);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bodies };
}

const spansOf = (bodies: string[]) =>
  bodies.flatMap((body) => (JSON.parse(body) as OtlpExport).resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)));

/** The hub as `npm start` runs it (tools/dist/main.js: tracing first), on free ports over the test's database. */
const STACK_SCRIPT = `
require(${JSON.stringify(require.resolve('@hub/common/tracing'))}).traceIfConfigured('kadera-hub');
const { testCallers } = require(${JSON.stringify(require.resolve('@hub/testing'))});
const { startTestStack } = require(${JSON.stringify(require.resolve('../testing/test-stack'))});
startTestStack({ inProcessSubgraphs: process.env.TRACE_IN_PROCESS === '1' }, process.env.TRACE_DATABASE_URL).then(async (hub) => {
  process.stdout.write('UP ' + JSON.stringify({ url: hub.gatewayUrl, token: await hub.as(testCallers.staff).token() }) + '\\n');
});
`;

const client = DEMO_CLIENTS[0];
const READ = `query Traced($name: String, $dateOfBirth: LocalDate) {
  searchClients(name: $name, dateOfBirth: $dateOfBirth, first: 1) { edges { node { id name dateOfBirth confidentialAddress } } }
  handoffs(first: 5) { edges { node { id status client { name dateOfBirth confidentialAddress } } } }
}`;

describe.each([
  ['in process', true],
  ['over HTTP', false],
])('a traced client read, subgraphs %s', (_mode, inProcess) => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let database: TestDatabase;
  let hub: HubProcess;
  let gateway: { url: string; token: string };

  beforeAll(async () => {
    receiver = await startReceiver();
    database = await createTestDatabase();
    const script = path.join(os.tmpdir(), `hub-traced-stack-${process.pid}.js`);
    writeFileSync(script, STACK_SCRIPT);
    hub = await startHubProcess(
      script,
      {
        ...process.env,
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_BSP_SCHEDULE_DELAY: '100',
        TRACE_IN_PROCESS: inProcess ? '1' : '0',
        TRACE_DATABASE_URL: database.url,
      },
      /UP \{.*\}\n/,
    );
    gateway = JSON.parse(/UP (\{.*\})\n/.exec(hub.output())![1]) as typeof gateway;
  });

  afterAll(async () => {
    hub?.child.kill('SIGKILL');
    await hub?.exited(10_000).catch(() => undefined);
    await new Promise((resolve) => receiver?.server.close(resolve));
    await database?.drop();
  });

  it('gives one trace from the gateway into the subgraphs and their SQL, with no client data and no token in it', async () => {
    const response = await postGraphQL(gateway.url, READ, { name: client.name, dateOfBirth: client.dateOfBirth }, { authorization: `Bearer ${gateway.token}` });
    expect(response.errors).toBeUndefined();
    const found = response.data.searchClients.edges[0].node;
    // The answer carries the client's data: the spans of this very read must not.
    expect([found.name, found.dateOfBirth, found.confidentialAddress]).toEqual([client.name, client.dateOfBirth, client.confidentialAddress]);
    expect(response.data.handoffs.edges.length).toBeGreaterThan(0);

    // The trace of this request: its gateway.request span, and everything sharing its trace id.
    let trace: OtlpSpan[] = [];
    for (const end = Date.now() + 15_000; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
      const spans = spansOf(receiver.bodies);
      const request = spans.find((span) => span.name === 'gateway.request');
      trace = request ? spans.filter((span) => span.traceId === request.traceId) : [];
      if (trace.some((span) => span.name.startsWith('pg.query')) && trace.filter((span) => span.name === 'gateway.fetch').length >= 2) break;
    }
    const names = trace.map((span) => span.name);
    expect(names).toEqual(expect.arrayContaining(['gateway.request', 'gateway.plan', 'gateway.fetch']));
    // The subgraphs' own spans are children of the gateway's fetches: `traceparent` went across.
    const fetches = new Set(trace.filter((span) => span.name === 'gateway.fetch').map((span) => span.spanId));
    expect(trace.filter((span) => span.parentSpanId && fetches.has(span.parentSpanId)).length).toBeGreaterThanOrEqual(2);
    // Each subgraph executed its part of the plan in this trace (the graphql instrumentation names an execution after its operation).
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^query Traced__clients__/), expect.stringMatching(/^query Traced__handoffs__/)]));
    // SQL statements, as statements only.
    const statements = trace.flatMap((span) => span.attributes ?? []).filter((a) => a.key === 'db.statement');
    expect(statements.length).toBeGreaterThan(0);

    // Nothing of the client, nor the token, in any span exported (attributes, events, names, resources): the whole export as sent.
    const exported = receiver.bodies.join('\n').toLowerCase();
    const [given, ...family] = client.name.split(' ');
    const needles = [
      client.name,
      given,
      family.join(' '),
      client.dateOfBirth,
      client.confidentialAddress,
      client.confidentialAddress.split(',')[0],
      gateway.token,
    ];
    for (const needle of needles) expect({ needle, found: exported.includes(needle.toLowerCase()) }).toEqual({ needle, found: false });
    expect(exported).not.toMatch(/authorization|bearer/);
  });
});
