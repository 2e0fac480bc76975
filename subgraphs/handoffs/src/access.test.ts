import {
  buildFederatedSchema,
  CLIENT_ERASURE_ROLES,
  CLIENT_EXPORT_ROLES,
  DEMO_PARTNERS,
  fieldRulesOf,
  KADERA_ROLES,
  PARTNER_ROLES,
  POLICY,
  ROLES,
  STATISTICS_ROLES,
  type Caller,
  AccessRecorder,
  type RequestContext,
  type Role,
} from '@hub/common';
import { checkExportPart, startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { handoffPolicies } from './access-policies';
import { Handoff } from './handoff.entity';
import { HANDOFF, move, PARTNER_HANDOFF_FIELDS } from './handoff-test-support';
import { HandoffStatus } from './handoff.workflow';
import { handoffsSubgraph } from './subgraph';

const K = KADERA_ROLES;
const KP = [...KADERA_ROLES, ...PARTNER_ROLES];
const S = STATISTICS_ROLES;
const OWN = [[POLICY.ownHandoff]];

/** The access table of this subgraph: type.field -> roles, and the row condition where one applies. */
const TABLE: Record<string, { roles: Role[]; policies?: string[][] }> = {
  'Query.handoff': { roles: KP },
  'Query.handoffs': { roles: KP },
  // A partner's overdue handoffs are only its own (the same row scope as handoffs); the per-partner counts are Kadera's.
  'Query.overdueHandoffs': { roles: KP },
  'Query.overdueHandoffCounts': { roles: K },
  ...Object.fromEntries(['edges', 'pageInfo', 'totalCount'].map((field) => [`OverdueHandoffConnection.${field}`, { roles: KP }])),
  'OverdueHandoffEdge.cursor': { roles: KP },
  'OverdueHandoffEdge.node': { roles: KP },
  ...Object.fromEntries(['partnerOrganisation', 'partnerType', 'count', 'oldestDueAt'].map((field) => [`OverdueHandoffCount.${field}`, { roles: K }])),
  'Query.partnerOrganisations': { roles: KP },
  'Query.partnerOrganisation': { roles: K },
  'Query.me': { roles: [...ROLES] },
  'Mutation.createHandoff': { roles: K },
  'Mutation.registerPartnerOrganisation': { roles: ['staff'] },
  'Mutation.updatePartnerOrganisation': { roles: ['staff'] },
  'Mutation.deactivatePartnerOrganisation': { roles: ['staff'] },
  // Webhooks (docs/webhooks.md): staff only, every field; the secret only in the registration's answer.
  ...Object.fromEntries(
    [
      'Mutation.registerWebhookEndpoint',
      'Mutation.enableWebhookEndpoint',
      'Query.webhookEndpoints',
      'Query.disabledWebhookEndpoints',
      'Query.webhookDeliveries',
    ]
      .concat(['endpoint', 'secret'].map((field) => `RegisteredWebhookEndpoint.${field}`))
      .concat(
        ['id', 'organisationKind', 'organisationId', 'url', 'eventTypes', 'createdAt', 'failingSince', 'disabledAt', 'disabledReason'].map(
          (field) => `WebhookEndpoint.${field}`,
        ),
      )
      .concat(['id', 'eventId', 'attempt', 'attemptedAt', 'succeeded', 'statusCode', 'durationMs', 'errorClass'].map((field) => `WebhookDelivery.${field}`))
      .concat(['WebhookDeliveryConnection.edges', 'WebhookDeliveryConnection.pageInfo', 'WebhookDeliveryEdge.cursor', 'WebhookDeliveryEdge.node'])
      .map((coordinate) => [coordinate, { roles: ['staff'] as Role[] }]),
  ),
  // Trusted documents (docs/security.md, "Trusted documents"): staff only, every field.
  ...Object.fromEntries(
    ['Mutation.registerTrustedDocuments']
      .concat(['application', 'documentIds', 'registered', 'alreadyRegistered'].map((field) => `TrustedDocumentRegistration.${field}`))
      .concat(['id', 'name', 'ownerRole', 'ownerOrganisationId', 'createdAt'].map((field) => `ClientApplication.${field}`))
      .map((coordinate) => [coordinate, { roles: ['staff'] as Role[] }]),
  ),
  'Query.handoffsDataExport': { roles: CLIENT_EXPORT_ROLES },
  'Query.handoffsErasureCheck': { roles: CLIENT_ERASURE_ROLES },
  'Mutation.handoffsEraseClient': { roles: CLIENT_ERASURE_ROLES },
  ...Object.fromEntries(
    ['userId', 'roles', 'side', 'organisationId', 'municipalityCode', 'partnerType'].map((field) => [`Me.${field}`, { roles: [...ROLES] }]),
  ),
  'Mutation.transitionHandoff': { roles: KP },
  'Mutation.addHandoffNote': { roles: KP },
  ...Object.fromEntries(
    [
      'id',
      'partner',
      'client',
      'status',
      'statusReason',
      'purpose',
      'categories',
      'priority',
      'createdAt',
      'updatedAt',
      'dueAt',
      'overdue',
      'outcome',
      'history',
      'notes',
      'kaderaContact',
    ].map((field) => [`Handoff.${field}`, { roles: KP, policies: OWN }]),
  ),
  // A note is reached only through Handoff.notes (own-handoff) or addHandoffNote, which refuses another partner's handoff.
  ...Object.fromEntries(
    ['id', 'handoffId', 'authorUserId', 'authorOrganisationId', 'authorSide', 'createdAt', 'text'].map((field) => [`HandoffNote.${field}`, { roles: KP }]),
  ),
  ...Object.fromEntries(['name', 'phone', 'email'].map((field) => [`KaderaContact.${field}`, { roles: KP }])),
  ...Object.fromEntries(['id', 'from', 'to', 'changedAt', 'side', 'reason'].map((field) => [`HandoffStatusChange.${field}`, { roles: KP }])),
  'Handoff.municipalityCode': { roles: K },
  'HandoffStatusChange.changedByUserId': { roles: K },
  'HandoffStatusChange.changedByOrganisationId': { roles: K },
  ...Object.fromEntries(['successful', 'reasonCode', 'note'].map((field) => [`HandoffOutcome.${field}`, { roles: KP }])),
  ...Object.fromEntries(
    ['id', 'name', 'partnerType', 'municipalityCode', 'contactName', 'contactPhone', 'contactEmail', 'active'].map((field) => [
      `PartnerOrganisation.${field}`,
      { roles: KP },
    ]),
  ),
  'HandoffConnection.edges': { roles: KP },
  'HandoffConnection.pageInfo': { roles: KP },
  'HandoffEdge.cursor': { roles: KP },
  'HandoffEdge.node': { roles: KP },
  'Client.id': { roles: KP },
  'MunicipalityStatistics.municipalityCode': { roles: S },
  'MunicipalityStatistics.year': { roles: S },
  ...Object.fromEntries(
    ['handoffsByPartnerType', 'handoffCompletionRate', 'handoffCompletionRateByPartnerType'].map((field) => [
      `MunicipalityStatistics.${field}`,
      { roles: S, policies: [[POLICY.ownMunicipality]] },
    ]),
  ),
  'PartnerTypeRate.partnerType': { roles: S },
  'PartnerTypeRate.rate': { roles: S },
  // common's shared statistics types
  ...Object.fromEntries(
    [
      'StatCount.value',
      'StatCount.suppressed',
      'StatCell.label',
      'StatCell.value',
      'StatCell.suppressed',
      'StatGroup.cells',
      'StatGroup.total',
      'StatRate.value',
      'StatRate.suppressed',
    ].map((coordinate) => [coordinate, { roles: S }]),
  ),
};
const FEDERATION_FIELDS = ['Query._service', 'Query._entities', '_Service.sdl'];

const LIST = `query($partnerOrganisationId: UUID, $partnerType: PartnerType) {
  handoffs(first: 100, partnerOrganisationId: $partnerOrganisationId, partnerType: $partnerType) { edges { node { id partner { id } } } }
}`;
const ONE_PARTNER_VIEW = `query($id: UUID!) { handoff(id: $id) { ${PARTNER_HANDOFF_FIELDS} } }`;

const GGZ = testCallers.partner(0);
const OTHER_GGZ = testCallers.partner(1);
const DEBT = testCallers.partner(2);
const OUTSIDERS: Array<[string, Caller]> = [
  ['auditor', testCallers.auditor],
  ['referrer', testCallers.referrer(0)],
  ['municipality', testCallers.municipality('GM0193')],
];

describe('handoffs access', () => {
  let hub: TestSubgraphs;
  let rows: Handoff[];
  const idsOf = (partner: Caller) =>
    rows
      .filter((h) => h.partner.id === partner.organisationId)
      .map((h) => h.id)
      .sort();
  const list = async (caller: Caller, variables: Record<string, unknown> = {}) => {
    const { data, errors } = await hub.query('handoffs', LIST, variables, caller);
    expect(errors).toBeUndefined();
    return data.handoffs.edges.map((e: any) => e.node.id).sort();
  };
  const forbiddenAt = (errors: any[] | undefined, path: Array<string | number>) => {
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ path, extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]));
  };

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, handoffsSubgraph]);
    rows = await hub.servers.handoffs!.orm.em.fork().find(Handoff, {}, { populate: ['partner'] });
  });
  afterAll(() => hub?.stop());

  describe('the schema', () => {
    it('gives every object field a @requiresScopes, and exactly the roles and conditions of the access table', async () => {
      const rules = fieldRulesOf(await buildFederatedSchema(handoffsSubgraph));
      const actual: Record<string, { roles: string[]; policies?: string[][] }> = {};
      for (const [coordinate, rule] of rules) {
        if (FEDERATION_FIELDS.includes(coordinate) || coordinate.startsWith('PageInfo.')) continue;
        expect({ coordinate, scopes: rule.scopes ?? 'none' }).toEqual({ coordinate, scopes: expect.any(Array) });
        // Each scope alternative is one role on its own: holding any one of them is enough.
        expect(rule.scopes!.every((all) => all.length === 1)).toBe(true);
        actual[coordinate] = { roles: rule.scopes!.map(([role]) => role).sort(), ...(rule.policies ? { policies: rule.policies } : {}) };
      }
      const expected = Object.fromEntries(
        Object.entries(TABLE).map(([coordinate, { roles, policies }]) => [coordinate, { roles: [...roles].sort(), ...(policies ? { policies } : {}) }]),
      );
      expect(actual).toEqual(expected);
      // PageInfo is common's, readable by whoever may read the list it pages.
      expect(rules.get('PageInfo.hasNextPage')?.scopes).toBeDefined();
    });
  });

  it('the right of access part (handoffsDataExport): staff only; every handoff of one client with its history and notes, nothing of another', async () => {
    const part = await checkExportPart(
      hub,
      'handoffs',
      `select id, client_id from handoffs.handoff
       union all select c.id, h.client_id from handoffs.handoff_status_change c join handoffs.handoff h on h.id = c.handoff_id
       union all select n.id, h.client_id from handoffs.handoff_note n join handoffs.handoff h on h.id = n.handoff_id`,
    );
    for (const handoff of part.handoffs) expect(handoff).toMatchObject({ partnerOrganisation: { id: handoff.partner, name: expect.any(String) } });
  });

  describe.each([
    ['staff', testCallers.staff],
    ['intake', testCallers.intake],
    ['shelter', testCallers.shelter],
  ])('Kadera (%s)', (_name, caller) => {
    it('lists every handoff of every partner, whatever partner filter it passes', async () => {
      expect(await list(caller)).toEqual(rows.map((h) => h.id).sort());
      expect(await list(caller, { partnerOrganisationId: GGZ.organisationId })).toEqual(idsOf(GGZ));
      expect(await list(caller, { partnerOrganisationId: OTHER_GGZ.organisationId })).toEqual(idsOf(OTHER_GGZ));
    });

    it('reads any handoff with every field, including who made each change', async () => {
      for (const partner of [GGZ, OTHER_GGZ, DEBT]) {
        const id = idsOf(partner)[0];
        const { data, errors } = await hub.query('handoffs', HANDOFF, { id }, caller);
        expect(errors).toBeUndefined();
        expect(data.handoff).toMatchObject({ id, partner: { id: partner.organisationId } });
        expect(data.handoff.history[0].changedByUserId).toEqual(expect.any(String));
      }
      const { data, errors } = await hub.query('handoffs', '{ partnerOrganisations { id name partnerType municipalityCode } }', {}, caller);
      expect(errors).toBeUndefined();
      expect(data.partnerOrganisations).toHaveLength(DEMO_PARTNERS.length);
    });
  });

  describe('partners', () => {
    it('two organisations of the same type each see only their own handoffs', async () => {
      const ggz = await list(GGZ);
      const otherGgz = await list(OTHER_GGZ);
      expect(ggz).toEqual(idsOf(GGZ));
      expect(otherGgz).toEqual(idsOf(OTHER_GGZ));
      expect(ggz.length).toBeGreaterThan(0);
      expect(otherGgz.length).toBeGreaterThan(0);
      expect(ggz.filter((id: string) => otherGgz.includes(id))).toEqual([]);
    });

    it('a debt assistance partner sees only its own handoffs', async () => {
      const debt = await list(DEBT);
      expect(debt.length).toBeGreaterThan(0);
      expect(debt).toEqual(idsOf(DEBT));
    });

    it('reads only its own overdue handoffs, whatever it filters by, and never the per-partner counts', async () => {
      const overdue = `query($partnerOrganisationId: UUID) { overdueHandoffs(first: 100, partnerOrganisationId: $partnerOrganisationId) { totalCount edges { node { id partner { id } } } } }`;
      const own = await hub.query('handoffs', overdue, {}, GGZ);
      expect(own.errors).toBeUndefined();
      expect(own.data.overdueHandoffs.edges.every((e: any) => e.node.partner.id === GGZ.organisationId)).toBe(true);
      expect(own.data.overdueHandoffs.totalCount).toBe(own.data.overdueHandoffs.edges.length);
      const other = await hub.query('handoffs', overdue, { partnerOrganisationId: DEBT.organisationId }, GGZ);
      expect(other.data.overdueHandoffs).toEqual({ totalCount: 0, edges: [] });
      const counts = await hub.query('handoffs', '{ overdueHandoffCounts { count } }', {}, GGZ);
      forbiddenAt(counts.errors, ['overdueHandoffCounts']);
      expect(counts.data).toBeNull();
    });

    it('cannot widen its list with filters: another organisation or partner type gives an empty list', async () => {
      expect(await list(GGZ, { partnerOrganisationId: OTHER_GGZ.organisationId })).toEqual([]);
      expect(await list(GGZ, { partnerOrganisationId: DEBT.organisationId })).toEqual([]);
      expect(await list(DEBT, { partnerType: 'GGZ' })).toEqual([]);
      expect(await list(GGZ, { partnerOrganisationId: GGZ.organisationId })).toEqual(idsOf(GGZ));
      expect(await list(GGZ, { partnerType: 'GGZ' })).toEqual(idsOf(GGZ));
    });

    it('reads its own handoff with every field it is allowed', async () => {
      for (const partner of [GGZ, OTHER_GGZ, DEBT]) {
        const id = idsOf(partner)[0];
        const row = rows.find((h) => h.id === id)!;
        const { data, errors } = await hub.query('handoffs', ONE_PARTNER_VIEW, { id }, partner);
        expect(errors).toBeUndefined();
        expect(data.handoff).toMatchObject({
          id,
          status: row.status,
          purpose: row.purpose,
          partner: { id: partner.organisationId },
          client: { id: row.clientId },
        });
        expect(data.handoff.history.length).toBeGreaterThan(0);
      }
    });

    it("gets null for another organisation's handoff, of the same type or another", async () => {
      for (const [caller, owner] of [
        [GGZ, OTHER_GGZ],
        [OTHER_GGZ, GGZ],
        [DEBT, GGZ],
        [GGZ, DEBT],
      ]) {
        const { data, errors } = await hub.query('handoffs', ONE_PARTNER_VIEW, { id: idsOf(owner)[0] }, caller);
        expect(errors).toBeUndefined();
        expect(data.handoff).toBeNull();
      }
    });

    it('cannot read who made a change: FORBIDDEN at that path, null there', async () => {
      const id = idsOf(GGZ)[0];
      const nullable = await hub.query('handoffs', `query($id: UUID!) { handoff(id: $id) { id history { to changedByOrganisationId } } }`, { id }, GGZ);
      forbiddenAt(nullable.errors, ['handoff', 'history', 0, 'changedByOrganisationId']);
      expect(nullable.data.handoff.id).toBe(id);
      expect(nullable.data.handoff.history[0]).toEqual({ to: 'REQUESTED', changedByOrganisationId: null });
      // changedByUserId is non-null, so its null reaches the nearest nullable parent, the handoff.
      const nonNull = await hub.query('handoffs', `query($id: UUID!) { handoff(id: $id) { id history { changedByUserId } } }`, { id }, GGZ);
      forbiddenAt(nonNull.errors, ['handoff', 'history', 0, 'changedByUserId']);
      expect(nonNull.data.handoff).toBeNull();
    });

    it("cannot read the client's municipality: FORBIDDEN at that path", async () => {
      const id = idsOf(GGZ)[0];
      const { data, errors } = await hub.query('handoffs', `query($id: UUID!) { handoff(id: $id) { id municipalityCode } }`, { id }, GGZ);
      forbiddenAt(errors, ['handoff', 'municipalityCode']);
      expect(data.handoff).toBeNull();
    });

    it('cannot create handoffs', async () => {
      const { data, errors } = await hub.query(
        'handoffs',
        'mutation($i: CreateHandoffInput!) { createHandoff(input: $i) { id } }',
        {
          i: {
            clientId: rows[0].clientId,
            municipalityCode: rows[0].municipalityCode,
            partnerOrganisationId: GGZ.organisationId,
            categories: ['IDENTITY'],
            purpose: 'Screening',
            priority: 'ROUTINE',
          },
        },
        GGZ,
      );
      forbiddenAt(errors, ['createHandoff']);
      expect(data).toBeNull();
    });

    it("moves its own handoff but not another organisation's, which stays as it was (NOT_FOUND)", async () => {
      const requested = (partner: Caller) => rows.find((h) => h.partner.id === partner.organisationId && h.status === HandoffStatus.REQUESTED)!;
      const mine = requested(GGZ);
      for (const stranger of [OTHER_GGZ, DEBT]) {
        const { data, errors } = await move(hub, stranger, mine.id, 'RECEIVED');
        expect(errors?.[0]).toMatchObject({ path: ['transitionHandoff'], extensions: { code: 'NOT_FOUND' } });
        expect(data).toBeNull();
      }
      const untouched = await hub.query('handoffs', HANDOFF, { id: mine.id }, testCallers.staff);
      expect(untouched.data.handoff).toMatchObject({ status: 'REQUESTED' });
      expect(untouched.data.handoff.history).toHaveLength(1);
      const { data, errors } = await move(hub, GGZ, mine.id, 'RECEIVED');
      expect(errors).toBeUndefined();
      expect(data.transitionHandoff).toMatchObject({ id: mine.id, status: 'RECEIVED' });
    });

    it('without a usable organisation id sees no handoffs at all', async () => {
      const orphan: Caller = { userId: 'partner-without-org', roles: ['partner:ggz'], purpose: 'handoff' };
      const garbled: Caller = { ...orphan, organisationId: 'not-a-uuid' };
      for (const caller of [orphan, garbled]) {
        expect(await list(caller)).toEqual([]);
        const { data, errors } = await hub.query('handoffs', ONE_PARTNER_VIEW, { id: idsOf(GGZ)[0] }, caller);
        expect(errors).toBeUndefined();
        expect(data.handoff).toBeNull();
      }
    });

    it('an organisation id in upper case still finds its own handoffs', async () => {
      expect(await list({ ...GGZ, organisationId: GGZ.organisationId!.toUpperCase() })).toEqual(idsOf(GGZ));
    });
  });

  describe.each(OUTSIDERS)('%s', (_name, caller) => {
    it('is refused every root field: FORBIDDEN at its path, no data', async () => {
      const id = rows[0].id;
      const one = await hub.query('handoffs', `query($id: UUID!) { handoff(id: $id) { id } }`, { id }, caller);
      forbiddenAt(one.errors, ['handoff']);
      expect(one.data).toEqual({ handoff: null });
      const many = await hub.query('handoffs', LIST, {}, caller);
      forbiddenAt(many.errors, ['handoffs']);
      expect(many.data).toBeNull();
      for (const queue of ['{ overdueHandoffs { totalCount } }', '{ overdueHandoffCounts { count } }']) {
        const refused = await hub.query('handoffs', queue, {}, caller);
        forbiddenAt(refused.errors, [queue.includes('Counts') ? 'overdueHandoffCounts' : 'overdueHandoffs']);
        expect(refused.data).toBeNull();
      }
      const partners = await hub.query('handoffs', '{ partnerOrganisations { id } }', {}, caller);
      forbiddenAt(partners.errors, ['partnerOrganisations']);
      expect(partners.data).toBeNull();
      const moved = await move(hub, caller, id, 'CANCELLED', { reason: 'no' });
      forbiddenAt(moved.errors, ['transitionHandoff']);
      expect(moved.data).toBeNull();
    });
  });

  describe('the own-handoff policy, the second line behind the filtered queries', () => {
    const check = (caller: Caller | undefined, partnerId: string) =>
      handoffPolicies[POLICY.ownHandoff]({ partner: { id: partnerId } }, {}, { caller } as RequestContext, {} as GraphQLResolveInfo);

    it("passes Kadera for any handoff and a partner only for its own organisation's", async () => {
      expect(await check(testCallers.staff, DEMO_PARTNERS[0].id)).toBe(true);
      expect(await check(GGZ, DEMO_PARTNERS[0].id)).toBe(true);
      expect(await check(OTHER_GGZ, DEMO_PARTNERS[0].id)).toBe(false);
      expect(await check(DEBT, DEMO_PARTNERS[0].id)).toBe(false);
      expect(await check({ userId: 'x', roles: ['partner:ggz'] }, DEMO_PARTNERS[0].id)).toBe(false);
    });

    it('is what the Handoff fields enforce: given a foreign handoff as parent, each field is FORBIDDEN', async () => {
      // The queries never hand a partner someone else's row, so the field resolvers are driven directly here.
      const schema = hub.servers.handoffs!.schema;
      const type = schema.getType('Handoff') as GraphQLObjectType;
      const context = {
        caller: GGZ,
        em: hub.servers.handoffs!.orm.em.fork(),
        loader: () => undefined,
        access: new AccessRecorder(),
      } as unknown as RequestContext;
      const own = rows.find((h) => h.partner.id === GGZ.organisationId)!;
      const foreign = rows.find((h) => h.partner.id === OTHER_GGZ.organisationId)!;
      for (const name of ['id', 'status', 'purpose', 'client', 'overdue']) {
        const field = type.getFields()[name];
        const info = { fieldName: name, parentType: type, returnType: field.type, path: { key: name } } as unknown as GraphQLResolveInfo;
        const denied = await field.resolve!(foreign, {}, context, info);
        expect(denied).toBeInstanceOf(Error);
        expect((denied as any).extensions?.code).toBe('FORBIDDEN');
        expect(await field.resolve!(own, {}, context, info)).not.toBeInstanceOf(Error);
      }
    });
  });
});
