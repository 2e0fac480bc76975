import zlib from 'node:zlib';
import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import { fuzzOperation } from './fuzz-documents';
import { graphqlName, hostileJson, hostileString } from './fuzz-values';

/** One HTTP request of the fuzzer, as sent. */
export interface FuzzRequest {
  kind: string;
  method: string;
  /** Path and query string, from the gateway's origin. */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** The body before it was encoded, for a failure report. */
  plain?: string;
}

export interface FuzzTargets {
  schema: GraphQLSchema;
  /** Authorization headers with real tokens of several roles. */
  callers: string[];
  /** Odd Authorization headers: garbage, tampered, a lower-case scheme, none (undefined). */
  strangers: Array<string | undefined>;
}

const JSON_TYPE = { 'content-type': 'application/json' };

/** Bodies that are not, or not quite, a GraphQL request in JSON. */
const brokenBody: fc.Arbitrary<string | Buffer> = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '}',
    '{"query": "{ __typename }",}',
    "{'query': '{ __typename }'}",
    '{"query": "{ __typename }"',
    '{"query": {"nested": true}}',
    '{"query": 42}',
    '{"query": null}',
    '{"query": "{ __typename }", "variables": "{}"}',
    '{"query": "{ __typename }", "variables": [1, 2]}',
    '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
    '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "0000000000000000000000000000000000000000000000000000000000000000"}}}',
    '[{"query": "{ __typename }"}, {"query": "{ __typename }"}]',
    '[]',
    'null',
    'true',
    '"{ __typename }"',
    '{"__proto__": {"admin": true}, "query": "{ __typename }"}',
    '{"constructor": {"prototype": {"x": 1}}, "query": "{ __typename }"}',
    '\uFEFF{"query": "{ __typename }"}',
    '{"query": "\\ud800"}',
    '{"query": "{ __typename }", "query": "mutation { x }"}',
    '{"query": "{ __typename }"} trailing',
    'NaN',
  ),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
  fc.integer({ min: 1, max: 20_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({ min: 1, max: 10_000 }).map((depth) => `{"query": "{ __typename }", "variables": {"a": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`),
  hostileJson.map((value) => JSON.stringify(value) ?? 'null'),
  fc.record({ query: hostileString, variables: hostileJson }).map((body) => JSON.stringify(body)),
);

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=UTF-8',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json; charset=nope',
  'application/json; charset',
  'application/graphql',
  'application/graphql-response+json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/plain',
  'text/html',
  'application/xml',
  '*/*',
  'json',
  ';;;',
);

const accepts = fc.constantFrom(
  'application/json',
  'application/graphql-response+json',
  'text/html',
  'text/event-stream',
  'multipart/mixed',
  'image/png',
  '*/*',
  '',
);

const methods = fc.constantFrom('GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'BREW', 'post', 'Get');

const paths = fc.oneof(
  fc.constantFrom(
    '/',
    '/graphql',
    '/graphql/',
    '/graphql?query=%7B__typename%7D',
    '/graphql?query=%7B__typename%00%7D',
    '/GRAPHQL',
    '/graphql/../health',
    '/health',
    '/health?verbose=1',
    '/ready',
    '/graphiql',
    '/.env',
    '/%',
    '/%00',
    '/%C0%AE%C0%AE/',
    '/graphql%2F..%2Fhealth',
    '/index.php?x=<script>',
    `/${'a'.repeat(4000)}`,
  ),
  fc.webPath(),
  fc.array(graphqlName, { minLength: 1, maxLength: 4 }).map((segments) => `/${segments.join('/')}`),
);

export function fuzzRequest(targets: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  // Mostly real callers, so most requests get past the token check to planning and resolvers.
  const authorization = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...targets.callers) },
    { weight: 1, arbitrary: fc.constantFrom(...targets.strangers) },
  );
  const withAuth = (headers: Record<string, string>, auth: string | undefined) => (auth === undefined ? headers : { ...headers, authorization: auth });

  const graphql = fc
    .record({
      operation: fuzzOperation(targets.schema),
      auth: authorization,
      accept: fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: accepts }),
    })
    .map(({ operation, auth, accept }): FuzzRequest => ({
      kind: 'graphql',
      method: 'POST',
      path: '/graphql',
      headers: withAuth({ ...JSON_TYPE, ...(accept === null ? {} : { accept }) }, auth),
      body: JSON.stringify(operation),
    }));

  const broken = fc
    .record({ body: brokenBody, auth: authorization })
    .map(({ body, auth }): FuzzRequest => ({ kind: 'broken JSON', method: 'POST', path: '/graphql', headers: withAuth(JSON_TYPE, auth), body }));

  const mediaTypes = fc
    .record({
      contentType: contentTypes,
      encoding: fc.option(fc.constantFrom('gzip', 'deflate', 'br', 'compress', 'identity', 'gzip, gzip', 'x-unknown'), { freq: 3 }),
      operation: fuzzOperation(targets.schema),
      auth: authorization,
    })
    .map(({ contentType, encoding, operation, auth }): FuzzRequest => {
      const plain = JSON.stringify(operation);
      let body: string | Buffer = plain;
      if (contentType.includes('utf-16')) body = Buffer.from(body, 'utf16le');
      if (encoding === 'gzip') body = zlib.gzipSync(body);
      if (encoding === 'deflate') body = zlib.deflateSync(body);
      // 'br' and the rest: the header lies about the body.
      const headers: Record<string, string> = { 'content-type': contentType, ...(encoding ? { 'content-encoding': encoding } : {}) };
      return { kind: 'media type', method: 'POST', path: '/graphql', headers: withAuth(headers, auth), body, plain };
    });

  const routes = fc
    .record({ method: methods, path: paths, body: fc.option(brokenBody, { freq: 2 }), auth: authorization })
    .map(({ method, path, body, auth }): FuzzRequest => {
      const carriesBody = body !== null && !['GET', 'HEAD', 'Get'].includes(method);
      return { kind: 'method and path', method, path, headers: withAuth(carriesBody ? JSON_TYPE : {}, auth), body: carriesBody ? body : undefined };
    });

  return fc.oneof({ weight: 12, arbitrary: graphql }, { weight: 3, arbitrary: broken }, { weight: 2, arbitrary: mediaTypes }, { weight: 2, arbitrary: routes });
}

/** A short description of a request for a failure report: no whole bodies, no tokens. */
export function describeRequest(request: FuzzRequest): string {
  const body =
    request.body === undefined
      ? ''
      : typeof request.body === 'string'
        ? request.body
        : `<${request.body.length} bytes${request.plain ? ` of ${request.plain}` : ''}>`;
  const headers = Object.entries(request.headers)
    .map(([name, value]) => `${name}: ${name === 'authorization' ? `${value.slice(0, 12)}…` : value}`)
    .join('; ');
  return `${request.kind}: ${request.method} ${request.path.slice(0, 120)} [${headers}] ${JSON.stringify(body.slice(0, 600))}${body.length > 600 ? `… (${body.length} chars)` : ''}`;
}
