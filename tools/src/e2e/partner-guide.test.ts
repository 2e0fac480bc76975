import { randomUUID } from 'node:crypto';
import { testCallers } from '@hub/testing';
import { guideErrorRows, readPartnersDoc } from '../partners/partners-doc';
import { startTestStack, type TestStack } from '../testing/test-stack';

interface Answer {
  status: number;
  code?: string;
}

const GGZ = testCallers.partnerOfType('GGZ');
const statusesOf = new Map(guideErrorRows(readPartnersDoc()).map((row) => [row.code, row.statuses]));

/**
 * The refusals a partner meets, sent to a running hub over HTTP: each must come with the code expected and with one
 * of the HTTP statuses docs/partners.md gives for that code. The table is read from the guide, never restated here.
 */
describe('the error table of docs/partners.md, against the hub', () => {
  let hub: TestStack;
  let ggzHeaders: Record<string, string>;
  let ownHandoff: { id: string; status: string };

  // The limits of the table as they are (scale 1), so that a burst meets RATE_LIMITED.
  beforeAll(async () => {
    hub = await startTestStack({ rateLimitScale: 1 });
    ggzHeaders = { authorization: `Bearer ${await hub.as(GGZ).token()}` };
    const page = await hub.as(GGZ).query('{ handoffs(first: 1) { edges { node { id status } } } }');
    ownHandoff = page.data.handoffs.edges[0].node;
  });
  afterAll(async () => {
    await hub?.drop();
  });

  /** One request to the gateway: the status and the first error's code. */
  async function send(init: { path?: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
    const response = await fetch(new URL(init.path ?? '/graphql', hub.gatewayUrl), {
      method: init.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...ggzHeaders, ...init.headers },
      body: init.body,
    });
    const text = await response.text();
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code;
    } catch {
      code = undefined;
    }
    return { status: response.status, code };
  }
  const graphql = (query: string, variables?: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    send({ body: JSON.stringify({ query, variables, ...extra }) });
  const transition = (to: string, handoffId = ownHandoff.id) =>
    graphql('mutation ($input: TransitionHandoffInput!) { transitionHandoff(input: $input) { status } }', { input: { handoffId, to } });

  // [situation, code, the status the guide's "when" column gives for that situation, request]
  const cases: Array<[string, string, number, () => Promise<Answer>]> = [
    ['no token', 'UNAUTHENTICATED', 401, () => send({ headers: { authorization: '' }, body: JSON.stringify({ query: '{ me { userId } }' }) })],
    ['a field outside the GGZ contract', 'FORBIDDEN', 403, () => graphql('{ handoffs(first: 1) { edges { node { client { riskLevel } } } } }')],
    ['a move only Kadera may make', 'FORBIDDEN', 200, () => transition('ENTERED_IN_ERROR')],
    ['a move not legal from the status', 'INVALID_TRANSITION', 200, () => transition(ownHandoff.status === 'REQUESTED' ? 'IN_PROGRESS' : 'RECEIVED')],
    ['a handoff that does not exist', 'NOT_FOUND', 200, () => transition('ACCEPTED', randomUUID())],
    ['a path that does not exist', 'NOT_FOUND', 404, () => send({ path: '/nowhere', body: '{}' })],
    ['a variable of the wrong type', 'BAD_USER_INPUT', 400, () => graphql('query ($n: Int) { handoffs(first: $n) { edges { node { id } } } }', { n: 'ten' })],
    ['a NUL character in a string', 'BAD_USER_INPUT', 400, () => graphql('query ($id: UUID!) { handoff(id: $id) { id } }', { id: 'a\u0000b' })],
    ['a malformed id', 'BAD_USER_INPUT', 200, () => graphql('query ($id: UUID!) { handoff(id: $id) { id } }', { id: 'not-a-uuid' })],
    ['a page size out of range', 'BAD_USER_INPUT', 200, () => graphql('{ handoffs(first: 1000) { edges { node { id } } } }')],
    ['a document that is not GraphQL', 'GRAPHQL_PARSE_FAILED', 400, () => graphql('{ handoffs(')],
    ['a field that exists nowhere', 'GRAPHQL_VALIDATION_FAILED', 400, () => graphql('{ noSuchField }')],
    ['a body that is not JSON', 'BAD_REQUEST', 400, () => send({ body: '{"query": ' })],
    ['an operationName the document lacks', 'OPERATION_RESOLUTION_FAILURE', 400, () => graphql('query A { me { userId } }', undefined, { operationName: 'B' })],
    [
      'more aliases and root fields than a partner may use',
      'QUERY_TOO_COMPLEX',
      400,
      () => graphql(`{ ${Array.from({ length: 12 }, (_, i) => `m${i}: me { userId }`).join(' ')} }`),
    ],
    ['a body over 128 KB', 'PAYLOAD_TOO_LARGE', 413, () => graphql(`{ me { userId } } # ${'x'.repeat(140 * 1024)}`)],
    [
      'a body that is not JSON by its type',
      'UNSUPPORTED_MEDIA_TYPE',
      415,
      () => send({ headers: { 'content-type': 'text/plain' }, body: '{ me { userId } }' }),
    ],
    ['GraphQL over GET', 'METHOD_NOT_ALLOWED', 405, () => send({ method: 'GET', path: '/graphql?query=%7Bme%7BuserId%7D%7D' })],
  ];

  it.each(cases)('%s: %s, HTTP %d, a status the guide gives for that code', async (_name, code, status, request) => {
    const answer = await request();
    expect(answer).toEqual({ status, code });
    expect(statusesOf.get(code)).toContain(status);
  });

  it("another organisation's handoff: null without an error, HTTP 200 (the hub does not say it exists)", async () => {
    const all = await hub.query('{ handoffs(first: 100) { edges { node { id partner { id } } } } }');
    const foreign = (all.data.handoffs.edges as Array<{ node: { id: string; partner: { id: string } } }>).find(
      (edge) => edge.node.partner.id !== GGZ.organisationId,
    );
    const answer = await hub.as(GGZ).query('query ($id: UUID!) { handoff(id: $id) { id status } }', { id: foreign!.node.id });
    expect({ status: answer.status, data: answer.data, errors: answer.errors }).toEqual({ status: 200, data: { handoff: null }, errors: undefined });
  });

  it('a burst: RATE_LIMITED with a status the guide gives (run last: it empties the organisation bucket)', async () => {
    const headers = { authorization: `Bearer ${await hub.as({ ...GGZ, userId: 'guide-burst' }).token()}` };
    const answers = await Promise.all(Array.from({ length: 60 }, () => send({ headers, body: JSON.stringify({ query: '{ me { userId } }' }) })));
    const refused = answers.filter((answer) => answer.code === 'RATE_LIMITED');
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) expect(answer.status).toBe(429);
    expect(statusesOf.get('RATE_LIMITED')).toEqual([429]);
  });
});
