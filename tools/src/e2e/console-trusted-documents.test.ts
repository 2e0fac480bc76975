import { DEMO_CLIENTS } from '@hub/common';
import { testCallers } from '@hub/testing';
import type { Request } from 'playwright-core';
import { consoleSuite, describeInBrowser, openConsole, signIn } from '../console/browser-session';
import { consoleManifests, registerConsoleDocuments } from '../console/console-documents';

const ggz = testCallers.partnerOfType('GGZ');
const CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const CREATE = `mutation ($input: CreateHandoffInput!) { createHandoff(input: $input) { id } }`;
/** The gateway remembers an unknown hash this long (trusted-documents.ts): a fresh registration is seen after it. */
const UNKNOWN_HASH_CACHE_MS = 5_000;

const bodiesOf = (requests: Request[]) =>
  requests.filter((r) => r.url().endsWith('/graphql') && r.method() === 'POST').map((r) => JSON.parse(r.postData() ?? '{}') as Record<string, any>);

describeInBrowser('the console under TRUSTED_DOCUMENTS_ONLY: its documents by hash, registered per role', () => {
  const suite = consoleSuite(() => ({ trustedDocumentsOnly: true }));
  let handoffId: string;

  beforeAll(async () => {
    const input = { clientId: DEMO_CLIENTS[0].id, partnerOrganisationId: ggz.organisationId, categories: ['IDENTITY'], purpose: 'Console trusted documents' };
    expect((await suite.hub.query(CONSENT, { input: { ...input, validUntil: '2099-12-31' } })).errors).toBeUndefined();
    const created = await suite.hub.query(CREATE, { input: { ...input, priority: 'ROUTINE' } });
    expect(created.errors).toBeUndefined();
    handoffId = created.data.createHandoff.id;
  });

  it('unregistered, a GGZ partner is told in words that the console is not registered; registered (documents:register-console), its inbox works by hash alone', async () => {
    // Not registered: the hash is unknown (404), the text is refused for a partner role (403, TRUSTED_DOCUMENTS_ONLY):
    // the console says its documents are not registered (the words for PERSISTED_QUERY_NOT_FOUND).
    let session = await openConsole(suite.browser, suite.hub);
    let requests: Request[] = [];
    session.page.on('request', (request) => void requests.push(request));
    try {
      await signIn(session.page, 'partner:ggz');
      await session.page
        .locator('p[role="alert"][data-code="PERSISTED_QUERY_NOT_FOUND"]', { hasText: 'Deze versie van de console is niet bij de hub geregistreerd.' })
        .waitFor();
      const [byHash, byText] = bodiesOf(requests);
      expect(byHash.extensions.persistedQuery).toEqual({ version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(byHash.query).toBeUndefined();
      expect(byText.query).toMatch(/^query Me/);
      expect(await session.page.content()).not.toMatch(/TRUSTED_DOCUMENTS_ONLY|"errors"|at \w+ \(/);
    } finally {
      await session.context.close();
    }

    const results = await registerConsoleDocuments(suite.hub.databaseUrl);
    const ggzApplication = results.find((r) => r.role === 'partner:ggz')!;
    expect(ggzApplication.application.name).toBe('kadera-console/partner:ggz');
    expect(ggzApplication.documentIds.sort()).toEqual(Object.keys(consoleManifests().get('partner:ggz')!).sort());
    // Registering again changes nothing.
    expect((await registerConsoleDocuments(suite.hub.databaseUrl)).every((r) => r.registered === 0)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, UNKNOWN_HASH_CACHE_MS + 500));

    session = await openConsole(suite.browser, suite.hub);
    requests = [];
    session.page.on('request', (request) => void requests.push(request));
    try {
      await signIn(session.page, 'partner:ggz');
      await session.page.getByRole('heading', { name: 'Overdrachten' }).waitFor();
      await session.page.locator(`tr[data-handoff-id="${handoffId}"]`).waitFor();
      const bodies = bodiesOf(requests);
      expect(bodies.length).toBeGreaterThanOrEqual(2);
      for (const body of bodies) {
        expect(body.query).toBeUndefined();
        expect(body.extensions.persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
      }
      expect(session.problems).toEqual([]);
    } finally {
      await session.context.close();
    }
  });

  it("registers for each role only that role's operations: a partner's token cannot run the referrals list by its hash", async () => {
    await registerConsoleDocuments(suite.hub.databaseUrl);
    const staffHashes = Object.entries(consoleManifests().get('staff')!);
    const [listHash] = staffHashes.find(([, body]) => body.startsWith('query ReferralsList'))!;
    const token = await suite.hub.as(ggz).token();
    const answer = await fetch(suite.hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ documentId: listHash, variables: {} }),
    });
    expect(answer.status).toBe(404);
    expect(((await answer.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
