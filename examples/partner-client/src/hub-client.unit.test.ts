import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AddHandoffNoteDocument, HandoffDocument } from './gql/graphql';
import { createHubClient, type ClientEvent, type HubClientOptions } from './hub-client';
import { ForbiddenError } from './hub-errors';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../src/gql/persisted-documents.json'), 'utf8')) as Record<string, string>;
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: { query?: string; operationName?: string; variables?: unknown; extensions?: { persistedQuery?: { version: number; sha256Hash: string } } };
}

/** A fetch that records what the client sends and answers with the given responses in turn (no network). */
function recordingFetch(answers: Array<() => Response>) {
  const sent: Sent[] = [];
  const fetchFn = async (url: string | URL | Request, init?: RequestInit) => {
    sent.push({
      url: url instanceof Request ? url.url : String(url),
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: JSON.parse(init?.body as string) as Sent['body'],
    });
    return answers[Math.min(sent.length - 1, answers.length - 1)]();
  };
  return { sent, fetch: fetchFn };
}

const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function client(fetchFn: typeof fetch, extra: Partial<HubClientOptions> = {}) {
  return createHubClient({ url: 'http://hub.invalid/graphql', getToken: async () => 'token-1', fetch: fetchFn, ...extra });
}

describe('the hub client on the wire', () => {
  it('sends queries and mutations as POST with only the codegen hash (Apollo persisted-query form), never the text', async () => {
    const wire = recordingFetch([json({ data: { handoff: null } }), json({ data: { addHandoffNote: { id: ID, createdAt: '2026-12-01T00:00:00Z' } } })]);
    const hub = client(wire.fetch);
    expect(await hub.request(HandoffDocument, { id: ID })).toEqual({ handoff: null });
    await hub.request(AddHandoffNoteDocument, { input: { handoffId: ID, text: 'First appointment on Tuesday.' } });

    expect(wire.sent.map((s) => [s.method, s.body.operationName])).toEqual([
      ['POST', 'Handoff'],
      ['POST', 'AddHandoffNote'],
    ]);
    for (const { headers, body } of wire.sent) {
      expect(headers.authorization).toBe('Bearer token-1');
      expect(body.query).toBeUndefined();
      const hash = body.extensions!.persistedQuery!.sha256Hash;
      expect(body.extensions!.persistedQuery).toEqual({ version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      // The hash is the one in the manifest Kadera registers, and the sha256 of that document's text.
      const text = manifest[`sha256:${hash}`];
      expect(text).toContain(`${body.operationName}(`);
      expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
    }
  });

  it('with sendQueryText sends the document text and no persisted-query extension', async () => {
    const wire = recordingFetch([json({ data: { handoff: null } })]);
    await client(wire.fetch, { sendQueryText: true }).request(HandoffDocument, { id: ID });
    expect(wire.sent).toHaveLength(1);
    expect(wire.sent[0].body.query).toContain('query Handoff($id: UUID!)');
    expect(wire.sent[0].body.extensions?.persistedQuery).toBeUndefined();
    expect(wire.sent[0].body.variables).toEqual({ id: ID });
  });

  it('does not retry FORBIDDEN (HTTP 403): a bug in the client, thrown as ForbiddenError', async () => {
    const wire = recordingFetch([json({ errors: [{ message: 'Handoff.client.riskLevel may not be selected', extensions: { code: 'FORBIDDEN' } }] }, 403)]);
    const events: ClientEvent[] = [];
    const run = client(wire.fetch, { onEvent: (e) => events.push(e) }).request(HandoffDocument, { id: ID });
    await expect(run).rejects.toThrow(ForbiddenError);
    await expect(run).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(wire.sent).toHaveLength(1);
    expect(events).toEqual([]);
  });
});
