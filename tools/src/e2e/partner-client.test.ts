import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEMO_CLIENTS } from '@hub/common';
import { registerManifestAt } from '@hub/handoffs';
import { AWAITING_RESPONSE } from '@hub/handoffs/dist/handoff.workflow';
import { testCallers } from '@hub/testing';
import {
  AWAITING_OUR_RESPONSE,
  ForbiddenError,
  initialPollState,
  PersistedDocumentsError,
  RateLimitedError,
  runGgzFlow,
  UnauthenticatedError,
  type ClientEvent,
  type GgzFlowOptions,
} from 'kadera-ggz-partner-client';
import { startTestStack, type TestStack } from '../testing/test-stack';

/** The example's persisted documents as its codegen wrote them: what a GGZ partner hands Kadera to register. */
const MANIFEST = fs.readFileSync(
  path.join(path.dirname(require.resolve('kadera-ggz-partner-client/package.json')), 'src/gql/persisted-documents.json'),
  'utf8',
);

/** A hub as in production: partner roles may run only registered documents (TRUSTED_DOCUMENTS_ONLY). */
async function productionLikeHub(overrides: Parameters<typeof startTestStack>[0] = {}, register = true): Promise<TestStack> {
  const hub = await startTestStack({ trustedDocumentsOnly: true, ...overrides });
  if (register) await registerManifestAt(hub.databaseUrl, { name: 'ggz-example-client', role: 'partner:ggz', manifest: MANIFEST });
  return hub;
}

const ggz = testCallers.partnerOfType('GGZ');
const CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const CREATE = `mutation ($input: CreateHandoffInput!) { createHandoff(input: $input) { id status } }`;
const TRANSITION = `mutation ($input: TransitionHandoffInput!) { transitionHandoff(input: $input) { status } }`;
const READ = `query ($id: UUID!) { handoff(id: $id) {
  status outcome { successful reasonCode } notes { authorSide authorOrganisationId text } history { from to side } } }`;

let nextClient = 0;
/** Kadera staff hand a demo client off to the first GGZ demo organisation, with the consent it needs. */
async function handOff(hub: TestStack): Promise<string> {
  const clientId = DEMO_CLIENTS[nextClient++].id;
  const partnerOrganisationId = ggz.organisationId!;
  const consent = await hub.query(CONSENT, {
    input: { clientId, partnerOrganisationId, categories: ['IDENTITY', 'HEALTH_SCREENING'], purpose: 'Diagnostic screening', validUntil: '2099-12-31' },
  });
  expect(consent.errors).toBeUndefined();
  const created = await hub.query(CREATE, {
    input: { clientId, partnerOrganisationId, categories: ['IDENTITY', 'HEALTH_SCREENING'], purpose: 'Diagnostic screening', priority: 'ROUTINE' },
  });
  expect(created.errors).toBeUndefined();
  expect(created.data.createHandoff.status).toBe('REQUESTED');
  return created.data.createHandoff.id;
}

/** The example client's options against this stack, with a fresh GGZ token and its events recorded. */
function flowOptions(hub: TestStack, events: ClientEvent[], extra: Partial<GgzFlowOptions> = {}): GgzFlowOptions {
  return {
    url: hub.gatewayUrl,
    getToken: () => hub.as(ggz).token(),
    state: initialPollState(new Date().toISOString()),
    onEvent: (event) => events.push(event),
    ...extra,
  };
}

/** Issue 14 item 3: the example GGZ partner client (examples/partner-client) against the whole hub over HTTP. */
describe('the example GGZ partner client against a test hub', () => {
  it("answers the handoffs the hub waits on, as the hub's state machine says (the example cannot import it)", () => {
    expect([...AWAITING_OUR_RESPONSE].sort()).toEqual([...AWAITING_RESPONSE].sort());
  });

  let hub: TestStack;
  beforeAll(async () => {
    hub = await productionLikeHub();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  it('sees a new handoff, acknowledges, accepts, notes and completes it; a second run with the saved state sees nothing new', async () => {
    const events: ClientEvent[] = [];
    const options = flowOptions(hub, events);
    const id = await handOff(hub);

    const report = await runGgzFlow(options);
    expect(report.seen).toEqual([{ id, status: 'REQUESTED', updatedAt: expect.any(String) }]);
    expect(report).toMatchObject({ accepted: [id], rejected: [], completed: [id], movedByOthers: [] });
    expect(report.state.updatedSince).toBe(options.state.updatedSince);
    expect(report.state.after).toEqual(expect.any(String));
    expect(events).toEqual([]);

    // Read back as Kadera staff.
    const { data } = await hub.query(READ, { id });
    expect(data.handoff.status).toBe('COMPLETED');
    expect(data.handoff.outcome).toEqual({ successful: true, reasonCode: 'GOAL_REACHED' });
    expect(data.handoff.notes).toEqual([{ authorSide: 'PARTNER', authorOrganisationId: ggz.organisationId, text: expect.stringContaining('Accepted') }]);
    expect(data.handoff.history).toEqual([
      { from: null, to: 'REQUESTED', side: 'KADERA' },
      { from: 'REQUESTED', to: 'RECEIVED', side: 'PARTNER' },
      { from: 'RECEIVED', to: 'ACCEPTED', side: 'PARTNER' },
      { from: 'ACCEPTED', to: 'IN_PROGRESS', side: 'PARTNER' },
      { from: 'IN_PROGRESS', to: 'COMPLETED', side: 'PARTNER' },
    ]);

    const again = await runGgzFlow({ ...options, state: report.state });
    expect(again).toMatchObject({ seen: [], accepted: [], completed: [], movedByOthers: [], state: report.state });
    // A change by Kadera after that run is seen by the next one, once.
    await hub.query(TRANSITION, { input: { handoffId: id, to: 'ENTERED_IN_ERROR', reason: 'Recorded for the wrong client' } });
    const third = await runGgzFlow({ ...options, state: again.state });
    expect(third.seen).toEqual([{ id, status: 'ENTERED_IN_ERROR', updatedAt: expect.any(String) }]);
    expect(third.accepted).toEqual([]);
  });

  it('handles a conflict: Kadera cancels the handoff while the partner decides; the client re-reads it and leaves it', async () => {
    const events: ClientEvent[] = [];
    const since = initialPollState(new Date().toISOString());
    const id = await handOff(hub);
    const report = await runGgzFlow(
      flowOptions(hub, events, {
        state: since,
        decide: async () => {
          const cancelled = await hub.query(TRANSITION, { input: { handoffId: id, to: 'CANCELLED', reason: 'Client moved out of the region' } });
          expect(cancelled.data.transitionHandoff.status).toBe('CANCELLED');
          return { accept: true };
        },
      }),
    );
    expect(report).toMatchObject({ accepted: [], completed: [], movedByOthers: [{ id, status: 'CANCELLED' }] });
    const { data } = await hub.query(READ, { id });
    expect(data.handoff.status).toBe('CANCELLED');
    expect(data.handoff.history.map((h: { to: string }) => h.to)).toEqual(['REQUESTED', 'RECEIVED', 'CANCELLED']);
    expect(data.handoff.notes).toEqual([]);
    // Nothing left over for the next run: the cancellation was read when resolving the conflict.
    expect((await runGgzFlow(flowOptions(hub, events, { state: report.state }))).seen).toEqual([]);
    expect(events).toEqual([]);
  });

  it('refreshes a refused token once and goes on; a token refused twice ends in UnauthenticatedError', async () => {
    const good = await hub.as(ggz).token();
    const asked: boolean[] = [];
    const events: ClientEvent[] = [];
    const recovered = await runGgzFlow(
      flowOptions(hub, events, {
        getToken: async ({ refresh }) => {
          asked.push(refresh);
          return refresh ? good : 'expired.or.garbage';
        },
      }),
    );
    expect(recovered.seen).toEqual([]);
    expect(asked).toEqual([false, true]);
    expect(events).toEqual([{ type: 'token-refreshed' }]);

    asked.length = 0;
    const failed = runGgzFlow(
      flowOptions(hub, [], {
        getToken: async ({ refresh }) => {
          asked.push(refresh);
          return 'expired.or.garbage';
        },
      }),
    );
    await expect(failed).rejects.toThrow(UnauthenticatedError);
    await expect(failed).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(asked).toEqual([false, true]);
  });

  it('runs as a CLI: the token from the environment, the state in a file; a refused token exits with 2', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ggz-cli-'));
    const stateFile = path.join(dir, 'state.json');
    // The first run (no state file yet) reads what changed from here on.
    const since = new Date().toISOString();
    const cli = async (token: string) => {
      const args = [require.resolve('kadera-ggz-partner-client/dist/main.js'), '--url', hub.gatewayUrl, '--state-file', stateFile];
      args.push('--since', since);
      try {
        const { stdout } = await promisify(execFile)(process.execPath, args, { env: { ...process.env, KADERA_HUB_TOKEN: token } });
        return { code: 0, stdout };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
      }
    };
    try {
      const id = await handOff(hub);
      const first = await cli(await hub.as(ggz).token());
      expect(first.code).toBe(0);
      expect(JSON.parse(first.stdout)).toMatchObject({ completed: [id], movedByOthers: [] });
      expect(JSON.parse(fs.readFileSync(stateFile, 'utf8'))).toEqual({ updatedSince: expect.any(String), after: expect.any(String) });
      const second = await cli(await hub.as(ggz).token());
      expect(JSON.parse(second.stdout)).toMatchObject({ seen: [], completed: [] });
      const refused = await cli('expired.or.garbage');
      expect(refused).toMatchObject({ code: 2, stdout: '' });
      expect(refused.stderr).toContain('UnauthenticatedError');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("sending the documents' text instead of their hashes is refused: FORBIDDEN, not retried", async () => {
    const events: ClientEvent[] = [];
    const run = runGgzFlow(flowOptions(hub, events, { sendQueryText: true }));
    await expect(run).rejects.toThrow(ForbiddenError);
    await expect(run).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(events).toEqual([]);
  });
});

describe('the example GGZ partner client against a hub that has not registered its documents', () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await productionLikeHub({}, false);
  });
  afterAll(async () => {
    await hub?.drop();
  });

  it('an unregistered document is a deployment error (PERSISTED_QUERY_NOT_FOUND), not retried', async () => {
    const events: ClientEvent[] = [];
    const run = runGgzFlow(flowOptions(hub, events));
    await expect(run).rejects.toThrow(PersistedDocumentsError);
    await expect(run).rejects.toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(events).toEqual([]);
  });
});

// A tenth of the rate-limit table: a GGZ user's bucket holds a few requests and refills one a second.
describe('the example GGZ partner client against a rate-limited hub', () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await productionLikeHub({ rateLimitScale: 0.1 });
  });
  afterAll(async () => {
    await hub?.drop();
  });

  /** Empties the GGZ user's bucket: a burst until the gateway answers 429. */
  async function drain() {
    const authorization = `Bearer ${await hub.as(ggz).token()}`;
    const statuses = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const response = await fetch(hub.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({ query: '{ me { userId } }' }),
        });
        await response.text();
        return response.status;
      }),
    );
    expect(statuses).toContain(429);
  }

  it('waits as Retry-After says and completes the flow', async () => {
    const events: ClientEvent[] = [];
    const options = flowOptions(hub, events);
    const id = await handOff(hub);
    await drain();
    const started = Date.now();
    const report = await runGgzFlow(options);
    expect(report).toMatchObject({ accepted: [id], completed: [id], movedByOthers: [] });
    const waits = events.filter((e) => e.type === 'rate-limited');
    expect(waits.length).toBeGreaterThan(0);
    for (const wait of waits) expect(wait.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(waits.reduce((sum, w) => sum + w.retryAfterSeconds * 1000, 0));
    expect((await hub.query(READ, { id })).data.handoff.status).toBe('COMPLETED');
  });

  it('reports RateLimitedError with the time to come back when it may not wait', async () => {
    await drain();
    const run = runGgzFlow(flowOptions(hub, [], { maxRateLimitRetries: 0 }));
    await expect(run).rejects.toThrow(RateLimitedError);
    await expect(run).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(((await run.catch((e: unknown) => e)) as RateLimitedError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });
});
