import { randomUUID } from 'node:crypto';
import { clientsSubgraph } from '@hub/testing/peers';
import { DEMO_CLIENTS, demoId } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { referralsSubgraph } from './subgraph';
import { codeOf, submitOk } from './referral-test-support';

const LINK = `mutation ($input: LinkReferralClientInput!) { linkReferralClient(input: $input) { id client { id } } }`;

describe('referral lists, intake linking and batching', () => {
  let hub: TestSubgraphs;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, referralsSubgraph]);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  const list = async (args: string) => {
    const response = await hub.query('referrals', `{ referrals(first: 100${args}) { edges { node { id status region overdue } } } }`, {}, testCallers.staff);
    expect(response.errors).toBeUndefined();
    return response.data.referrals.edges.map((e: any) => e.node) as Array<{ id: string; status: string; region: string; overdue: boolean }>;
  };

  it('filters overdue in SQL, agreeing with the derived overdue flag', async () => {
    const all = await list('');
    const overdue = await list(', overdue: true');
    const onTime = await list(', overdue: false');
    expect(overdue.length).toBe(5); // the seed's REQUESTED/RECEIVED referrals past their contact-due period (URGENT a day, ROUTINE a week)
    expect(overdue.every((r) => r.overdue)).toBe(true);
    expect(onTime.every((r) => !r.overdue)).toBe(true);
    expect(overdue.length + onTime.length).toBe(all.length);
    expect(new Set(overdue.map((r) => r.id))).toEqual(new Set(all.filter((r) => r.overdue).map((r) => r.id)));
  });

  it('filters by status and region, combined with AND', async () => {
    const all = await list('');
    const onHold = await list(', status: [ON_HOLD]');
    expect(onHold.length).toBe(all.filter((r) => r.status === 'ON_HOLD').length);
    const twenteOpen = await list(', status: [REQUESTED, RECEIVED], region: TWENTE');
    expect(twenteOpen.length).toBeGreaterThan(0);
    expect(twenteOpen).toEqual(all.filter((r) => r.region === 'TWENTE' && ['REQUESTED', 'RECEIVED'].includes(r.status)));
    const overdueTwente = await list(', overdue: true, region: TWENTE');
    expect(overdueTwente).toEqual(all.filter((r) => r.region === 'TWENTE' && r.overdue));
  });

  it('every seeded referral has a history from its submission to its current status', async () => {
    const response = await hub.query(
      'referrals',
      `{ referrals(first: 100) { edges { node { kind status referredPerson { name } history { from to reason } } } } }`,
      {},
      testCallers.staff,
    );
    for (const { node } of response.data.referrals.edges) {
      expect(node.history[0]).toMatchObject({ from: null, to: 'REQUESTED' });
      expect(node.history.at(-1).to).toBe(node.status);
      expect(node.referredPerson === null).toBe(node.kind === 'CONSULTATION');
    }
  });

  it('costs the same SQL for 5 or 20 referrals with history and service availability (no N+1)', async () => {
    const queries = hub.servers.referrals!.queries;
    const countFor = async (first: number) => {
      queries.reset();
      const response = await hub.query(
        'referrals',
        `{ referrals(first: ${first}) { edges { node { id history { to side } serviceAvailability { waitingTimeWeeksMin contact } } } } }`,
        {},
        testCallers.staff,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data.referrals.edges).toHaveLength(first);
      return queries.count;
    };
    const five = await countFor(5);
    const twenty = await countFor(20);
    expect(twenty).toBe(five);
    expect(five).toBeLessThanOrEqual(3);
  });

  describe('linkReferralClient', () => {
    const link = (referralId: string, clientId: string, caller = testCallers.intake) =>
      hub.query('referrals', LINK, { input: { referralId, clientId } }, caller);
    const clientIdOf = async (id: string) =>
      (await hub.servers.referrals!.orm.em.fork().getConnection().execute('select client_id from referrals.referral where id = ?', [id]))[0].client_id;

    it('links an unmatched referral to a client, and accepts the same link again', async () => {
      const referral = await submitOk(hub, testCallers.referrer(2));
      const clientId = DEMO_CLIENTS[30].id;
      const linked = await link(referral.id, clientId);
      expect(linked.errors).toBeUndefined();
      expect(linked.data.linkReferralClient).toEqual({ id: referral.id, client: { id: clientId } });
      expect((await link(referral.id, clientId)).errors).toBeUndefined();
      expect(await clientIdOf(referral.id)).toBe(clientId);
    });

    it('refuses another client (CONFLICT), a consultation (BAD_USER_INPUT), a referrer (FORBIDDEN), an unknown referral (NOT_FOUND)', async () => {
      const linkedSeed = demoId('referral', 0); // seeded with DEMO_CLIENTS[0]
      const conflict = await link(linkedSeed, DEMO_CLIENTS[31].id);
      expect(codeOf(conflict)).toBe('CONFLICT');
      expect(await clientIdOf(linkedSeed)).toBe(DEMO_CLIENTS[0].id);

      const consultation = demoId('referral', 3);
      const anonymous = await link(consultation, DEMO_CLIENTS[31].id);
      expect(codeOf(anonymous)).toBe('BAD_USER_INPUT');
      expect(await clientIdOf(consultation)).toBeNull();

      const unmatched = demoId('referral', 1);
      expect(codeOf(await link(unmatched, DEMO_CLIENTS[31].id, testCallers.referrer(2)))).toBe('FORBIDDEN');
      expect(await clientIdOf(unmatched)).toBeNull();

      expect(codeOf(await link('00000000-0000-4000-8000-000000000000', DEMO_CLIENTS[31].id))).toBe('NOT_FOUND');
      const malformed = await link(unmatched, 'nope');
      expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
      expect(malformed.errors![0].extensions).toMatchObject({ field: 'clientId' });
    });

    it('refuses a client the clients subgraph does not know (NOT_FOUND); nothing is written', async () => {
      const unmatched = await submitOk(hub, testCallers.referrer(2));
      const unknownClient = randomUUID();
      const refused = await link(unmatched.id, unknownClient);
      expect(codeOf(refused)).toBe('NOT_FOUND');
      expect(refused.errors![0]).toMatchObject({ message: 'client was not found', extensions: { field: 'clientId' } });
      expect(refused.data?.linkReferralClient ?? null).toBeNull();
      expect(await clientIdOf(unmatched.id)).toBeNull();

      // An already linked referral keeps its client.
      const linkedSeed = demoId('referral', 0);
      expect(codeOf(await link(linkedSeed, unknownClient, testCallers.staff))).toBe('NOT_FOUND');
      expect(await clientIdOf(linkedSeed)).toBe(DEMO_CLIENTS[0].id);
    });
  });
});
