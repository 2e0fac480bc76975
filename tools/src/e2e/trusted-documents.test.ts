import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PartnerType, type Caller } from '@hub/common';
import { registerManifestAt } from '@hub/handoffs';
import { testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

// Hashes computed here with node's sha256, not by the code under test.
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const manifestOf = (...documents: string[]) => Object.fromEntries(documents.map((body) => [`sha256:${sha256(body)}`, body]));

const HANDOFFS = 'query GgzHandoffs($first: Int!) { handoffs(first: $first) { edges { node { id status } } } }';
const ME = 'query Me { me { userId roles } }';
const REGISTER_CLI = path.resolve(__dirname, '../cli/documents-register.js');
const run = promisify(execFile);
const REGISTER = `mutation($input: RegisterTrustedDocumentsInput!) { registerTrustedDocuments(input: $input) { documentIds registered alreadyRegistered } }`;

/** Trusted documents through the real gateway, enforced as in production (HubConfig.trustedDocumentsOnly). */
describe('trusted documents at the gateway', () => {
  let hub: TestStack;
  const ggz = testCallers.partnerOfType(PartnerType.GGZ);
  const referrer = testCallers.referrer(0);

  beforeAll(async () => {
    hub = await startTestStack({ trustedDocumentsOnly: true });
    // The module the CLI (`npm run documents:register`) writes through.
    await registerManifestAt(hub.databaseUrl, { name: 'ggz-portal', role: 'partner:ggz', manifest: manifestOf(HANDOFFS, ME) });
  });
  afterAll(async () => {
    await hub?.drop();
  });

  async function post(caller: Caller, body: Record<string, unknown>) {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.as(caller).token()}` },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    return { status: response.status, ...answer };
  }

  it('refuses a GGZ token its own (unregistered) document: 403 FORBIDDEN, reason TRUSTED_DOCUMENTS_ONLY', async () => {
    const answer = await post(ggz, { query: HANDOFFS.replace('GgzHandoffs', 'AdHoc'), variables: { first: 5 } });
    expect(answer.status).toBe(403);
    expect(answer.data).toBeUndefined();
    expect(answer.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TRUSTED_DOCUMENTS_ONLY' });
  });

  it('runs a registered document for the GGZ token by documentId, with its variables', async () => {
    const answer = await post(ggz, { documentId: `sha256:${sha256(HANDOFFS)}`, variables: { first: 5 }, operationName: 'GgzHandoffs' });
    expect(answer.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(answer.data.handoffs.edges.length).toBeGreaterThan(0);
    expect(answer.data.handoffs.edges.length).toBeLessThanOrEqual(5);
  });

  it("runs it by Apollo's extensions.persistedQuery too", async () => {
    const answer = await post(ggz, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(ME) } } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.me).toEqual({ userId: ggz.userId, roles: ['partner:ggz'] });
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const answer = await post(ggz, { documentId: `sha256:${sha256('query Never { me { userId } }')}` });
    expect(answer.status).toBe(404);
    expect(answer.errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it("gives a referrer the same not-found for the GGZ application's document: it is not told the document exists", async () => {
    const answer = await post(referrer, { documentId: `sha256:${sha256(ME)}` });
    expect(answer.status).toBe(404);
    expect(answer.errors![0]).toMatchObject({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    const unknown = await post(referrer, { documentId: `sha256:${sha256('query Other { me { userId } }')}` });
    expect(unknown.errors![0].message).toBe(answer.errors![0].message);
  });

  it('refuses a malformed id, and an id beside a query, with BAD_REQUEST', async () => {
    const malformed = await post(ggz, { documentId: 'sha1:abc' });
    expect(malformed.status).toBe(400);
    expect(malformed.errors![0].extensions!.code).toBe('BAD_REQUEST');
    const both = await post(ggz, { documentId: `sha256:${sha256(ME)}`, query: ME });
    expect(both.errors![0].extensions!.code).toBe('BAD_REQUEST');
  });

  it('lets staff run documents of their own, registering through the staff-only mutation; a GGZ token may use the new document at once', async () => {
    const accepted = 'query Accepted { handoffs(first: 3) { edges { node { id status purpose } } } }';
    const registered = await post(testCallers.staff, {
      query: REGISTER,
      variables: { input: { application: 'ggz-portal', ownerRole: 'partner:ggz', manifest: JSON.stringify(manifestOf(accepted, ME)) } },
    });
    expect(registered.errors).toBeUndefined();
    expect(registered.data.registerTrustedDocuments).toEqual({
      documentIds: [`sha256:${sha256(accepted)}`, `sha256:${sha256(ME)}`],
      registered: 1,
      alreadyRegistered: 1,
    });
    const answer = await post(ggz, { documentId: `sha256:${sha256(accepted)}` });
    expect(answer.errors).toBeUndefined();
    expect(Array.isArray(answer.data.handoffs.edges)).toBe(true);
  });

  it('`npm run documents:register` registers a manifest file, and refuses one selecting Client.riskLevel for GGZ naming the field', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'documents-'));
    const write = (name: string, manifest: Record<string, string>) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, JSON.stringify(manifest));
      return file;
    };
    const env = { ...process.env, DATABASE_URL: hub.databaseUrl };
    const fromCli = 'query FromCli { me { userId } }';
    const good = write('good.json', manifestOf(fromCli));
    const args = ['--application', 'ggz-cli', '--role', 'partner:ggz'];
    const done = await run(process.execPath, [REGISTER_CLI, good, ...args], { env });
    expect(done.stdout).toMatch(/^application ggz-cli \([0-9a-f-]{36}\), for partner:ggz\n1 documents registered, 0 already registered\n$/);
    const again = await run(process.execPath, [REGISTER_CLI, good, ...args], { env });
    expect(again.stdout).toContain('0 documents registered, 1 already registered');
    const risky = write('risky.json', manifestOf('query Risk { handoffs(first: 1) { edges { node { client { riskLevel } } } } }'));
    await expect(run(process.execPath, [REGISTER_CLI, risky, '--application', 'ggz-risky', '--role', 'partner:ggz'], { env })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /BAD_USER_INPUT FIELD_NOT_ALLOWED: .*partner:ggz may not select Client\.riskLevel \(at handoffs\.edges\.node\.client\.riskLevel\)/,
      ),
    });
    const answer = await post(ggz, { documentId: `sha256:${sha256(fromCli)}` });
    expect(answer.data).toEqual({ me: { userId: ggz.userId } });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
