import { testCallers } from '@hub/testing';
import { FAST, linesOf, sendRaw, VIA_EXPRESS, watchExpress } from '../testing/fast-path-probe';
import { startTestStack, type TestStack } from '../testing/test-stack';

/*
 * The gateway's fast path (@hub/common/light, graphql-fast-path.ts): a POST to /graphql with a JSON body is answered
 * without Express, and whatever it answers, a refusal above all, is what Express answers to the same request:
 * the same status, headers, body and log lines. Each request is sent twice, once as the fast path takes it and
 * once spelled so that only Express takes it (a quoted charset parameter: the same media type to Express).
 */

// Before any app exists (fast-path-probe.ts).
const express = watchExpress();

/** `outside`: refused outside GraphQL, by answerHttpError, which logs it; Apollo's own answers log nothing with a request id. */
type Case = [name: string, status: number, outside: boolean, body: (limit: number) => string | Buffer, headers?: 'token' | Record<string, string>];

const CASES: Case[] = [
  ['a query the caller may run', 200, false, () => JSON.stringify({ query: '{ __typename }' }), 'token'],
  ['no bearer token (refused while the context is made)', 401, false, () => JSON.stringify({ query: '{ __typename }' })],
  ['an empty body (no query)', 400, false, () => '', 'token'],
  ['malformed JSON', 400, true, () => '{"query": "{ __typename }",}'],
  ['JSON that is no object', 400, true, () => '"{ __typename }"'],
  ['a body over the limit', 413, true, (limit) => JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(limit) } })],
  [
    'invalid UTF-8',
    400,
    true,
    () => Buffer.concat([Buffer.from('{"query": "{ __typename }", "variables": {"a": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}}')]),
  ],
  ['a NUL in a string', 400, true, () => JSON.stringify({ query: '{ __typename }', variables: { a: 'x\u0000y' } })],
  ['an unsupported Content-Encoding', 415, true, () => '{}', { 'content-encoding': 'compress' }],
  ['a gzip body that is no gzip', 400, true, () => '{}', { 'content-encoding': 'gzip' }],
];

describe('the gateway fast path', () => {
  let hub: TestStack;
  let token: string;
  const lines: string[] = [];

  beforeAll(async () => {
    hub = await startTestStack({}, undefined, { level: 'info', destination: { write: (line) => void lines.push(line) } });
    token = await hub.as(testCallers.staff).token();
  });
  afterAll(async () => {
    await hub?.drop();
    express.restore();
  });

  /** How many requests to the gateway's port Express handled. */
  const expressRequests = () => express.handledOn(Number(new URL(hub.gatewayUrl).port));

  /** One request, with what Express handled and the log lines it caused (their time left out). */
  async function exchange(contentType: string, [, , , body, headers]: Case, requestId: string) {
    const limit = hub.stack.config.bodyLimitBytes.gateway;
    const extra = headers === 'token' ? { authorization: `Bearer ${token}` } : (headers ?? {});
    const before = { express: expressRequests(), lines: lines.length };
    const answer = await sendRaw(hub.gatewayUrl, { contentType, body: body(limit), headers: { 'x-request-id': requestId, ...extra } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const logged = linesOf(lines, before.lines, requestId);
    return { answer, viaExpress: expressRequests() - before.express, logged };
  }

  it.each(CASES)('answers %s as Express does, byte for byte, without Express', async (...testCase) => {
    const [name, status, outside] = testCase;
    const requestId = `fast-path-${CASES.findIndex(([n]) => n === name)}`;
    const fast = await exchange(FAST, testCase, requestId);
    const viaExpress = await exchange(VIA_EXPRESS, testCase, requestId);
    expect(fast.viaExpress).toBe(0);
    expect(viaExpress.viaExpress).toBe(1);
    expect(fast.answer.status).toBe(status);
    expect(fast.answer.headers.some((header) => /^content-type: application\/(graphql-response\+)?json; charset=utf-8$/i.test(header))).toBe(true);
    expect(fast.answer).toEqual(viaExpress.answer);
    expect(fast.logged).toEqual(viaExpress.logged);
    if (outside) expect(fast.logged).toEqual([expect.objectContaining({ msg: 'request refused', status })]);
  });

  it('leaves every other request to Express', async () => {
    const before = expressRequests();
    expect((await fetch(hub.gatewayUrl.replace('/graphql', '/health'))).status).toBe(200);
    expect((await fetch(hub.gatewayUrl, { method: 'PUT', headers: { 'content-type': FAST }, body: '{}' })).status).toBe(405);
    expect((await fetch(`${hub.gatewayUrl}?x=1`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect(expressRequests() - before).toBe(3);
  });
});
