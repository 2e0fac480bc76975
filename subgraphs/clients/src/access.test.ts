import {
  BSN_ENTRY_ROLES,
  BSN_READ_ROLES,
  buildFederatedSchema,
  CLIENT_EXPORT_ROLES,
  DEMO_CLIENTS,
  DEMO_PARTNERS,
  EMERGENCY_ACCESS_ROLES,
  fieldRulesOf,
  KADERA_ROLES,
  ROLES,
  SAFETY_PLAN_ROLES,
  sideOf,
  Side,
  WHEREABOUTS_ROLES,
  type Caller,
  type Role,
} from '@hub/common';
import { CALLERS_BY_ROLE, peerSubgraph, startTestSubgraphs, type SubgraphResponse, testCallers, type TestSubgraphs } from '@hub/testing';
import { demoChildren } from './demo-client-details';
import { addDays, today } from '@hub/common';
import { clientsSubgraph } from './subgraph';

// Partners never query the clients subgraph's root fields: the gateway fetches a client for them as an entity.
const ENTITIES = (selection: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { ${selection} } } }`;
const CLIENT = (selection: string) => `query($id: UUID!) { client(id: $id) { ${selection} } }`;
const RECORD = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const WITHDRAW = `mutation($id: UUID!) { withdrawConsent(id: $id) { id } }`;
/** Search and duplicate detection are Kadera's: [root field, query]. */
const SEARCHES = [
  ['searchClients', `query($n: String!, $d: LocalDate!) { searchClients(name: $n, dateOfBirth: $d) { totalCount edges { node { id } } } }`],
  ['possibleDuplicates', `query($n: String!, $d: LocalDate!) { possibleDuplicates(name: $n, dateOfBirth: $d) { score client { id } } }`],
] as const;

const KADERA_ONLY = [
  'municipalityCode',
  'riskLevel',
  'formsOfAbuse',
  'createdAt',
  'updatedAt',
  'consents { id }',
  'version',
  'contactDetails { safePhone safeEmail preferredChannel safeTimes instructions neverUse }',
  'changes { id changedAt changedByUserId changedByOrganisationId fields version }',
  'riskLevelHistory { id from to reason changedAt changedByUserId changedByOrganisationId version }',
];
// Client file maintenance (client-update.resolver.ts): who may make each update; each names a stale version,
// so an allowed role gets CONFLICT (nothing written) and a refused one FORBIDDEN.
const UPDATES: Array<[string, string, Role[]]> = [
  ['updateClientIdentity', 'name: "Anna Jansen", dateOfBirth: "1990-01-01"', KADERA_ROLES],
  ['updateClientContactDetails', 'contactDetails: { neverUse: [VOICEMAIL] }', KADERA_ROLES],
  ['updateClientMunicipality', 'municipalityCode: "GM0193"', KADERA_ROLES],
  ['updateConfidentialAddress', 'confidentialAddress: "Elders 1, Zwolle"', WHEREABOUTS_ROLES],
  ['updateClientCareDetails', 'careDetails: { housingNeed: "Two rooms" }', KADERA_ROLES],
  ['changeRiskLevel', 'riskLevel: RED, reason: "Threats"', KADERA_ROLES],
  ['updateClientBsn', 'bsn: "123456782"', BSN_ENTRY_ROLES],
];
const CATEGORY_FIELDS = ['healthScreeningSummary', 'financialSituation', 'housingNeed', 'housingUrgency', 'incomeAndBenefits'];
const CHILDREN = 'children { id firstName dateOfBirth childSocialWorkerName }';
const EVERYTHING = `id name dateOfBirth confidentialAddress ${KADERA_ONLY.join(' ')} ${CATEGORY_FIELDS.join(' ')} ${CHILDREN}`;

const client = (i: number) => DEMO_CLIENTS[i];
const refs = (...indexes: number[]) => indexes.map((i) => ({ __typename: 'Client', id: client(i).id }));
/** As Client.children lists them: oldest first. */
const childrenOf = (i: number) =>
  demoChildren()
    .filter((c) => c.clientId === client(i).id)
    .sort((a, b) => a.dateOfBirth.localeCompare(b.dateOfBirth) || a.id.localeCompare(b.id));

/** The errors at exactly this path; each must be FORBIDDEN. */
function forbiddenAt(response: SubgraphResponse, ...path: Array<string | number>) {
  const found = (response.errors ?? []).filter((e: any) => JSON.stringify(e.path) === JSON.stringify(path));
  expect({ path, codes: found.map((e) => e.extensions?.code) }).toEqual({ path, codes: ['FORBIDDEN'] });
}

/** The value at a path of the data, undefined past a null. */
function at(data: any, ...path: Array<string | number>) {
  return path.reduce((value, key) => (value == null ? value : value[key]), data);
}

describe('field-level access in the clients subgraph', () => {
  let hub: TestSubgraphs;
  const entities = (caller: Caller, selection: string, ...indexes: number[]) => hub.query('clients', ENTITIES(selection), { r: refs(...indexes) }, caller);

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, peerSubgraph('handoffs'), peerSubgraph('referrals')]);
  });
  afterAll(() => hub?.stop());

  it('every field of every object type declares who may read it', async () => {
    const rules = fieldRulesOf(await buildFederatedSchema(clientsSubgraph));
    const federation = new Set(['Query._service', 'Query._entities', '_Service.sdl']);
    const undeclared = [...rules].filter(([coordinate, rule]) => !federation.has(coordinate) && !rule.scopes?.length);
    expect(undeclared.map(([coordinate]) => coordinate)).toEqual([]);
    expect(rules.get('Client.children')).toMatchObject({ scopes: [['staff'], ['intake'], ['shelter'], ['partner:youth']], policies: [['consent:CHILDREN']] });
    expect(rules.get('Client.confidentialAddress')?.scopes).toEqual([['staff'], ['shelter']]);
    const safetyPlan = [...rules.keys()].filter(
      (c) => /^(SafetyPlan|EmergencyContact)\./.test(c) || ['Client.safetyPlan', 'Mutation.saveSafetyPlan'].includes(c),
    );
    expect(safetyPlan.length).toBeGreaterThan(10);
    for (const coordinate of safetyPlan)
      expect({ coordinate, scopes: rules.get(coordinate)?.scopes }).toEqual({ coordinate, scopes: SAFETY_PLAN_ROLES.map((r) => [r]) });
    for (const coordinate of ['Mutation.addChild', 'Mutation.updateChild', 'Mutation.removeChild', 'Child.version']) {
      expect({ coordinate, scopes: rules.get(coordinate)?.scopes }).toEqual({ coordinate, scopes: KADERA_ROLES.map((r) => [r]) });
    }
    // Whoever may change the address may read it, and no one else.
    expect(rules.get('Mutation.updateConfidentialAddress')?.scopes).toEqual([['staff'], ['shelter']]);
    // The BSN: read by staff only; recorded and found by exact match by staff and intake (docs/security.md, "BSN").
    expect(rules.get('Client.bsn')?.scopes).toEqual([['staff']]);
    expect(rules.get('Query.clientByBsn')?.scopes).toEqual([['staff'], ['intake']]);
    expect(rules.get('Mutation.updateClientBsn')?.scopes).toEqual([['staff'], ['intake']]);
    // Break-glass (docs/security.md, "Emergency access"): Kadera's own roles open a client in an emergency and see the
    // emergency view; only the privacy officer reads the reasons, the queue and closes a review.
    expect(EMERGENCY_ACCESS_ROLES.every((role) => sideOf({ roles: [role] }) === Side.KADERA)).toBe(true);
    const emergency = [...rules.keys()].filter((c) => /^(EmergencyClientView|EmergencyCallContact)\./.test(c));
    expect(emergency.length).toBeGreaterThan(10);
    for (const coordinate of [...emergency, 'Mutation.openClientInEmergency', 'EmergencyAccess.client'])
      expect({ coordinate, scopes: rules.get(coordinate)?.scopes }).toEqual({ coordinate, scopes: EMERGENCY_ACCESS_ROLES.map((r) => [r]) });
    for (const coordinate of ['Query.emergencyAccessReviewQueue', 'Mutation.closeEmergencyAccessReview', 'EmergencyAccess.reason', 'EmergencyAccess.finding'])
      expect({ coordinate, scopes: rules.get(coordinate)?.scopes }).toEqual({ coordinate, scopes: [['auditor']] });
  });

  describe('Kadera', () => {
    it.each([
      ['staff', testCallers.staff],
      ['intake', testCallers.intake],
      ['shelter', testCallers.shelter],
    ])('%s searches clients and asks for possible duplicates', async (_name, caller) => {
      for (const [field, text] of SEARCHES) {
        const { data, errors } = await hub.query('clients', text, { n: client(1).name, d: client(1).dateOfBirth }, caller);
        expect(errors).toBeUndefined();
        const ids = field === 'searchClients' ? data.searchClients.edges.map((e: any) => e.node.id) : data.possibleDuplicates.map((c: any) => c.client.id);
        expect(ids).toEqual([client(1).id]);
      }
    });

    it.each([
      ['staff', testCallers.staff],
      ['shelter', testCallers.shelter],
    ])('%s reads the whole file, the confidential address and children included', async (_name, caller) => {
      const { data, errors } = await hub.query('clients', CLIENT(EVERYTHING), { id: client(1).id }, caller);
      expect(errors).toBeUndefined();
      expect(data.client).toMatchObject({
        id: client(1).id,
        name: client(1).name,
        dateOfBirth: client(1).dateOfBirth,
        confidentialAddress: client(1).confidentialAddress,
        riskLevel: client(1).riskLevel,
        housingUrgency: expect.stringMatching(/^(LOW|MEDIUM|HIGH|URGENT)$/),
      });
      for (const field of CATEGORY_FIELDS) expect(data.client[field]).toEqual(expect.any(String));
      const children = childrenOf(1);
      expect(children.length).toBeGreaterThan(0);
      expect(data.client.children.map((c: any) => c.id).sort()).toEqual(children.map((c) => c.id).sort());
      for (const child of data.client.children) expect(child.childSocialWorkerName).toEqual(expect.any(String));
    });

    it('intake reads the file but not the confidential address, and the address is in no error', async () => {
      const allowed = await hub.query('clients', CLIENT(EVERYTHING.replace('confidentialAddress', '')), { id: client(1).id }, testCallers.intake);
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data.client.children).toHaveLength(childrenOf(1).length);
      const denied = await hub.query('clients', CLIENT('id confidentialAddress'), { id: client(1).id }, testCallers.intake);
      forbiddenAt(denied, 'client', 'confidentialAddress');
      expect(at(denied.data, 'client', 'confidentialAddress')).toBeNull();
      expect(denied.text).not.toContain(client(1).confidentialAddress);
      const page = await hub.query('clients', `{ clients(first: 3) { edges { node { confidentialAddress } } } }`, {}, testCallers.intake);
      forbiddenAt(page, 'clients', 'edges', 0, 'node', 'confidentialAddress');
      expect(page.text).not.toMatch(/Zwolle|Enschede|Hardenberg|Deventer|Hengelo|Almelo|Kampen/);
    });

    it('every demo client has its consented categories filled in, and clients with child abuse have children', async () => {
      const { data, errors } = await hub.query(
        'clients',
        `{ clients(first: 100) { edges { node { id formsOfAbuse ${CATEGORY_FIELDS.join(' ')} children { id } } } } }`,
        {},
        testCallers.staff,
      );
      expect(errors).toBeUndefined();
      const byId = new Map(data.clients.edges.map((e: any) => [e.node.id, e.node]));
      for (const demo of DEMO_CLIENTS) {
        const node: any = byId.get(demo.id);
        for (const field of CATEGORY_FIELDS) expect({ id: demo.id, field, filled: typeof node[field] }).toEqual({ id: demo.id, field, filled: 'string' });
        if (demo.formsOfAbuse.includes('CHILD_ABUSE')) expect(node.children.length).toBeGreaterThan(0);
      }
    });
  });

  describe("partners see identity and their own category only with the client's active consent for them", () => {
    // [role, two organisations of that type, a client each has an active consent for, the category field]
    it.each([
      ['partner:ggz', 0, 1, 0, 1, 'healthScreeningSummary'],
      ['partner:debt', 2, 3, 2, 3, 'financialSituation'],
      ['partner:housing', 4, 5, 4, 5, 'housingNeed'],
      ['partner:housing', 4, 5, 11, 5, 'housingUrgency'],
    ])('%s: two organisations of the same type see different clients', async (_role, orgA, orgB, clientA, clientB, field) => {
      const selection = `id name dateOfBirth ${field}`;
      const a = await entities(testCallers.partner(orgA), selection, clientA, clientB);
      expect(a.data._entities[0]).toEqual({
        id: client(clientA).id,
        name: client(clientA).name,
        dateOfBirth: client(clientA).dateOfBirth,
        [field]: expect.any(String),
      });
      expect(a.data._entities[1]).toEqual({ id: client(clientB).id, name: null, dateOfBirth: null, [field]: null });
      for (const denied of ['name', 'dateOfBirth', field]) forbiddenAt(a, '_entities', 1, denied);
      expect(a.errors).toHaveLength(3);

      const b = await entities(testCallers.partner(orgB), selection, clientA, clientB);
      expect(b.data._entities[1]).toMatchObject({ id: client(clientB).id, name: client(clientB).name, [field]: expect.any(String) });
      expect(b.data._entities[0]).toEqual({ id: client(clientA).id, name: null, dateOfBirth: null, [field]: null });
      expect(b.errors).toHaveLength(3);
    });

    // Addiction care and CASA share HEALTH_SCREENING with GGZ (the partner table): Verslavingszorg Oost has
    // consent for clients 10 and 17, CASA Zwolle for clients 3 and 20; client 0 consented to GGZ Zwolle Noord only.
    it.each([
      ['partner:addiction', 10, 10, 3],
      ['partner:casa', 11, 3, 10],
    ])('%s sees identity and the health screening summary of its own consenting client only, nothing else', async (role, org, own, other) => {
      const caller = testCallers.partner(org);
      expect(caller.roles).toEqual([role]);
      const selection = 'id name dateOfBirth healthScreeningSummary';
      const r = await entities(caller, selection, own, other, 0);
      expect(r.data._entities).toEqual([
        { id: client(own).id, name: client(own).name, dateOfBirth: client(own).dateOfBirth, healthScreeningSummary: expect.any(String) },
        { id: client(other).id, name: null, dateOfBirth: null, healthScreeningSummary: null },
        { id: client(0).id, name: null, dateOfBirth: null, healthScreeningSummary: null },
      ]);
      for (const i of [1, 2]) for (const field of ['name', 'dateOfBirth', 'healthScreeningSummary']) forbiddenAt(r, '_entities', i, field);
      expect(r.errors).toHaveLength(6);

      const others = await entities(caller, `financialSituation housingNeed housingUrgency incomeAndBenefits ${CHILDREN}`, own);
      expect(others.data._entities[0]).toEqual({ financialSituation: null, housingNeed: null, housingUrgency: null, incomeAndBenefits: null, children: null });
      for (const field of ['financialSituation', 'housingNeed', 'housingUrgency', 'incomeAndBenefits', 'children']) forbiddenAt(others, '_entities', 0, field);
      for (const field of ['confidentialAddress', 'riskLevel']) {
        const denied = await entities(caller, `id ${field}`, own);
        forbiddenAt(denied, '_entities', 0, field);
        expect(denied.data._entities[0]).toBeNull();
        expect(denied.text).not.toContain(client(own).confidentialAddress);
      }
    });

    it('partner:youth: each youth organisation sees the children of its own consenting client only', async () => {
      // Jeugdzorg Overijssel has consent for client 15, Jeugdteam Twente for client 8.
      const [overijssel, twente] = [testCallers.partner(8), testCallers.partner(9)];
      const a = await entities(overijssel, `id name ${CHILDREN}`, 15, 8);
      expect(a.data._entities[0].children.map((c: any) => c.firstName)).toEqual(childrenOf(15).map((c) => c.firstName));
      expect(a.data._entities[1]).toEqual({ id: client(8).id, name: null, children: null });
      forbiddenAt(a, '_entities', 1, 'children');
      const b = await entities(twente, `id ${CHILDREN}`, 15, 8);
      expect(b.data._entities[0].children).toBeNull();
      forbiddenAt(b, '_entities', 0, 'children');
      expect(b.data._entities[1].children).toHaveLength(childrenOf(8).length);
      expect(b.data._entities[1].children[0]).toEqual({
        id: childrenOf(8)[0].id,
        firstName: childrenOf(8)[0].firstName,
        dateOfBirth: childrenOf(8)[0].dateOfBirth,
        childSocialWorkerName: childrenOf(8)[0].childSocialWorkerName,
      });
    });

    it('partner:uwv: an expired or withdrawn consent covers nothing; a new one takes effect at once, and its withdrawal too', async () => {
      const [zwolle, enschede] = [testCallers.partner(6), testCallers.partner(7)];
      const withdrawnClient = 13; // UWV Enschede's demo consent was withdrawn
      const denied = await entities(enschede, 'id name incomeAndBenefits', withdrawnClient);
      expect(denied.data._entities[0]).toEqual({ id: client(withdrawnClient).id, name: null, incomeAndBenefits: null });
      forbiddenAt(denied, '_entities', 0, 'incomeAndBenefits');
      // GGZ Twente Zuid's consent for client 8 expired.
      const expired = await entities(testCallers.partner(1), 'name healthScreeningSummary', 8);
      expect(expired.data._entities[0]).toEqual({ name: null, healthScreeningSummary: null });

      const recorded = await hub.query(
        'clients',
        RECORD,
        {
          input: {
            clientId: client(25).id,
            partnerOrganisationId: DEMO_PARTNERS[7].id,
            categories: ['IDENTITY', 'INCOME_BENEFITS'],
            purpose: 'Applying for income and benefits',
            validUntil: addDays(today(), 90),
          },
        },
        testCallers.staff,
      );
      expect(recorded.errors).toBeUndefined();
      const granted = await entities(enschede, 'name incomeAndBenefits', 25, 6);
      expect(granted.data._entities[0]).toEqual({ name: client(25).name, incomeAndBenefits: expect.any(String) });
      expect(granted.data._entities[1]).toEqual({ name: null, incomeAndBenefits: null });
      const other = await entities(zwolle, 'name incomeAndBenefits', 25, 6);
      expect(other.data._entities[0]).toEqual({ name: null, incomeAndBenefits: null });
      expect(other.data._entities[1]).toEqual({ name: client(6).name, incomeAndBenefits: expect.any(String) });

      await hub.query('clients', WITHDRAW, { id: recorded.data.recordConsent.id }, testCallers.staff);
      const afterWithdrawal = await entities(enschede, 'name incomeAndBenefits', 25);
      expect(afterWithdrawal.data._entities[0]).toEqual({ name: null, incomeAndBenefits: null });
    });

    it('a consent covers only its categories: identity without the category, the category without identity', async () => {
      const partner = DEMO_PARTNERS[3]; // debt assistance
      const input = (categories: string[], clientIndex: number) => ({
        clientId: client(clientIndex).id,
        partnerOrganisationId: partner.id,
        categories,
        purpose: 'Debt assistance',
        validUntil: addDays(today(), 30),
      });
      await hub.query('clients', RECORD, { input: input(['IDENTITY'], 26) }, testCallers.staff);
      await hub.query('clients', RECORD, { input: input(['FINANCES'], 27) }, testCallers.staff);
      const r = await entities(testCallers.partner(3), 'name financialSituation', 26, 27);
      expect(r.data._entities).toEqual([
        { name: client(26).name, financialSituation: null },
        { name: null, financialSituation: expect.any(String) },
      ]);
      forbiddenAt(r, '_entities', 0, 'financialSituation');
      forbiddenAt(r, '_entities', 1, 'name');
    });

    it("a partner never sees another partner type's category, even for a client who consented to it", async () => {
      // GGZ Zwolle Noord has consent for client 0; the other categories belong to other partner types.
      const r = await entities(testCallers.partner(0), `healthScreeningSummary financialSituation housingNeed housingUrgency incomeAndBenefits ${CHILDREN}`, 0);
      expect(r.data._entities[0]).toEqual({
        healthScreeningSummary: expect.any(String),
        financialSituation: null,
        housingNeed: null,
        housingUrgency: null,
        incomeAndBenefits: null,
        children: null,
      });
      for (const field of ['financialSituation', 'housingNeed', 'housingUrgency', 'incomeAndBenefits', 'children']) forbiddenAt(r, '_entities', 0, field);
    });

    it.each(['confidentialAddress', ...KADERA_ONLY])('a partner with full consent is refused Client.%s', async (field) => {
      const r = await entities(testCallers.partner(0), `id ${field}`, 0);
      forbiddenAt(r, '_entities', 0, field.split(' ')[0]);
      // A non-null field nulls its entity: nothing of it reaches the partner.
      expect(r.data._entities[0]).toBeNull();
      expect(r.text).not.toContain(client(0).confidentialAddress);
    });

    it('partners cannot use the root fields or the consent fields', async () => {
      const caller = testCallers.partner(0);
      const one = await hub.query('clients', CLIENT('id'), { id: client(0).id }, caller);
      forbiddenAt(one, 'client');
      expect(one.data).toEqual({ client: null });
      const page = await hub.query('clients', `{ clients { edges { node { id } } } }`, {}, caller);
      forbiddenAt(page, 'clients');
      expect(page.data).toBeNull();
      for (const [field, text] of SEARCHES) {
        const searched = await hub.query('clients', text, { n: client(0).name, d: client(0).dateOfBirth }, caller);
        forbiddenAt(searched, field);
        expect(searched.text).not.toContain(client(0).id);
      }
      const coverage = await hub.query(
        'clients',
        `query($c: UUID!, $p: UUID!) { consentCoverage(clientId: $c, partnerOrganisationId: $p, categories: [IDENTITY]) { covered } }`,
        { c: client(0).id, p: DEMO_PARTNERS[0].id },
        caller,
      );
      forbiddenAt(coverage, 'consentCoverage');
    });

    it('the consent check costs the same number of SQL statements for 5 and for 20 clients', async () => {
      const counts: number[] = [];
      // Both pages hold client 8, whom Jeugdteam Twente may see, so both load children too.
      for (const n of [5, 20]) {
        hub.servers.clients!.queries.reset();
        const r = await entities(testCallers.partner(9), `name dateOfBirth ${CHILDREN}`, ...Array.from({ length: n }, (_, i) => 4 + i));
        expect(r.data._entities).toHaveLength(n);
        counts.push(hub.servers.clients!.queries.count);
      }
      expect(counts[0]).toBe(counts[1]);
    });
  });

  describe('client file updates, per role', () => {
    const cases = UPDATES.flatMap(([mutation, args, allowed]) => ROLES.map((role) => [mutation, role, allowed.includes(role), args] as const));
    it.each(cases)('%s as %s: allowed %s', async (mutation, role, allowed, args) => {
      const r = await hub.query(
        'clients',
        `mutation($id: UUID!) { ${mutation}(clientId: $id, expectedVersion: 99, ${args}) { id } }`,
        { id: client(2).id },
        CALLERS_BY_ROLE[role],
      );
      expect(r.errors?.map((e: any) => e.extensions?.code)).toEqual([allowed ? 'CONFLICT' : 'FORBIDDEN']);
    });
  });

  describe('auditors, referrers and municipalities see nothing of a client here', () => {
    it.each([
      ['auditor', testCallers.auditor],
      ['referrer', testCallers.referrer(0)],
      ['municipality', testCallers.municipality(client(0).municipalityCode)],
    ])('%s', async (_name, caller) => {
      const r = await entities(caller, 'name', 0);
      forbiddenAt(r, '_entities', 0, 'name');
      expect(r.data._entities[0]).toEqual({ name: null });
      const id = await entities(caller, 'id', 0);
      forbiddenAt(id, '_entities', 0, 'id');
      expect(id.data._entities[0]).toBeNull();
      const one = await hub.query('clients', CLIENT('id'), { id: client(0).id }, caller);
      forbiddenAt(one, 'client');
      const mutation = await hub.query('clients', WITHDRAW, { id: '00000000-0000-4000-8000-000000000000' }, caller);
      forbiddenAt(mutation, 'withdrawConsent');
      for (const [field, text] of SEARCHES) {
        const searched = await hub.query('clients', text, { n: client(0).name, d: client(0).dateOfBirth }, caller);
        forbiddenAt(searched, field);
        expect(searched.text).not.toContain(client(0).id);
      }
      const coverage = await hub.query(
        'clients',
        `query($c: UUID!, $p: UUID!) { consentCoverage(clientId: $c, partnerOrganisationId: $p, categories: [IDENTITY]) { covered } }`,
        { c: client(0).id, p: DEMO_PARTNERS[0].id },
        caller,
      );
      forbiddenAt(coverage, 'consentCoverage');
    });
  });
  describe("access log reports: the privacy officer reads them, staff make the client's own report; every other role is refused", () => {
    // [query, variables, the roles allowed]
    const REPORTS: Array<[string, string, Record<string, unknown>, Role[]]> = [
      ['accessLogReport', `query($c: UUID) { accessLogReport(clientId: $c, first: 1) { totalCount } }`, { c: client(4).id }, ['auditor']],
      ['accessLogCsv', `query($c: UUID) { accessLogCsv(clientId: $c) { rows } }`, { c: client(4).id }, ['auditor']],
      ['clientAccessReport', `query($c: UUID!) { clientAccessReport(clientId: $c) { lines } }`, { c: client(4).id }, ['staff']],
    ];
    const cases = REPORTS.flatMap(([name, text, variables, allowed]) => ROLES.map((role) => [name, role, allowed.includes(role), text, variables] as const));
    it.each(cases)('%s as %s: allowed %s', async (name, role, allowed, text, variables) => {
      const r = await hub.query('clients', text, variables, CALLERS_BY_ROLE[role]);
      if (allowed) {
        expect(r.errors).toBeUndefined();
        expect(r.data[name]).toEqual(expect.any(Object));
      } else {
        forbiddenAt(r, name);
        expect(r.data).toBeNull();
      }
    });
  });
  describe('the safety plan: staff and shelter only, every other role is refused it and cannot save one', () => {
    const clientIndex = 15; // Jeugdzorg Overijssel (partner:youth) holds consent for this client: consent does not open the plan.
    const SAVE = `mutation($input: SaveSafetyPlanInput!) { saveSafetyPlan(input: $input) { version } }`;
    const input = (expectedVersion: number | null) => ({
      clientId: client(clientIndex).id,
      expectedVersion,
      risks: ['Ex-partner searches for her'],
      agreements: ['Calls the shelter every evening'],
      emergencyContacts: [{ name: 'Fatima', relation: 'friend', phone: '0612345678' }],
      codeWord: 'zonnebloem',
      reviewDate: addDays(today(), 14),
    });
    beforeAll(async () => {
      const saved = await hub.query('clients', SAVE, { input: input(null) }, testCallers.staff);
      expect(saved.errors).toBeUndefined();
    });

    it.each(ROLES)('%s', async (role) => {
      const caller = role === 'partner:youth' ? testCallers.partner(8) : CALLERS_BY_ROLE[role];
      const selection = 'safetyPlan { version risks agreements emergencyContacts { name relation phone } codeWord reviewDate updatedAt updatedByUserId }';
      // Kadera reads a client by id; everyone else can only reach one as an entity, as the gateway fetches it.
      const read =
        sideOf(caller) === Side.KADERA
          ? await hub.query('clients', CLIENT(selection), { id: client(clientIndex).id }, caller)
          : await entities(caller, selection, clientIndex);
      const path = sideOf(caller) === Side.KADERA ? ['client', 'safetyPlan'] : ['_entities', 0, 'safetyPlan'];
      const current = await hub.query('clients', CLIENT('safetyPlan { version }'), { id: client(clientIndex).id }, testCallers.staff);
      const save = await hub.query('clients', SAVE, { input: input(current.data.client.safetyPlan.version) }, caller);
      if (SAFETY_PLAN_ROLES.includes(role)) {
        expect(read.errors).toBeUndefined();
        expect(at(read.data, ...path)).toMatchObject({
          codeWord: 'zonnebloem',
          emergencyContacts: [{ name: 'Fatima', relation: 'friend', phone: '0612345678' }],
        });
        expect(save.errors).toBeUndefined();
      } else {
        forbiddenAt(read, ...path);
        expect(at(read.data, ...path)).toBeFalsy();
        forbiddenAt(save, 'saveSafetyPlan');
        for (const text of ['zonnebloem', 'Fatima', '0612345678']) {
          expect(read.text).not.toContain(text);
          expect(save.text).not.toContain(text);
        }
      }
    });
  });
  describe('the right of access export (clientsDataExport, exportClientData): staff only', () => {
    it.each(ROLES)('%s', async (role) => {
      const caller = CALLERS_BY_ROLE[role];
      const part = await hub.query('clients', `query($id: UUID!) { clientsDataExport(clientId: $id) }`, { id: client(3).id }, caller);
      // An unknown client: staff pass the access check and meet NOT_FOUND before any other subgraph is asked.
      const exported = await hub.query(
        'clients',
        `mutation($id: UUID!) { exportClientData(clientId: $id, reason: "Request of the client") }`,
        { id: '00000000-0000-4000-8000-000000000000' },
        caller,
      );
      if (CLIENT_EXPORT_ROLES.includes(role)) {
        expect(part.errors).toBeUndefined();
        expect(part.data.clientsDataExport.client).toMatchObject({ id: client(3).id, confidentialAddress: client(3).confidentialAddress });
        expect(exported.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
      } else {
        forbiddenAt(part, 'clientsDataExport');
        forbiddenAt(exported, 'exportClientData');
        expect(part.text).not.toContain(client(3).name);
      }
    });
  });
  describe('the BSN: read by staff only, found and recorded by staff and intake; every other role is refused', () => {
    const clientIndex = 15; // Jeugdzorg Overijssel (partner:youth) holds consent for this client (IDENTITY too): consent does not open the BSN.
    const BSN = '111222333';
    const FIND = `query($b: String!) { clientByBsn(bsn: $b) { id } }`;
    beforeAll(async () => {
      const current = await hub.query('clients', CLIENT('version'), { id: client(clientIndex).id }, testCallers.staff);
      const set = await hub.query(
        'clients',
        `mutation($c: UUID!, $v: Int!, $b: String) { updateClientBsn(clientId: $c, expectedVersion: $v, bsn: $b) { id } }`,
        { c: client(clientIndex).id, v: current.data.client.version, b: BSN },
        testCallers.staff,
      );
      expect(set.errors).toBeUndefined();
    });

    it.each(ROLES)('%s', async (role) => {
      const caller = role === 'partner:youth' ? testCallers.partner(8) : CALLERS_BY_ROLE[role];
      const read =
        sideOf(caller) === Side.KADERA
          ? await hub.query('clients', CLIENT('bsn'), { id: client(clientIndex).id }, caller)
          : await entities(caller, 'bsn', clientIndex);
      const path = sideOf(caller) === Side.KADERA ? ['client', 'bsn'] : ['_entities', 0, 'bsn'];
      const found = await hub.query('clients', FIND, { b: BSN }, caller);
      if (BSN_READ_ROLES.includes(role)) {
        expect(read.errors).toBeUndefined();
        expect(at(read.data, ...path)).toBe(BSN);
      } else {
        forbiddenAt(read, ...path);
        expect(read.text).not.toContain(BSN);
      }
      if (BSN_ENTRY_ROLES.includes(role)) {
        expect(found.errors).toBeUndefined();
        expect(found.data.clientByBsn).toEqual({ id: client(clientIndex).id });
      } else {
        forbiddenAt(found, 'clientByBsn');
        expect(found.text).not.toContain(client(clientIndex).id);
      }
      expect(found.text).not.toContain(BSN);
    });

    it.each(ROLES.filter((role) => sideOf({ roles: [role] }) === Side.KADERA))('registerClient with a BSN as %s', async (role) => {
      const input = {
        name: `Registered By ${role}`,
        dateOfBirth: '1991-05-05',
        municipalityCode: 'GM0153',
        confidentialAddress: 'Ergens 1',
        riskLevel: 'GREEN',
      };
      const r = await hub.query(
        'clients',
        `mutation($input: RegisterClientInput!) { registerClient(input: $input) { id } }`,
        { input: { ...input, bsn: '999999990', confirmNotDuplicate: true } },
        CALLERS_BY_ROLE[role],
      );
      // Any Kadera role registers; only BSN_ENTRY_ROLES may give a BSN with it (the first of them takes this one).
      const codes = r.errors?.map((e: any) => e.extensions?.code);
      if (!BSN_ENTRY_ROLES.includes(role)) expect(codes).toEqual(['FORBIDDEN']);
      else expect(codes === undefined || codes.join() === 'CONFLICT').toBe(true);
      expect(r.text).not.toContain('999999990');
    });
  });
  describe('children are kept by Kadera only: every other role is refused addChild, updateChild and removeChild', () => {
    const UNKNOWN = '00000000-0000-4000-8000-000000000000';
    it.each(ROLES)('%s', async (role) => {
      const caller = CALLERS_BY_ROLE[role];
      const add = await hub.query(
        'clients',
        `mutation($input: AddChildInput!) { addChild(input: $input) { id } }`,
        { input: { clientId: UNKNOWN, firstName: 'Noor', dateOfBirth: '2019-04-02', childSocialWorkerName: 'Mw. J. Bakker' } },
        caller,
      );
      const update = await hub.query(
        'clients',
        `mutation($input: UpdateChildInput!) { updateChild(input: $input) { id } }`,
        { input: { id: UNKNOWN, expectedVersion: 1 } },
        caller,
      );
      const remove = await hub.query(
        'clients',
        `mutation($input: RemoveChildInput!) { removeChild(input: $input) { id } }`,
        { input: { id: UNKNOWN, expectedVersion: 1 } },
        caller,
      );
      // Kadera passes the access check and meets the unknown id; everyone else is stopped before it.
      const expected = KADERA_ROLES.includes(role) ? 'NOT_FOUND' : 'FORBIDDEN';
      expect([add, update, remove].map((r) => r.errors?.[0].extensions?.code)).toEqual([expected, expected, expected]);
    });
  });
});
