import net from 'node:net';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import express from 'express';
import { GraphQLError, parse } from 'graphql';
import { hubError, unauthenticated } from '../errors';
import { createLogger } from '../logger';
import { clientErrorAnswer, graphqlBodyParser, httpErrorAnswer, httpErrorHandlers, HttpRequestError, INTERNAL } from './http-errors';
import { listen, type ListeningServer } from './http-server';
import { containsNul, decodeUtf8, documentContainsNul } from './malformed-strings';

describe('httpErrorAnswer maps errors to a status and a public code', () => {
  const bodyParserError = (type: string, status: number) => Object.assign(new Error(`${type} with "Geheimstraat 7"`), { type, status, body: '{"x":' });

  it.each([
    ['entity.parse.failed', 400, 400, 'BAD_REQUEST'],
    ['entity.too.large', 413, 413, 'PAYLOAD_TOO_LARGE'],
    ['charset.unsupported', 415, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['encoding.unsupported', 415, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['request.size.invalid', 400, 400, 'BAD_REQUEST'],
    ['request.aborted', 400, 400, 'BAD_REQUEST'],
    ['parameters.too.many', 413, 413, 'PAYLOAD_TOO_LARGE'],
  ])('%s (body-parser %i) → %i %s, without the error text', (type, given, status, code) => {
    const answer = httpErrorAnswer(bodyParserError(type, given));
    expect(answer).toMatchObject({ status, code });
    expect(answer.message).not.toContain('Geheimstraat');
  });

  it('names the body limit on a 413', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413, limit: 1024, length: 5000 });
    expect(httpErrorAnswer(tooLarge).message).toBe('the request body is larger than the 1024 bytes this service accepts');
  });

  it('keeps the status of other 4xx errors (a corrupt gzip stream), not their text', () => {
    expect(httpErrorAnswer(Object.assign(new Error('incorrect header check'), { status: 400, code: 'Z_DATA_ERROR' }))).toEqual({
      status: 400,
      code: 'BAD_REQUEST',
      message: 'the request was refused',
    });
  });

  it('keeps its own refusals as they are', () => {
    expect(httpErrorAnswer(new HttpRequestError(405, 'METHOD_NOT_ALLOWED', 'POST only', 'POST'))).toEqual({
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
      message: 'POST only',
    });
  });

  it('answers a refusal in the GraphQL error shape by its public code and extensions.http (a route that is not GraphQL)', () => {
    const limited = hubError('RATE_LIMITED', 'too many requests for this user; retry after 3 s', {
      http: { status: 429, headers: new Map([['retry-after', '3']]) },
    });
    expect(httpErrorAnswer(limited)).toEqual({ status: 429, code: 'RATE_LIMITED', message: limited.message, headers: { 'retry-after': '3' } });
    expect(httpErrorAnswer(unauthenticated('the bearer token is not valid'))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: 'the bearer token is not valid',
    });
    expect(httpErrorAnswer(hubError('FORBIDDEN', 'nothing to select'))).toEqual({ status: 400, code: 'FORBIDDEN', message: 'nothing to select' });
  });

  it('masks a GraphQLError without a public code as a 500', () => {
    expect(httpErrorAnswer(new GraphQLError('relation "client" does not exist'))).toEqual(INTERNAL);
    expect(httpErrorAnswer(new GraphQLError('x', { extensions: { code: 'SOMETHING_ELSE', http: { status: 404 } } }))).toEqual(INTERNAL);
  });

  it('masks anything else as a 500 with the generic message', () => {
    expect(httpErrorAnswer(new Error('relation "client" does not exist'))).toEqual(INTERNAL);
    expect(httpErrorAnswer(Object.assign(new Error('x'), { status: 503 }))).toEqual(INTERNAL);
    expect(httpErrorAnswer(Object.assign(new Error('x'), { status: 'teapot' }))).toEqual(INTERNAL);
    expect(httpErrorAnswer(Object.assign(new Error('x'), { type: 'stream.not.readable', status: 500 }))).toEqual(INTERNAL);
    expect(httpErrorAnswer(undefined)).toEqual(INTERNAL);
    expect(httpErrorAnswer('a string')).toEqual(INTERNAL);
  });

  it('maps what Node refuses before Express by its parser code', () => {
    expect(clientErrorAnswer('HPE_HEADER_OVERFLOW')).toMatchObject({ status: 431, code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' });
    expect(clientErrorAnswer('ERR_HTTP_REQUEST_TIMEOUT')).toMatchObject({ status: 408, code: 'TIMEOUT' });
    expect(clientErrorAnswer('HPE_INVALID_METHOD')).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(clientErrorAnswer(undefined)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
});

describe('malformed strings', () => {
  it('finds a NUL in any string or key, however deep', () => {
    expect(containsNul({ query: '{ a }', variables: { input: { name: 'a\u0000b' } } })).toBe(true);
    expect(containsNul({ variables: { ['k\u0000']: 1 } })).toBe(true);
    expect(containsNul([[[['\u0000']]]])).toBe(true);
    expect(containsNul({ query: '{ a }', variables: { n: 1, b: null, s: 'é 😀 \u202e' } })).toBe(false);
    // Deeper than any call stack: the walk must not recurse.
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(containsNul(deep)).toBe(true);
  });

  it('decodes valid UTF-8 and tells it from invalid', () => {
    expect(decodeUtf8(Buffer.from('{"a":"é😀"}'))).toBe('{"a":"é😀"}');
    expect(decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toBe('{}'); // a BOM is dropped, as body-parser did
    expect(decodeUtf8(Buffer.from([0x7b, 0xc3, 0x28, 0x7d]))).toBeUndefined();
    expect(decodeUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBeUndefined(); // an encoded lone surrogate
  });

  it('finds a NUL written as an escape in a GraphQL string literal', () => {
    expect(documentContainsNul(parse('mutation { a(x: "a\\u0000b") }'))).toBe(true);
    expect(documentContainsNul(parse('{ a(x: ["ok", {y: "\\u0000"}]) }'))).toBe(true);
    expect(documentContainsNul(parse('{ a(x: "a\\\\u0000b") }'))).toBe(false); // a backslash, then "u0000"
  });
});

/** A GraphQL-like app built the way both servers build theirs, on a real port. */
describe('the handlers on a real HTTP server', () => {
  let server: ListeningServer;
  let base: string;
  const lines: string[] = [];
  const logger = createLogger('info', 'test', new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }));
  const CANARY = 'Geheimstraat 7, 8011 Zwolle';

  beforeAll(async () => {
    const app = express();
    app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
    app.use('/graphql', ...graphqlBodyParser(1024), (req, res) => void res.json({ data: { echo: req.body } }));
    app.get('/limited', () => {
      throw hubError('RATE_LIMITED', 'too many requests for this user; retry after 2 s', { http: { status: 429, headers: new Map([['retry-after', '2']]) } });
    });
    app.get('/boom', () => {
      throw Object.assign(new Error(`select *\nfrom client\nwhere name = '${CANARY}'`), { body: CANARY });
    });
    app.use(...httpErrorHandlers(app, logger));
    server = await listen(app, 0);
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(() => server.close());

  const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  async function expectJsonError(response: Response, status: number, code: string) {
    const text = await response.text();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = JSON.parse(text);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe(code);
    expect(typeof body.errors[0].message).toBe('string');
    for (const leak of ['<html', '    at ', '.js:', '/node_modules/', CANARY]) expect(text).not.toContain(leak);
  }

  it('answers a coded GraphQL refusal of a route with its status, its headers and the JSON error shape', async () => {
    const response = await fetch(`${base}/limited`);
    expect(response.headers.get('retry-after')).toBe('2');
    await expectJsonError(response, 429, 'RATE_LIMITED');
  });

  it('passes a well-formed request through', async () => {
    const response = await post(JSON.stringify({ query: '{ a }' }));
    expect(await response.json()).toEqual({ data: { echo: { query: '{ a }' } } });
  });

  // What body-parser's strict JSON parser took, the one-pass parser takes alike.
  it.each([
    ['an explicit UTF-8 charset', '{"query":"{ a }"}', { 'content-type': 'application/json; charset=UTF-8' }, { query: '{ a }' }],
    ['a quoted charset', '{"query":"{ a }"}', { 'content-type': 'application/json; charset="utf-8"' }, { query: '{ a }' }],
    ['a leading BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"query":"{ a }"}')]), {}, { query: '{ a }' }],
    ['white space around the object', ' \r\n\t{"query":"{ a }"} \n', {}, { query: '{ a }' }],
    ['an array (a batch)', '[{"query":"{ a }"}]', {}, [{ query: '{ a }' }]],
    ['an empty body', '', {}, {}],
  ])('passes %s through', async (_name, body, headers, parsed) => {
    const response = await post(body, headers);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { echo: parsed } });
  });

  it.each([
    ['malformed JSON', () => post(`{"query": "mutation { registerClient(name: \\"${CANARY}\\") }",}`), 400, 'BAD_REQUEST'],
    ['a JSON scalar', () => post('"just a string"'), 400, 'BAD_REQUEST'],
    ['JSON null after white space', () => post(' null'), 400, 'BAD_REQUEST'],
    ['a charset spelled utf8', () => post('{}', { 'content-type': 'application/json; charset=utf8' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['trailing bytes after the object', () => post('{"query":"{ a }"} {}'), 400, 'BAD_REQUEST'],
    ['a body over the limit', () => post(JSON.stringify({ query: 'x'.repeat(2000) })), 413, 'PAYLOAD_TOO_LARGE'],
    ['a gzip bomb', () => post(zlib.gzipSync(JSON.stringify({ query: 'x'.repeat(100_000) })), { 'content-encoding': 'gzip' }), 413, 'PAYLOAD_TOO_LARGE'],
    ['an unsupported charset', () => post('{}', { 'content-type': 'application/json; charset=latin1' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'UTF-16',
      () => post(Buffer.from('{"query":"{ a }"}', 'utf16le'), { 'content-type': 'application/json; charset=utf-16le' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['an unknown content encoding', () => post('{}', { 'content-encoding': 'snappy' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a corrupt gzip body', () => post(Buffer.from('not gzip at all'), { 'content-encoding': 'gzip' }), 400, 'BAD_REQUEST'],
    ['another content type', () => post('query { a }', { 'content-type': 'application/graphql' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a form', () => post('query=%7B%20a%20%7D', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['invalid UTF-8', () => post(Buffer.concat([Buffer.from('{"query":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')])), 400, 'BAD_USER_INPUT'],
    ['a NUL in a variable', () => post(JSON.stringify({ query: '{ a }', variables: { name: `${CANARY}\u0000` } })), 400, 'BAD_USER_INPUT'],
    ['a NUL in the query text', () => post(JSON.stringify({ query: '{ a\u0000 }' })), 400, 'BAD_USER_INPUT'],
    ['a GET query', () => fetch(`${base}/graphql?query=%7Ba%7D`), 405, 'METHOD_NOT_ALLOWED'],
    ['a PUT', () => fetch(`${base}/graphql`, { method: 'PUT', body: '{}' }), 405, 'METHOD_NOT_ALLOWED'],
    ['a DELETE on /health', () => fetch(`${base}/health`, { method: 'DELETE' }), 405, 'METHOD_NOT_ALLOWED'],
    ['an unknown path', () => fetch(`${base}/wp-admin/../etc/passwd`), 404, 'NOT_FOUND'],
    ['an unknown path by POST', () => fetch(`${base}/graphq`, { method: 'POST', body: '{' }), 404, 'NOT_FOUND'],
    ['an error thrown by a route', () => fetch(`${base}/boom`), 500, 'INTERNAL_SERVER_ERROR'],
  ])('%s', async (_name, send, status, code) => {
    await expectJsonError(await send(), status, code);
  });

  it('names the allowed methods on a 405', async () => {
    const response = await fetch(`${base}/graphql`);
    expect(response.headers.get('allow')).toBe('POST');
    const health = await fetch(`${base}/health`, { method: 'POST' });
    expect(health.headers.get('allow')).toBe('GET, HEAD');
  });

  /** Raw bytes over TCP: what fetch would refuse to send. */
  function raw(request: string | Buffer): Promise<string> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      const socket = net.connect(server.port, '127.0.0.1', () => socket.end(request));
      socket.on('data', (chunk) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  }

  function expectRawJson(answer: string, status: number, code: string) {
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
    expect(head.toLowerCase()).toContain('content-type: application/json');
    expect(JSON.parse(body).errors[0].extensions.code).toBe(code);
  }

  it('answers oversized headers (a 100 KB token) with a JSON 431', async () => {
    const answer = await raw(`POST /graphql HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${'a'.repeat(100_000)}\r\nContent-Length: 2\r\n\r\n{}`);
    expectRawJson(answer, 431, 'REQUEST_HEADER_FIELDS_TOO_LARGE');
  });

  it('answers malformed HTTP with a JSON 400', async () => {
    expectRawJson(await raw('GARBAGE / HTTP/1.1\r\nHost: x\r\n\r\n'), 400, 'BAD_REQUEST');
    expectRawJson(await raw('POST /graphql HTTP/1.1\r\nHost: x\r\nBad Header: x\r\n\r\n'), 400, 'BAD_REQUEST');
    expectRawJson(await raw('POST /graphql HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n{}'), 400, 'BAD_REQUEST');
  });

  it('logs what was refused and the request id, never the body or the error text', async () => {
    lines.length = 0;
    await post(`{"variables": {"address": "${CANARY}"},`, { 'x-request-id': 'req-canary-1' });
    await post(JSON.stringify({ variables: { address: `${CANARY}\u0000` } }), { 'x-request-id': 'req-canary-2' });
    await fetch(`${base}/boom`, { headers: { 'x-request-id': 'req-canary-3' } });
    const log = lines.join('');
    for (const id of ['req-canary-1', 'req-canary-2', 'req-canary-3']) expect(log).toContain(id);
    expect(log).toContain('entity.parse.failed');
    expect(log).not.toContain('Geheimstraat');
    expect(log).not.toContain('select *');
    expect(log).not.toContain('from client');
    expect(log).toContain('"frames"');
  });
});
