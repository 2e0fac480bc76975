import fs from 'node:fs';
import path from 'node:path';
import { CONTRACTS_DIR } from '@hub/gateway';
import { CALLERS_BY_ROLE, testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

/** GET /schema.graphql: the contract schema of the caller's own roles, through the running gateway. */
describe('the contract schema at the gateway', () => {
  let hub: TestStack;
  let schemaUrl: string;

  beforeAll(async () => {
    hub = await startTestStack();
    schemaUrl = new URL('/schema.graphql', hub.gatewayUrl).toString();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const get = async (headers: Record<string, string> = {}) => {
    const response = await fetch(schemaUrl, { headers });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  const bearer = async (caller: (typeof CALLERS_BY_ROLE)[keyof typeof CALLERS_BY_ROLE]) => ({ authorization: `Bearer ${await hub.as(caller).token()}` });

  it('gives a GGZ partner its checked-in contract, without the confidential address', async () => {
    const response = await get(await bearer(CALLERS_BY_ROLE['partner:ggz']));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.text).toBe(fs.readFileSync(path.join(CONTRACTS_DIR, 'partner-ggz.graphql'), 'utf8'));
    expect(response.text).not.toContain('confidentialAddress');
  });

  it("gives each caller its own roles' contract: staff sees the confidential address, a referrer its own file", async () => {
    const staff = await get(await bearer(testCallers.staff));
    expect(staff.status).toBe(200);
    expect(staff.text).toContain('confidentialAddress');
    const referrer = await get(await bearer(CALLERS_BY_ROLE.referrer));
    expect(referrer.text).toBe(fs.readFileSync(path.join(CONTRACTS_DIR, 'referrer.graphql'), 'utf8'));
  });

  it('answers 304 to a caller that holds the current one (ETag)', async () => {
    const headers = await bearer(CALLERS_BY_ROLE['partner:ggz']);
    const first = await get(headers);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    // fetch adds `cache-control: no-cache` to a conditional request unless one is given, and that asks for a full answer.
    const again = await get({ ...headers, 'if-none-match': etag!, 'cache-control': 'max-age=0' });
    expect(again.status).toBe(304);
  });

  it.each([
    ['no token', {}],
    ['a malformed token', { authorization: 'Bearer not-a-jwt' }],
    ['another scheme', { authorization: 'Basic c3RhZmY6c3RhZmY=' }],
  ])('refuses %s with 401 UNAUTHENTICATED in the error shape', async (_name, headers: Record<string, string>) => {
    const response = await get(headers);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(response.text)).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(response.text).not.toContain('type Query');
  });

  it('accepts GET only: another method is 405 with Allow', async () => {
    const response = await fetch(schemaUrl, { method: 'POST', headers: await bearer(testCallers.staff) });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
  });
});
