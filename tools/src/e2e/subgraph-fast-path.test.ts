import { CALLER_HEADER, DEMO_CLIENTS, signCallerToken } from '@hub/common';
import { testCallers } from '@hub/testing';
import { FAST, linesOf, sendRaw, VIA_EXPRESS, watchExpress, type RawRequest } from '../testing/fast-path-probe';
import { startTestStack, type TestStack } from '../testing/test-stack';

/*
 * A subgraph's fast path (subgraph-server.ts, graphql-fast-path.ts): on its main port, a POST to /graphql with a
 * JSON body and a Content-Length is answered without Express, and whatever it answers is what Express answers to
 * the same request: status, headers (all but Date, in order), body and log lines. Each request is sent twice,
 * once as the fast path takes it and once as only Express takes it (a quoted charset parameter, or chunked);
 * requests the fast path must leave to Express (a charset it refuses, a GET) are sent both ways too, and both
 * must reach Express. Every caller token is signed afresh for its very body (they are single-use).
 */

// Before any app exists (fast-path-probe.ts).
const express = watchExpress();

const ENTITIES = JSON.stringify({
  query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { id name } } }',
  variables: { r: [{ __typename: 'Client', id: DEMO_CLIENTS[0].id }] },
});

interface Case {
  name: string;
  status: number;
  /** Refused outside GraphQL, by answerHttpError, which logs it. */
  outside: boolean;
  /** Whether the first spelling takes the fast path. */
  fast: boolean;
  request: (limit: number) => RawRequest & { body?: string | Buffer };
  /** How the second request differs from the first, so that only Express takes it (default: the quoted charset). */
  viaExpress?: Partial<RawRequest>;
  /** Signed caller token for the body (default), a token that is none, or no header. */
  caller?: 'signed' | 'bad' | 'none';
}

const json = (body: string | Buffer, extra: Partial<RawRequest> = {}): RawRequest => ({ contentType: FAST, body, ...extra });

const CASES: Case[] = [
  { name: 'a good _entities fetch', status: 200, outside: false, fast: true, request: () => json(ENTITIES) },
  { name: 'a caller token that is none (UNAUTHENTICATED)', status: 401, outside: false, fast: true, request: () => json(ENTITIES), caller: 'bad' },
  { name: 'no caller token', status: 401, outside: false, fast: true, request: () => json(ENTITIES), caller: 'none' },
  {
    name: 'a GraphQL validation error',
    status: 400,
    outside: false,
    fast: true,
    request: () => json(JSON.stringify({ query: '{ _entities(representations: []) { ... on Client { noSuchField } } }' })),
  },
  {
    name: 'a body over the limit',
    status: 413,
    outside: true,
    fast: true,
    request: (limit) => json(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(limit) } })),
  },
  { name: 'malformed JSON', status: 400, outside: true, fast: true, request: () => json('{"query": "{ __typename }",}') },
  {
    name: 'invalid UTF-8',
    status: 400,
    outside: true,
    fast: true,
    request: () => json(Buffer.concat([Buffer.from('{"query": "{ __typename }", "variables": {"a": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}}')])),
  },
  {
    name: 'a NUL in a string',
    status: 400,
    outside: true,
    fast: true,
    request: () => json(JSON.stringify({ query: '{ __typename }', variables: { a: 'x\u0000y' } })),
  },
  {
    name: 'a good fetch sent chunked, without Content-Length',
    status: 200,
    outside: false,
    fast: true,
    request: () => json(ENTITIES),
    viaExpress: { contentType: FAST, chunked: true },
  },
  // Not taken by the fast path in either spelling: Express refuses it as before.
  {
    name: 'a charset other than UTF-8',
    status: 415,
    outside: true,
    fast: false,
    request: () => json(ENTITIES, { contentType: 'application/json; charset=latin1' }),
    viaExpress: { contentType: 'application/json; charset="latin1"' },
  },
  { name: 'a GET to /graphql', status: 405, outside: true, fast: false, request: () => ({ method: 'GET' }), viaExpress: { method: 'GET' }, caller: 'none' },
];

describe('the subgraph fast path', () => {
  let hub: TestStack;
  const lines: string[] = [];

  beforeAll(async () => {
    hub = await startTestStack({}, undefined, { level: 'info', destination: { write: (line) => void lines.push(line) } });
  });
  afterAll(async () => {
    await hub?.drop();
    express.restore();
  });

  const clients = () => hub.stack.subgraphs.clients!;
  const expressRequests = () => express.handledOn(Number(new URL(clients().url).port));

  /** One request to the clients subgraph, with what Express handled and the log lines it caused (their time left out). */
  async function exchange(request: RawRequest, caller: Case['caller'], requestId: string) {
    const body = request.body ?? '';
    const token: Record<string, string> =
      caller === 'bad'
        ? { [CALLER_HEADER]: 'not-a-token' }
        : caller === 'none'
          ? {}
          : { [CALLER_HEADER]: signCallerToken(testCallers.staff, { audience: 'clients', body }, hub.stack.internalKeys.gateway!) };
    const before = { express: expressRequests(), lines: lines.length };
    const answer = await sendRaw(clients().url, { ...request, headers: { 'x-request-id': requestId, ...token, ...request.headers } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { answer, viaExpress: expressRequests() - before.express, logged: linesOf(lines, before.lines, requestId) };
  }

  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))('answers %s as Express does, byte for byte', async (name, testCase) => {
    const limit = hub.stack.config.bodyLimitBytes.subgraph;
    const requestId = `subgraph-fast-path-${CASES.findIndex((c) => c.name === name)}`;
    const first = testCase.request(limit);
    const fast = await exchange(first, testCase.caller, requestId);
    const viaExpress = await exchange({ ...first, contentType: VIA_EXPRESS, ...testCase.viaExpress }, testCase.caller, requestId);
    expect(fast.viaExpress).toBe(testCase.fast ? 0 : 1);
    expect(viaExpress.viaExpress).toBe(1);
    expect(fast.answer.status).toBe(testCase.status);
    expect(fast.answer.headers.some((header) => /^content-type: application\/(graphql-response\+)?json; charset=utf-8$/i.test(header))).toBe(true);
    expect(fast.answer).toEqual(viaExpress.answer);
    expect(fast.logged).toEqual(viaExpress.logged);
    if (testCase.outside) expect(fast.logged).toEqual([expect.objectContaining({ msg: 'request refused', status: testCase.status })]);
    if (testCase.status === 200) {
      expect(JSON.parse(fast.answer.body)).toEqual({ data: { _entities: [{ id: DEMO_CLIENTS[0].id, name: DEMO_CLIENTS[0].name }] } });
    }
    if (testCase.status === 401) {
      expect(JSON.parse(fast.answer.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(fast.logged).toEqual([expect.objectContaining({ msg: 'caller token refused' })]);
    }
  });

  it('leaves every other request to Express', async () => {
    const before = expressRequests();
    expect((await fetch(clients().url.replace('/graphql', '/health'))).status).toBe(200);
    expect((await fetch(clients().url, { method: 'PUT', headers: { 'content-type': FAST }, body: '{}' })).status).toBe(405);
    expect((await fetch(`${clients().url}?x=1`, { method: 'POST', headers: { 'content-type': FAST }, body: ENTITIES })).status).toBe(401);
    expect(expressRequests() - before).toBe(3);
  });
});
