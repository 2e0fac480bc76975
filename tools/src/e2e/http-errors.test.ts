import net from 'node:net';
import { signCallerToken, CALLER_HEADER } from '@hub/common';
import { graphqlErrorShapeProblem, leaksIn, testCallers } from '@hub/testing';
import { productionOverrides } from '../testing/production-overrides';
import { startTestStack, type TestStack } from '../testing/test-stack';

const CANARY = 'Geheimstraat 7, 8011 Zwolle';
const REGISTER = 'mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id } }';
const registration = (name: string) => ({
  input: {
    name,
    dateOfBirth: '1993-07-21',
    municipalityCode: 'GM0193',
    confidentialAddress: CANARY,
    riskLevel: 'RED',
    formsOfAbuse: ['PARTNER_ABUSE'],
  },
});

interface Answer {
  status: number;
  text: string;
  contentType?: string | null;
}

/** Raw bytes over TCP, for what fetch refuses to send (oversized headers, broken HTTP). */
function raw(port: number, request: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head, ...body] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
      const contentType = /^content-type:\s*(.*)$/im.exec(head)?.[1];
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), text: body.join('\r\n\r\n'), contentType });
    });
  });
}

async function send(url: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(url, init);
  return { status: response.status, text: await response.text(), contentType: response.headers.get('content-type') };
}

function expectJsonError(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, code: JSON.parse(answer.text || '{}').errors?.[0]?.extensions?.code }).toEqual({ status, code });
  expect(answer.contentType).toMatch(/^application\/json/);
  expect(graphqlErrorShapeProblem(answer.text)).toBeUndefined();
  expect(leaksIn(answer.text)).toEqual([]);
  expect(answer.text).not.toContain(CANARY);
}

type Case = [name: string, status: number, code: string, request: (url: string, limit: number) => Promise<Answer>];

const json = { 'content-type': 'application/json' };
const post = (url: string, body: string | Buffer, headers: Record<string, string> = json) => send(url, { method: 'POST', headers, body });
const port = (url: string) => Number(new URL(url).port);

/** Each case goes to the gateway and straight to a subgraph, unauthenticated: these fail before any token is read. */
const CASES: Case[] = [
  [
    'malformed JSON (a trailing comma)',
    400,
    'BAD_REQUEST',
    (url) => post(url, `{"query": "${REGISTER}", "variables": ${JSON.stringify(registration('Jan'))},}`),
  ],
  [
    'a body over the limit',
    413,
    'PAYLOAD_TOO_LARGE',
    (url, limit) => post(url, JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(limit) } })),
  ],
  [
    'an unsupported charset',
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    (url) => post(url, '{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=iso-8859-1' }),
  ],
  [
    'an unsupported content encoding',
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    (url) => post(url, '{"query":"{ __typename }"}', { ...json, 'content-encoding': 'compress' }),
  ],
  ['a text/plain body', 415, 'UNSUPPORTED_MEDIA_TYPE', (url) => post(url, '{"query":"{ __typename }"}', { 'content-type': 'text/plain' })],
  [
    'invalid UTF-8',
    400,
    'BAD_USER_INPUT',
    (url) => post(url, Buffer.concat([Buffer.from('{"query":"{ __typename }","variables":{"a":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}}')])),
  ],
  [
    'a NUL byte in a mutation variable',
    400,
    'BAD_USER_INPUT',
    (url) => post(url, JSON.stringify({ query: REGISTER, variables: registration('Jan\u0000Jansen') })),
  ],
  ['a GET query', 405, 'METHOD_NOT_ALLOWED', (url) => send(`${url}?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': 'true' } })],
  ['a DELETE', 405, 'METHOD_NOT_ALLOWED', (url) => send(url, { method: 'DELETE' })],
  ['a POST to /health', 405, 'METHOD_NOT_ALLOWED', (url) => send(url.replace(/\/graphql$/, '/health'), { method: 'POST', headers: json, body: '{}' })],
  ['an unknown path', 404, 'NOT_FOUND', (url) => send(url.replace(/\/graphql$/, '/.env'), {})],
  [
    'a 100 KB header',
    431,
    'REQUEST_HEADER_FIELDS_TOO_LARGE',
    (url) =>
      raw(
        port(url),
        `POST /graphql HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${'a'.repeat(100_000)}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
      ),
  ],
  [
    'broken HTTP',
    400,
    'BAD_REQUEST',
    (url) => raw(port(url), 'POST /graphql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc'),
  ],
];

describe.each(['development', 'production'] as const)('every HTTP error is JSON in the GraphQL shape (HUB_MODE=%s)', (mode) => {
  let hub: TestStack;
  const lines: string[] = [];

  beforeAll(async () => {
    const overrides = mode === 'production' ? await productionOverrides() : {};
    hub = await startTestStack(overrides, undefined, { level: 'info', destination: { write: (line) => void lines.push(line) } });
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const targets = () => ({
    gateway: { url: hub.gatewayUrl, limit: hub.stack.config.bodyLimitBytes.gateway },
    subgraph: { url: hub.stack.subgraphs.clients!.url, limit: hub.stack.config.bodyLimitBytes.subgraph },
  });

  describe.each(['gateway', 'subgraph'] as const)('straight to the %s', (target) => {
    it.each(CASES)('%s → %i %s', async (_name, status, code, request) => {
      const { url, limit } = targets()[target];
      expectJsonError(await request(url, limit), status, code);
    });

    it('names its body limit, the setting of this kind of service', async () => {
      const { url, limit } = targets()[target];
      const answer = await post(url, JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(limit) } }));
      expect(JSON.parse(answer.text).errors[0].message).toContain(`${limit} bytes`);
    });
  });

  it('takes a body up to the limit: the limit is the setting, not a constant', async () => {
    const { url, limit } = targets().gateway;
    const padded = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(limit - 100) } });
    const answer = await post(url, padded);
    // Unauthenticated, but parsed: the token check answers, not the body parser.
    expectJsonError(answer, 401, 'UNAUTHENTICATED');
  });

  it('never logs the body of a refused request', () => {
    const log = lines.join('');
    expect(log).toContain('request refused');
    expect(log).not.toContain(CANARY);
    expect(log).not.toContain('Jansen');
  });

  // Over the development stack: a production one holds no demo data or development key for a staff token.
  if (mode === 'development') {
    describe('NUL bytes in authenticated requests never reach PostgreSQL', () => {
      it('in a variable of a mutation: BAD_USER_INPUT, HTTP 400', async () => {
        const answer = await hub.query(REGISTER, registration('Jan\u0000Jansen'));
        expect(answer.status).toBe(400);
        expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      });

      it('escaped in a string literal of the document: BAD_USER_INPUT, HTTP 400', async () => {
        const input = `{ name: "Jan\\u0000Jansen", dateOfBirth: "1993-07-21", municipalityCode: "GM0193", confidentialAddress: "x", riskLevel: RED, formsOfAbuse: [PARTNER_ABUSE] }`;
        const answer = await hub.query(`mutation { registerClient(input: ${input}) { id } }`);
        expect(answer.status).toBe(400);
        expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      });

      it('escaped in a literal sent straight to a subgraph with a valid caller token', async () => {
        const body = JSON.stringify({ query: `{ possibleDuplicates(name: "a\\u0000", dateOfBirth: "1990-01-01") { score } }` });
        const token = signCallerToken(testCallers.staff, { audience: 'clients', body }, hub.stack.internalKeys.gateway!);
        const answer = await post(hub.stack.subgraphs.clients!.url, body, {
          ...json,
          [CALLER_HEADER]: token,
        });
        expectJsonError(answer, 400, 'BAD_USER_INPUT');
      });

      it('an operationName the document does not hold is OPERATION_RESOLUTION_FAILURE, HTTP 400, not a 500', async () => {
        const response = await fetch(hub.gatewayUrl, {
          method: 'POST',
          headers: { ...json, authorization: `Bearer ${await hub.as(testCallers.staff).token()}` },
          body: JSON.stringify({ query: '{ occupancy { unitId } }', operationName: 'Missing' }),
        });
        expectJsonError(
          { status: response.status, text: await response.text(), contentType: response.headers.get('content-type') },
          400,
          'OPERATION_RESOLUTION_FAILURE',
        );
      });

      it("a value a subgraph's scalar refuses (an impossible LocalDate) is BAD_USER_INPUT, not a masked error", async () => {
        const answer = await hub.query('query ($d: LocalDate!) { possibleDuplicates(name: "Jan", dateOfBirth: $d) { score } }', { d: '2026-02-30' });
        expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(answer.errors?.[0]?.message).toMatch(/LocalDate/);
      });

      it('the same mutation without the NUL still works', async () => {
        // A Jansen of the demo lives in Zwolle too: a possible duplicate (docs/architecture.md, "Search"), so intake confirms.
        const answer = await hub.query(REGISTER, { input: { ...registration('Jan Jansen').input, confirmNotDuplicate: true } });
        expect(answer.errors).toBeUndefined();
        expect(answer.data.registerClient.id).toEqual(expect.any(String));
      });
    });
  }
});
