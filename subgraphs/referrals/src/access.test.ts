import { buildFederatedSchema, DEMO_REFERRERS, fieldRulesOf, KADERA_ROLES, POLICY, ROLES, type Caller, type RequestContext } from '@hub/common';
import { CALLERS_BY_ROLE, checkExportPart, startTestSubgraphs, type SubgraphResponse, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import { referralsPolicies } from './access-policies';
import { referralsSubgraph } from './subgraph';
import { consultationInput, REFERRAL_FIELDS, REFERRER_FIELDS, referralInput, submitOk, withKey } from './referral-test-support';

const AVAILABILITY_FIELDS = 'id region service acceptingNewClients waitingTimeWeeksMin waitingTimeWeeksMax note contact updatedAt';

/** Every Referral field a referrer must not read, each with a selection that reaches it. */
const KADERA_ONLY_REFERRAL_FIELDS = [
  'kind',
  'region',
  'priority',
  'fundingStream',
  'sourceType',
  'formsOfAbuse',
  'municipalityCode',
  'referrerOrganisationId',
  'referrerOrganisationName',
  'referrerContactName',
  'referrerContactPhone',
  'referrerContactEmail',
  'referredPerson { name }',
  'createdAt',
  'updatedAt',
  'client { id }',
  'service',
  'serviceAvailability { region }',
];
const KADERA_ONLY_HISTORY_FIELDS = ['id', 'changedByUserId', 'changedByOrganisationId', 'side', 'reason'];

const ONE = (fields: string) => `query ($id: UUID!) { referral(id: $id) { ${fields} } }`;
const SEARCH = (filters: string, fields: string) => `{ searchReferrals(${filters}, first: 100) { totalCount edges { node { ${fields} } } } }`;
const LIST = (fields: string, args = '') => `{ referrals(first: 100${args}) { edges { node { ${fields} } } pageInfo { hasNextPage endCursor } } }`;

/** The value at an error's path, null as soon as any step on the way is null. */
function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let value: any = data;
  for (const step of path) {
    if (value === null || value === undefined) return null;
    value = value[step];
  }
  return value ?? null;
}

/** The response carries exactly one error, FORBIDDEN at `path`, and no data there. */
function expectForbiddenAt(response: SubgraphResponse, path: ReadonlyArray<string | number>) {
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors! as Array<{ path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  expect(error.extensions?.code).toBe('FORBIDDEN');
  expect(error.path).toEqual(path);
  expect(valueAt(response.data, path)).toBeNull();
}

describe('field and row access in the referrals subgraph', () => {
  let hub: TestSubgraphs;
  /** Every referral id per referring organisation id, as Kadera sees them. */
  let byOrganisation: Map<string | null, string[]>;

  const query = (text: string, caller: Caller, variables: Record<string, unknown> = {}) => hub.query('referrals', text, variables, caller);

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, referralsSubgraph]);
    // Both have seeded referrals; one submitted through the API each means the test does not rest on the seed's spread alone.
    for (const index of [0, 1]) {
      await submitOk(hub, testCallers.referrer(index), referralInput({ referrerOrganisationName: DEMO_REFERRERS[index].name }));
    }
    const all = await query(LIST('id referrerOrganisationId'), testCallers.staff);
    expect(all.errors).toBeUndefined();
    byOrganisation = new Map();
    for (const { node } of all.data.referrals.edges) {
      byOrganisation.set(node.referrerOrganisationId, [...(byOrganisation.get(node.referrerOrganisationId) ?? []), node.id]);
    }
  });
  afterAll(async () => {
    await hub?.stop();
  });

  const ownIds = (index: number) => byOrganisation.get(DEMO_REFERRERS[index].id) ?? [];

  it('the right of access part (referralsDataExport): staff only; every referral of one client with its status history, nothing of another', async () => {
    const part = await checkExportPart(
      hub,
      'referrals',
      `select id, client_id from referrals.referral where client_id is not null
       union all select c.id, r.client_id from referrals.referral_status_change c join referrals.referral r on r.id = c.referral_id where r.client_id is not null`,
    );
    for (const referral of part.referrals) expect(referral.statusHistory.length).toBeGreaterThan(0);
  });

  it("every field of every object type carries @requiresScopes (fail closed), except Federation's entry points", async () => {
    const rules = fieldRulesOf(await buildFederatedSchema(referralsSubgraph));
    const federation = ['Query._service', 'Query._entities', '_Service.sdl'];
    const undeclared = [...rules].filter(([coordinate, rule]) => !federation.includes(coordinate) && !rule.scopes?.length);
    expect(undeclared.map(([coordinate]) => coordinate)).toEqual([]);
    expect(rules.get('Referral.status')).toMatchObject({ scopes: [['staff'], ['intake'], ['shelter'], ['referrer']], policies: [[POLICY.ownReferral]] });
    expect(rules.get('Referral.referredPerson')).toMatchObject({ scopes: [['staff'], ['intake'], ['shelter']] });
    expect(rules.get('Referral.referredPerson')!.policies).toBeUndefined();
    // Intake's contact queue is Kadera's alone, every part of its connection too.
    const kadera = [['staff'], ['intake'], ['shelter']];
    for (const coordinate of [
      'Query.referralContactQueue',
      'ReferralContactQueueConnection.edges',
      'ReferralContactQueueConnection.pageInfo',
      'ReferralContactQueueConnection.totalCount',
      'ReferralContactQueueEdge.cursor',
      'ReferralContactQueueEdge.node',
    ]) {
      expect([coordinate, rules.get(coordinate)]).toEqual([coordinate, expect.objectContaining({ scopes: kadera })]);
      expect(rules.get(coordinate)!.policies).toBeUndefined();
    }
  });

  describe.each([
    ['staff', testCallers.staff],
    ['intake', testCallers.intake],
    ['shelter', testCallers.shelter],
  ])('Kadera (%s)', (_role, caller) => {
    it('reads every referral with every field, whoever submitted it', async () => {
      const list = await query(LIST(REFERRAL_FIELDS), caller);
      expect(list.errors).toBeUndefined();
      const ids = list.data.referrals.edges.map((e: any) => e.node.id);
      expect(new Set(ids)).toEqual(new Set([...byOrganisation.values()].flat()));
      expect(new Set(list.data.referrals.edges.map((e: any) => e.node.referrerOrganisationId)).size).toBeGreaterThan(2);
      const one = await query(ONE(REFERRAL_FIELDS), caller, { id: ownIds(0)[0] });
      expect(one.errors).toBeUndefined();
      expect(one.data.referral).toMatchObject({ id: ownIds(0)[0], referrerOrganisationId: DEMO_REFERRERS[0].id });
      expect(one.data.referral.history[0]).toMatchObject({ from: null, to: 'REQUESTED', side: 'REFERRER' });
    });

    it('reads the contact queue, with every field of its referrals', async () => {
      const response = await query(`{ referralContactQueue(withinDays: 7, first: 100) { totalCount edges { node { ${REFERRAL_FIELDS} } } } }`, caller);
      expect(response.errors).toBeUndefined();
      expect(response.data.referralContactQueue.totalCount).toBeGreaterThan(0);
    });

    it('reads service availability', async () => {
      const response = await query(`{ serviceAvailability { ${AVAILABILITY_FIELDS} } }`, caller);
      expect(response.errors).toBeUndefined();
      expect(response.data.serviceAvailability).toHaveLength(12);
    });

    it('searches referrals by referring organisation, across every organisation, with every field', async () => {
      const response = await query(SEARCH(`referrerOrganisationId: "${DEMO_REFERRERS[1].id}"`, REFERRAL_FIELDS), caller);
      expect(response.errors).toBeUndefined();
      expect(new Set(response.data.searchReferrals.edges.map((e: any) => e.node.id))).toEqual(new Set(ownIds(1)));
      expect(response.data.searchReferrals.totalCount).toBe(ownIds(1).length);
    });
  });

  describe.each([0, 1])('referrer %i', (index) => {
    const referrer = testCallers.referrer(index);
    const other = 1 - index;

    it("is FORBIDDEN Kadera's contact queue, even of its own referrals", async () => {
      expectForbiddenAt(await query('{ referralContactQueue(withinDays: 7) { totalCount edges { node { id } } } }', referrer), ['referralContactQueue']);
    });

    it("lists only its own organisation's referrals, with status and timeline", async () => {
      expect(ownIds(index).length).toBeGreaterThan(1);
      const response = await query(LIST(REFERRER_FIELDS), referrer);
      expect(response.errors).toBeUndefined();
      const nodes = response.data.referrals.edges.map((e: any) => e.node);
      expect(new Set(nodes.map((n: any) => n.id))).toEqual(new Set(ownIds(index)));
      for (const node of nodes) {
        expect(node.history[0]).toMatchObject({ from: null, to: 'REQUESTED' });
        expect(node.history.at(-1).to).toBe(node.status);
        expect(typeof node.overdue).toBe('boolean');
      }
    });

    it('cannot widen its list with filters or paging', async () => {
      for (const args of [
        ', status: [REQUESTED, RECEIVED, ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED, REJECTED, CANCELLED]',
        ', overdue: true',
        ', region: TWENTE',
      ]) {
        const response = await query(LIST('id', args), referrer);
        expect(response.errors).toBeUndefined();
        for (const { node } of response.data.referrals.edges) expect(ownIds(index)).toContain(node.id);
      }
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: SubgraphResponse = await query(
          `query ($after: String) { referrals(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          referrer,
          { after },
        );
        expect(page.errors).toBeUndefined();
        seen.push(...page.data.referrals.edges.map((e: any) => e.node.id));
        after = page.data.referrals.pageInfo.hasNextPage ? page.data.referrals.pageInfo.endCursor : null;
      } while (after);
      expect(seen.sort()).toEqual([...ownIds(index)].sort());
    });

    it("searches only its own organisation's referrals, and may not filter on the organisation", async () => {
      const all = await query(SEARCH('referrerReference: "no such reference"', 'id'), referrer);
      expect(all.errors).toBeUndefined();
      expect(all.data.searchReferrals.totalCount).toBe(0);
      for (const filter of [`referrerOrganisationId: "${DEMO_REFERRERS[index].id}"`, 'referrerOrganisationName: "Esch"']) {
        expectForbiddenAt(await query(SEARCH(filter, 'id'), referrer), ['searchReferrals']);
      }
    });

    it("sees the two organisations' lists as disjoint", async () => {
      const mine = await query(LIST('id'), referrer);
      const theirs = await query(LIST('id'), testCallers.referrer(other));
      const mineIds = mine.data.referrals.edges.map((e: any) => e.node.id);
      const theirIds = new Set(theirs.data.referrals.edges.map((e: any) => e.node.id));
      expect(mineIds.length).toBeGreaterThan(0);
      expect(theirIds.size).toBeGreaterThan(0);
      expect(mineIds.filter((id: string) => theirIds.has(id))).toEqual([]);
    });

    it("reads its own referral by id, and gets null for another organisation's", async () => {
      const own = await query(ONE(REFERRER_FIELDS), referrer, { id: ownIds(index)[0] });
      expect(own.errors).toBeUndefined();
      expect(own.data.referral.id).toBe(ownIds(index)[0]);
      for (const id of [...ownIds(other), ...byOrganisation.get(DEMO_REFERRERS[3].id)!]) {
        const foreign = await query(ONE(REFERRER_FIELDS), referrer, { id });
        expect(foreign.errors).toBeUndefined();
        expect(foreign.data.referral).toBeNull();
      }
    });

    it.each(KADERA_ONLY_REFERRAL_FIELDS)('is FORBIDDEN Referral.%s, in a single fetch and in the list', async (field) => {
      const name = field.split(' ')[0];
      const one = await query(ONE(`id status ${field}`), referrer, { id: ownIds(index)[0] });
      expectForbiddenAt(one, ['referral', name]);
      const list = await query(`{ referrals(first: 1) { edges { node { id ${field} } } } }`, referrer);
      expectForbiddenAt(list, ['referrals', 'edges', 0, 'node', name]);
    });

    it.each(KADERA_ONLY_HISTORY_FIELDS)('is FORBIDDEN ReferralStatusChange.%s', async (field) => {
      const response = await query(ONE(`id history { from to changedAt ${field} }`), referrer, { id: ownIds(index)[0] });
      expect(response.errors!.length).toBeGreaterThan(0);
      for (const error of response.errors as Array<{ path?: Array<string | number>; extensions?: Record<string, unknown> }>) {
        expect(error.extensions?.code).toBe('FORBIDDEN');
        expect(error.path).toEqual(['referral', 'history', expect.any(Number), field]);
        expect(valueAt(response.data, error.path!)).toBeNull();
      }
    });

    it('submits as its own organisation and reads back only status and timeline', async () => {
      const response = await query(`mutation ($input: SubmitReferralInput!) { submitReferral(input: $input) { ${REFERRER_FIELDS} } }`, referrer, {
        input: withKey(consultationInput({ referrerOrganisationName: DEMO_REFERRERS[index].name })),
      });
      expect(response.errors).toBeUndefined();
      expect(response.data.submitReferral).toMatchObject({ status: 'REQUESTED', history: [{ from: null, to: 'REQUESTED' }] });
      const denied = await query(`mutation ($input: SubmitReferralInput!) { submitReferral(input: $input) { id referrerContactName } }`, referrer, {
        input: consultationInput({ referrerOrganisationName: DEMO_REFERRERS[index].name }),
      });
      expectForbiddenAt(denied, ['submitReferral', 'referrerContactName']);
    });

    it('may not link clients or set service availability, but reads service availability', async () => {
      expectForbiddenAt(
        await query(`mutation { linkReferralClient(input: { referralId: "${ownIds(index)[0]}", clientId: "${ownIds(index)[0]}" }) { id } }`, referrer),
        ['linkReferralClient'],
      );
      expectForbiddenAt(
        await query(`mutation { setServiceAvailability(input: { region: TWENTE, service: SHELTER, acceptingNewClients: false }) { id } }`, referrer),
        ['setServiceAvailability'],
      );
      const availability = await query(`{ serviceAvailability(region: TWENTE) { ${AVAILABILITY_FIELDS} } }`, referrer);
      expect(availability.errors).toBeUndefined();
      expect(availability.data.serviceAvailability).toHaveLength(4);
    });
  });

  it('a referrer caller without an organisation sees no referral at all', async () => {
    const nobody: Caller = { userId: 'referrer-without-org', roles: ['referrer'], purpose: 'referral' };
    const list = await query(LIST('id'), nobody);
    expect(list.errors).toBeUndefined();
    expect(list.data.referrals.edges).toEqual([]);
    // Not even the phone referrals of organisations the hub does not know (referrerOrganisationId null).
    for (const id of [ownIds(0)[0], ...(byOrganisation.get(null) ?? [])]) {
      const one = await query(ONE('id status'), nobody, { id });
      expect(one.errors).toBeUndefined();
      expect(one.data.referral).toBeNull();
    }
  });

  it('the own-referral policy passes Kadera, passes a referrer on its own row only, and fails closed without an organisation', () => {
    const check = referralsPolicies[POLICY.ownReferral];
    const row = { referrerOrganisationId: DEMO_REFERRERS[0].id };
    const verdict = (caller: Caller | undefined) => check(row, {}, { caller } as RequestContext, {} as any);
    expect(verdict(testCallers.staff)).toBe(true);
    expect(verdict(testCallers.intake)).toBe(true);
    expect(verdict(testCallers.referrer(0))).toBe(true);
    expect(verdict(testCallers.referrer(1))).toBe(false);
    expect(verdict({ userId: 'x', roles: ['referrer'] })).toBe(false);
    expect(check({ referrerOrganisationId: null }, {}, { caller: { userId: 'x', roles: ['referrer'] } } as RequestContext, {} as any)).toBe(false);
  });

  describe.each([
    ['municipality', testCallers.municipality('GM0193')],
    ['partner:ggz', testCallers.partner(0)],
    ['partner:debt', testCallers.partner(2)],
    ['partner:housing', testCallers.partner(4)],
    ['partner:uwv', testCallers.partner(6)],
    ['partner:youth', testCallers.partner(8)],
    ['auditor', testCallers.auditor],
  ])('%s', (_role, caller) => {
    it('reads service availability, every field of it', async () => {
      const response = await query(`{ serviceAvailability { ${AVAILABILITY_FIELDS} } }`, caller);
      expect(response.errors).toBeUndefined();
      expect(response.data.serviceAvailability).toHaveLength(12);
      expect(response.data.serviceAvailability[0]).toMatchObject({ region: expect.any(String), service: expect.any(String) });
    });

    it('is FORBIDDEN the contact queue', async () => {
      expectForbiddenAt(await query('{ referralContactQueue(withinDays: 7) { totalCount edges { node { id } } } }', caller), ['referralContactQueue']);
    });

    it('is FORBIDDEN referrals and referral, and learns nothing of them', async () => {
      const search = await query(SEARCH('referrerReference: "HA-1"', 'id'), caller);
      expectForbiddenAt(search, ['searchReferrals']);
      const list = await query(LIST('id status'), caller);
      expectForbiddenAt(list, ['referrals']);
      expect(list.text).not.toContain(ownIds(0)[0]);
      const one = await query(ONE('id status'), caller, { id: ownIds(0)[0] });
      expectForbiddenAt(one, ['referral']);
      expect(one.text).not.toContain('REQUESTED');
    });

    it('is FORBIDDEN every referral mutation, and nothing is stored', async () => {
      const count = async () =>
        Number((await hub.servers.referrals!.orm.em.fork().getConnection().execute('select count(*) as n from referrals.referral'))[0].n);
      const before = await count();
      expectForbiddenAt(await query(`mutation ($input: SubmitReferralInput!) { submitReferral(input: $input) { id } }`, caller, { input: referralInput() }), [
        'submitReferral',
      ]);
      expectForbiddenAt(
        await query(`mutation { transitionReferral(input: { referralId: "${ownIds(0)[0]}", to: CANCELLED, reason: "not mine" }) { id } }`, caller),
        ['transitionReferral'],
      );
      expectForbiddenAt(await query(`mutation { linkReferralClient(input: { referralId: "${ownIds(0)[0]}", clientId: "${ownIds(0)[0]}" }) { id } }`, caller), [
        'linkReferralClient',
      ]);
      expectForbiddenAt(
        await query(`mutation { setServiceAvailability(input: { region: TWENTE, service: SHELTER, acceptingNewClients: false }) { id } }`, caller),
        ['setServiceAvailability'],
      );
      expect(await count()).toBe(before);
    });
  });
  describe("referring organisations' names (for a client's access report): Kadera only", () => {
    it.each(ROLES.map((role) => [role, KADERA_ROLES.includes(role)] as const))('%s: allowed %s', async (role, allowed) => {
      const r = await query(`query($ids: [UUID!]!) { referrerOrganisationNames(ids: $ids) { id name } }`, CALLERS_BY_ROLE[role], {
        ids: [DEMO_REFERRERS[0].id],
      });
      if (allowed) expect(r.data.referrerOrganisationNames).toEqual([{ id: DEMO_REFERRERS[0].id, name: DEMO_REFERRERS[0].name }]);
      else expect(r.errors?.map((e: any) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    });
  });
});
